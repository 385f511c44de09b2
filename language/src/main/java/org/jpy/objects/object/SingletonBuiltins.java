package org.jpy.objects.object;

import java.util.List;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.objects.PEllipsis;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code NoneType}, {@code NotImplementedType} and {@code ellipsis}: construction (returns the singleton), repr, truth. */
@CoreFunctions
public final class SingletonBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return SingletonBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        for (PythonBuiltinClassType t : new PythonBuiltinClassType[]{PythonBuiltinClassType.PNone, PythonBuiltinClassType.PNotImplemented, PythonBuiltinClassType.PEllipsis}) {
            PythonClass cls = context.lookupType(t);
            BuiltinInstaller.installOne(context.getLanguage(), SingletonBuiltinsFactory.NewNodeFactory.getInstance(), cls);
            BuiltinInstaller.installOne(context.getLanguage(), SingletonBuiltinsFactory.ReprNodeFactory.getInstance(), cls);
            BuiltinInstaller.installOne(context.getLanguage(), SingletonBuiltinsFactory.ReduceNodeFactory.getInstance(), cls);
        }
        BuiltinInstaller.installOne(context.getLanguage(), SingletonBuiltinsFactory.BoolNodeFactory.getInstance(), context.lookupType(PythonBuiltinClassType.PNone));
    }

    private static Object singleton(PythonBuiltinClassType t) {
        return switch (t) {
            case PNone -> PNone.NONE;
            case PNotImplemented -> PNotImplemented.NOT_IMPLEMENTED;
            default -> PEllipsis.ELLIPSIS;
        };
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            PythonClass c = (PythonClass) cls;
            if (args.size() != 0 || kwargs.size() != 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s takes no arguments", c.getName());
            }
            return singleton(c.getBuiltinType());
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self == PNone.NONE ? "None" : self instanceof PNotImplemented ? "NotImplemented" : "Ellipsis";
        }
    }

    @Builtin(name = "__reduce__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self == PNone.NONE ? "None" : self instanceof PNotImplemented ? "NotImplemented" : "Ellipsis";
        }
    }

    @Builtin(name = "__bool__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return false;
        }
    }
}
