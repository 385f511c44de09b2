package org.jpy.objects.function;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.JavaGetSet;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectHashNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Bound methods ({@code method}): {@code __self__}, {@code __func__}; other attributes are looked up on the
 * function ({@code __getattr__} delegation, like CPython's {@code method_getattro}).
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PMethod)
public final class MethodBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return MethodBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        PythonClass cls = context.lookupType(PythonBuiltinClassType.PMethod);
        JavaGetSet.install(context.getLanguage(), cls, "__self__", self -> ((PMethod) self).getSelf(), null);
        JavaGetSet.install(context.getLanguage(), cls, "__func__", self -> ((PMethod) self).getFunction(), null);
        JavaGetSet.install(context.getLanguage(), cls, "__doc__", self -> PyObjectGetAttrNode.getAttributeUncached(((PMethod) self).getFunction(), "__doc__"), null);
    }

    @Builtin(name = "__getattr__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PMethod self, Object name) {
            return PyObjectGetAttrNode.getAttributeUncached(self.getFunction(), name);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PMethod self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(PMethod m) {
            Object name = PyObjectGetAttrNode.lookupAttributeUncached(m.getFunction(), "__qualname__");
            if (name == PNone.NO_VALUE) {
                name = PyObjectGetAttrNode.lookupAttributeUncached(m.getFunction(), "__name__");
            }
            return "<bound method " + (name instanceof String s ? s : "?") + " of " + PyObjectReprNode.repr(m.getSelf()) + ">";
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PMethod self, Object other) {
            if (!(other instanceof PMethod o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return self.getSelf() == o.getSelf() && eq(self.getFunction(), o.getFunction());
        }

        @TruffleBoundary
        private static boolean eq(Object a, Object b) {
            return PyObjectRichCompareNode.equalsUncached(a, b);
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PMethod self) {
            return hash(self);
        }

        @TruffleBoundary
        private static long hash(PMethod m) {
            long h = System.identityHashCode(m.getSelf()) ^ PyObjectHashNode.hash(m.getFunction());
            return h == -1 ? -2 : h;
        }
    }

    @Builtin(name = "__get__", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object instance, Object owner) {
            return self;
        }
    }

    @Builtin(name = "__call__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(self, args.getArray(), org.jpy.objects.type.TypeBuiltins.toKeywords(kwargs));
        }
    }

    @Builtin(name = "__reduce__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PMethod self, @Bind("$node") Node node) {
            Object getattr = JpyContext.get(node).getBuiltinsModule().getAttribute("getattr");
            return new PTuple(new Object[]{getattr, new PTuple(new Object[]{self.getSelf(), PyObjectGetAttrNode.getAttributeUncached(self.getFunction(), "__name__")})});
        }
    }
}
