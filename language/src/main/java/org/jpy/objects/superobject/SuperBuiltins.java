package org.jpy.objects.superobject;

import java.util.List;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.JpyLanguage;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.JavaGetSet;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.Descriptors;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code super}: the two-argument form; the zero-argument form asks the hook {@link #ZERO_ARG_HOOK} (set by the
 * exec layer with {@code JpyContext.setHook}) for {@code (__class__, first argument)} of the calling Python frame.
 * Attribute look-up searches the MRO of {@code __self_class__} after {@code __thisclass__} and binds descriptors
 * to {@code __self__}.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PSuper)
public final class SuperBuiltins extends PythonBuiltins {
    /**
     * Context hook key: a {@code Supplier<Object[]>} returning {@code {__class__ cell value, first argument}} of
     * the innermost Python frame, or throwing the Python RuntimeError CPython raises ("super(): no arguments",
     * "super(): __class__ cell not found", "super(): empty __class__ cell").
     */
    public static final String ZERO_ARG_HOOK = "super.zero_arg";

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return SuperBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        JpyLanguage lang = context.getLanguage();
        PythonClass cls = context.lookupType(PythonBuiltinClassType.PSuper);
        JavaGetSet.install(lang, cls, "__thisclass__", self -> orNone(((PSuper) self).getThisClass()), null);
        JavaGetSet.install(lang, cls, "__self__", self -> orNone(((PSuper) self).getSelf()), null);
        JavaGetSet.install(lang, cls, "__self_class__", self -> orNone(((PSuper) self).getSelfClass()), null);
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            return new PSuper(c.getBuiltinType() != null ? c.getBuiltinType() : c);
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 3, parameterNames = {"$self", "$type", "$obj"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PSuper self, Object type, Object obj, @Bind("$node") Node node) {
            init(node, self, type, obj);
            return PNone.NONE;
        }

        @SuppressWarnings("unchecked")
        @TruffleBoundary
        private static void init(Node node, PSuper self, Object type, Object obj) {
            if (type == PNone.NO_VALUE) {
                Object hook = JpyContext.get(node).getHook(ZERO_ARG_HOOK);
                Object[] r = hook != null ? ((Supplier<Object[]>) hook).get() : zeroArgumentsFromFrame(node);
                type = r[0];
                obj = r[1];
            }
            if (!(type instanceof PythonClass t)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "super() argument 1 must be a type, not %T", type);
            }
            if (obj == PNone.NO_VALUE || obj == PNone.NONE) {
                self.init(t, null, null);
                return;
            }
            self.init(t, obj, superCheck(node, t, obj));
        }
    }

    /**
     * The default zero-argument {@code super()}: the innermost Python function frame (frame argument 0 is its
     * {@code PFunction}, per the calling convention) gives {@code __class__} from its closure and the first
     * argument from the bound arguments.
     */
    @TruffleBoundary
    static Object[] zeroArgumentsFromFrame(Node node) {
        Object[] found = com.oracle.truffle.api.Truffle.getRuntime().iterateFrames(fi -> {
            Object[] a = fi.getFrame(com.oracle.truffle.api.frame.FrameInstance.FrameAccess.READ_ONLY).getArguments();
            if (a.length > 0 && a[0] instanceof org.jpy.objects.function.PFunction) {
                return a;
            }
            return null;
        });
        if (found == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "super(): no arguments");
        }
        org.jpy.objects.function.PFunction f = (org.jpy.objects.function.PFunction) found[0];
        org.jpy.objects.function.PCode code = f.getCode();
        if (code.getArgCount() == 0 && (code.getFlags() & org.jpy.objects.function.PCode.CO_VARARGS) == 0 || found.length < 3) {
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "super(): no arguments");
        }
        Object first = found[2];
        if (code.getArgCount() == 0) {
            // def m(*args): super() uses args[0]
            first = found[2 + code.getKwOnlyArgCount()] instanceof PTuple t && t.size() > 0 ? t.get(0) : null;
            if (first == null) {
                throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "super(): no arguments");
            }
        }
        String[] freevars = code.getFreevars();
        int idx = java.util.Arrays.asList(freevars).indexOf("__class__");
        if (idx < 0 || f.getClosure() == null || idx >= f.getClosure().length) {
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "super(): __class__ cell not found");
        }
        Object cls = f.getClosure()[idx].getRef();
        if (cls == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "super(): empty __class__ cell");
        }
        if (!(cls instanceof PythonClass)) {
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "super(): __class__ is not a type (%T)", cls);
        }
        if (first instanceof org.jpy.objects.function.PCell cell) {
            first = cell.getRef();
        }
        return new Object[]{cls, first};
    }

    /** CPython's {@code supercheck}: the type to search (type of obj, or obj itself when it is a subclass). */
    @TruffleBoundary
    static PythonClass superCheck(Node node, PythonClass type, Object obj) {
        if (obj instanceof PythonClass oc && oc.isSubtypeOf(type)) {
            return oc;
        }
        PythonClass objType = GetClassNode.getPythonClassUncached(obj);
        if (objType.isSubtypeOf(type)) {
            return objType;
        }
        Object classAttr = PyObjectGetAttrNode.lookupAttributeUncached(obj, "__class__");
        if (classAttr instanceof PythonClass c && c != objType && c.isSubtypeOf(type)) {
            return c;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }

    @Builtin(name = "__getattribute__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSuper self, Object name, @Bind("$node") Node node) {
            return getAttribute(node, self, name);
        }

        @TruffleBoundary
        private static Object getAttribute(Node node, PSuper self, Object name) {
            PythonClass start = (PythonClass) self.getSelfClass();
            if (start != null && !"__class__".equals(name)) {
                PythonClass[] mro = start.getMro();
                int i = 0;
                while (i < mro.length && mro[i] != self.getThisClass()) {
                    i++;
                }
                for (i++; i < mro.length; i++) {
                    Object v = mro[i].getDict().getItem(name);
                    if (v != null) {
                        if (Descriptors.hasGet(v)) {
                            Object inst = self.getSelf() == start ? null : self.getSelf();
                            return Descriptors.get(node, v, inst, start);
                        }
                        return v;
                    }
                }
            }
            return PyObjectGetAttrNode.genericGetAttribute(node, self, name, true);
        }
    }

    @Builtin(name = "__get__", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PSuper self, Object obj, Object type, @Bind("$node") Node node) {
            if (obj == PNone.NONE || obj == PNone.NO_VALUE || self.getSelf() != null) {
                return self;
            }
            return PyObjectCallNode.callUncached(GetClassNode.getPythonClassUncached(self), self.getThisClass(), obj);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSuper self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(PSuper self) {
            String thisName = self.getThisClass() instanceof PythonClass c ? c.getName() : "NULL";
            if (self.getSelfClass() instanceof PythonClass sc) {
                return "<super: <class '" + thisName + "'>, <" + sc.getName() + " object>>";
            }
            return "<super: <class '" + thisName + "'>, NULL>";
        }
    }
}
