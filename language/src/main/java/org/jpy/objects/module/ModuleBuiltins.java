package org.jpy.objects.module;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code module} ({@code types.ModuleType}): construction, repr, {@code __dir__}, {@code __annotations__}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PythonModule)
public final class ModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ModuleBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object args, Object kwargs, @Bind("$node") Node node) {
            if (!(cls instanceof PythonClass c)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "module.__new__(X): X is not a type object (%T)", cls);
            }
            PythonModule m = new PythonModule(c.getBuiltinType() != null ? c.getBuiltinType() : c, "?");
            m.getDict().clear();
            return m;
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "name", "doc"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PythonModule self, Object name, Object doc, @Bind("$node") Node node) {
            if (!(name instanceof String)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "module.__init__() argument 'name' must be str, not %T", name);
            }
            PDict d = self.getDict();
            d.setItem("__name__", name);
            d.setItem("__doc__", doc == PNone.NO_VALUE ? PNone.NONE : doc);
            d.setItem("__package__", PNone.NONE);
            d.setItem("__loader__", PNone.NONE);
            d.setItem("__spec__", PNone.NONE);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PythonModule self, @Bind("$node") Node node) {
            return repr(node, self);
        }

        @TruffleBoundary
        private static String repr(Node node, PythonModule m) {
            Object hook = JpyContext.get(node).getHook("module_repr");
            if (hook != null) {
                Object r = PyObjectCallNode.callUncached(hook, m);
                if (r instanceof String s) {
                    return s;
                }
            }
            Object name = m.getDict().getItem("__name__");
            String n = name instanceof String s ? s : "?";
            Object file = m.getDict().getItem("__file__");
            if (file instanceof String f) {
                return "<module '" + n + "' from '" + f + "'>";
            }
            if (JpyContext.get(node).hasBuiltinModule(n)) {
                return "<module '" + n + "' (built-in)>";
            }
            return "<module " + PyObjectReprNode.repr(n) + ">";
        }
    }

    @Builtin(name = "__dir__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PythonModule self) {
            return dir(self);
        }

        @TruffleBoundary
        private static Object dir(PythonModule m) {
            Object custom = m.getDict().getItem("__dir__");
            if (custom != null) {
                return PyObjectCallNode.callUncached(custom);
            }
            return new PList(m.getDict().keys());
        }
    }

    @Builtin(name = "__annotations__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true, allowsDelete = true)
    @GenerateNodeFactory
    public abstract static class AnnotationsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PythonModule self, Object value, @Bind("$node") Node node) {
            PDict d = self.getDict();
            if (value == PNone.NO_VALUE) {
                Object a = d.getItem("__annotations__");
                if (a == null) {
                    a = new PDict();
                    d.setItem("__annotations__", a);
                }
                return a;
            }
            if (value == GetSetDescriptor.DELETE_MARKER) {
                if (d.delItem("__annotations__") == null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "__annotations__");
                }
            } else {
                d.setItem("__annotations__", value);
            }
            return PNone.NONE;
        }
    }
}
