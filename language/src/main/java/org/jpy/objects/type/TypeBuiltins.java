package org.jpy.objects.type;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.DefaultSlotBuiltin;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.LookupAttributeInMRONode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectIsInstanceNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.nodes.pyobject.PyObjectSetAttrNode;
import org.jpy.nodes.pyobject.WriteAttributeToObjectNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.object.PMappingProxy;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** Methods and attributes of {@code type}: CPython's {@code type_*} in {@code Objects/typeobject.c}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PythonClass)
public final class TypeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return TypeBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        context.lookupType(PythonBuiltinClassType.PythonClass).setAttribute("__doc__",
                        "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
    }

    /** Converts bound {@code *args}/{@code **kwargs} back into call arguments. */
    @TruffleBoundary
    public static PKeyword[] toKeywords(PDict kwargs) {
        Object[] keys = kwargs.keys();
        PKeyword[] result = new PKeyword[keys.length];
        for (int i = 0; i < keys.length; i++) {
            result[i] = new PKeyword((String) keys[i], kwargs.getItem(keys[i]));
        }
        return result;
    }

    static PythonClass asClass(Node node, Object self) {
        if (self instanceof PythonClass c) {
            return c;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'type' object but received a '%T'", self);
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return TypeCreation.typeNew(node, cls, args.getArray(), toKeywords(kwargs));
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            if (args.size() != 1 && args.size() != 3) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type.__init__() takes 1 or 3 arguments");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return PyObjectCallNode.typeCall(asClass(node, self), args.getArray(), toKeywords(kwargs));
        }
    }

    @Builtin(name = "__getattribute__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doIt(Object self, Object name, @Bind("$node") Node node) {
            return PyObjectGetAttrNode.genericGetAttribute(node, self, name, true);
        }
    }

    @Builtin(name = "__setattr__", minNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PythonTernaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doIt(Object self, Object name, Object value, @Bind("$node") Node node) {
            set(node, self, name, value);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void set(Node node, Object self, Object name, Object value) {
        PyObjectSetAttrNode.genericSetAttr(node, self, name, value, GetClassNode.getPythonClassUncached(self), LookupAttributeInMRONode.getUncached(),
                        WriteAttributeToObjectNode.getUncached());
    }

    @Builtin(name = "__delattr__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PythonBinaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doIt(Object self, Object name, @Bind("$node") Node node) {
            set(node, self, name, null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return repr(asClass(node, self));
        }

        @TruffleBoundary
        static String repr(PythonClass cls) {
            Object module = cls.getModuleName();
            if (module instanceof String m && !m.equals("builtins")) {
                return "<class '" + m + "." + cls.getQualName() + "'>";
            }
            return "<class '" + cls.getQualName() + "'>";
        }
    }

    @Builtin(name = "mro", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class MroNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            return new PList(PythonClass.computeMro(cls, cls.getBases()).clone());
        }
    }

    @Builtin(name = "__subclasses__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class SubclassesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return new PList(subclasses(asClass(node, self)));
        }

        @TruffleBoundary
        private static Object[] subclasses(PythonClass cls) {
            return cls.getSubclasses().toArray();
        }
    }

    @Builtin(name = "__instancecheck__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends PythonBinaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doIt(Object self, Object instance, @Bind("$node") Node node) {
            return check(node, asClass(node, self), instance);
        }

        @TruffleBoundary
        private static boolean check(Node node, PythonClass cls, Object instance) {
            if (GetClassNode.getPythonClassUncached(instance).isSubtypeOf(cls)) {
                return true;
            }
            Object c = PyObjectGetAttrNode.lookupAttributeUncached(instance, "__class__");
            return c instanceof PythonClass pc && pc.isSubtypeOf(cls);
        }
    }

    @Builtin(name = "__subclasscheck__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class SubclassCheckNode extends PythonBinaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doIt(Object self, Object sub, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            if (sub instanceof PythonClass s) {
                return s.isSubtypeOf(cls);
            }
            return PyObjectIsInstanceNode.isSubclass(node, sub, cls);
        }
    }

    @Builtin(name = "__prepare__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class PrepareNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object args, Object kwargs) {
            return new PDict();
        }
    }

    @Builtin(name = "__dir__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return dir(asClass(node, self));
        }

        @TruffleBoundary
        private static PList dir(PythonClass cls) {
            PDict names = new PDict();
            for (PythonClass c : cls.getMro()) {
                for (Object k : c.getDict().keys()) {
                    names.setItem(k, PNone.NONE);
                }
            }
            return new PList(names.keys());
        }
    }

    @Builtin(name = "__sizeof__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class SizeOfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return 928L;
        }
    }

    // ---- attributes ----

    @TruffleBoundary
    static void checkHeapSet(Node node, PythonClass cls, String attr, Object value) {
        if (!cls.isHeapType()) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, cls.getName());
        }
        if (value == GetSetDescriptor.DELETE_MARKER) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, cls.getName());
        }
    }

    @Builtin(name = "__name__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            if (value == PNone.NO_VALUE) {
                return cls.getName();
            }
            setName(node, cls, value);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void setName(Node node, PythonClass cls, Object value) {
            checkHeapSet(node, cls, "__name__", value);
            if (!(value instanceof String s)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "can only assign string to %s.__name__, not '%T'", cls.getName(), value);
            }
            if (s.indexOf('\0') >= 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "type name must not contain null characters");
            }
            cls.setName(s);
        }
    }

    @Builtin(name = "__qualname__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class QualNameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            if (value == PNone.NO_VALUE) {
                return cls.getQualName();
            }
            checkHeapSet(node, cls, "__qualname__", value);
            if (!(value instanceof String s)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "can only assign string to %s.__qualname__, not '%T'", cls.getName(), value);
            }
            cls.setQualName(s);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__module__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class ModuleNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            if (value == PNone.NO_VALUE) {
                return module(node, cls);
            }
            checkHeapSet(node, cls, "__module__", value);
            cls.setAttribute("__module__", value);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static Object module(Node node, PythonClass cls) {
            if (cls.isHeapType()) {
                Object m = cls.getDict().getItem("__module__");
                if (m == null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "__module__");
                }
                return m;
            }
            return cls.getModuleName();
        }
    }

    @Builtin(name = "__doc__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            if (value == PNone.NO_VALUE) {
                return doc(cls);
            }
            checkHeapSet(node, cls, "__doc__", value);
            cls.setAttribute("__doc__", value);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static Object doc(PythonClass cls) {
            Object d = cls.getDict().getItem("__doc__");
            if (d == null) {
                return PNone.NONE;
            }
            if (org.jpy.nodes.pyobject.Descriptors.hasGet(d)) {
                return org.jpy.nodes.pyobject.Descriptors.get(null, d, null, cls);
            }
            return d;
        }
    }

    @Builtin(name = "__dict__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DictNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            return new PMappingProxy(asClass(node, self).getDict());
        }
    }

    @Builtin(name = "__bases__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class BasesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            if (value == PNone.NO_VALUE) {
                return new PTuple(cls.getBases().clone());
            }
            setBases(node, cls, value);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void setBases(Node node, PythonClass cls, Object value) {
            checkHeapSet(node, cls, "__bases__", value);
            if (!(value instanceof PTuple t)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "can only assign tuple to %s.__bases__, not %T", cls.getName(), value);
            }
            if (t.size() == 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", cls.getName());
            }
            PythonClass[] bases = new PythonClass[t.size()];
            for (int i = 0; i < bases.length; i++) {
                if (!(t.get(i) instanceof PythonClass b)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s.__bases__ must be tuple of classes, not '%T'", cls.getName(), t.get(i));
                }
                if (b.isSubtypeOf(cls)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "a __bases__ item causes an inheritance cycle");
                }
                bases[i] = b;
            }
            cls.setBasesAndMro(bases, PythonClass.computeMro(cls, bases));
        }
    }

    @Builtin(name = "__base__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class BaseNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PythonClass b = asClass(node, self).getBase();
            return b == null ? PNone.NONE : b;
        }
    }

    @Builtin(name = "__mro__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class MroAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            return new PTuple(asClass(node, self).getMro().clone());
        }
    }

    @Builtin(name = "__abstractmethods__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true, allowsDelete = true)
    @GenerateNodeFactory
    public abstract static class AbstractMethodsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            return access(node, asClass(node, self), value);
        }

        @TruffleBoundary
        private static Object access(Node node, PythonClass cls, Object value) {
            JpyContext ctx = JpyContext.get(node);
            if (value == PNone.NO_VALUE) {
                Object v = cls == ctx.lookupType(PythonBuiltinClassType.PythonClass) ? null : cls.getDict().getItem("__abstractmethods__");
                if (v == null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "__abstractmethods__");
                }
                return v;
            }
            if (value == GetSetDescriptor.DELETE_MARKER) {
                if (!cls.deleteAttribute("__abstractmethods__")) {
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "__abstractmethods__");
                }
                cls.setAbstract(false);
                return PNone.NONE;
            }
            cls.setAttribute("__abstractmethods__", value);
            cls.setAbstract(PyObjectIsTrueNode.isTrue(value));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__annotations__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true, allowsDelete = true)
    @GenerateNodeFactory
    public abstract static class AnnotationsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            return access(node, asClass(node, self), value);
        }

        @TruffleBoundary
        private static Object access(Node node, PythonClass cls, Object value) {
            if (value == PNone.NO_VALUE) {
                Object v = cls.getDict().getItem("__annotations__");
                if (v == null) {
                    if (!cls.isHeapType()) {
                        throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "type object '%s' has no attribute '__annotations__'", cls.getName());
                    }
                    v = new PDict();
                    cls.setAttribute("__annotations__", v);
                } else if (org.jpy.nodes.pyobject.Descriptors.hasGet(v)) {
                    v = org.jpy.nodes.pyobject.Descriptors.get(node, v, null, cls);
                }
                return v;
            }
            checkHeapSet(node, cls, "__annotations__", PNone.NONE);
            if (value == GetSetDescriptor.DELETE_MARKER) {
                if (!cls.deleteAttribute("__annotations__")) {
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "__annotations__");
                }
            } else {
                cls.setAttribute("__annotations__", value);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__type_params__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class TypeParamsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            if (value == PNone.NO_VALUE) {
                Object v = cls.getDict().getItem("__type_params__");
                return v == null ? new PTuple(PTuple.EMPTY_ARRAY) : v;
            }
            checkHeapSet(node, cls, "__type_params__", value);
            cls.setAttribute("__type_params__", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__flags__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FlagsNode extends PythonBinaryBuiltinNode {
        static final long HEAPTYPE = 1L << 9;
        static final long BASETYPE = 1L << 10;
        static final long READY = 1L << 12;
        static final long HAVE_GC = 1L << 14;
        static final long IS_ABSTRACT = 1L << 20;

        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PythonClass cls = asClass(node, self);
            long flags = READY | HAVE_GC;
            if (cls.isHeapType()) {
                flags |= HEAPTYPE;
            }
            if (cls.isAcceptableBase()) {
                flags |= BASETYPE;
            }
            if (cls.isAbstract()) {
                flags |= IS_ABSTRACT;
            }
            PythonBuiltinClassType b = cls.getBuiltinBase();
            if (b.isSubtypeOf(PythonBuiltinClassType.PInt)) {
                flags |= 1L << 24;
            } else if (b == PythonBuiltinClassType.PList) {
                flags |= 1L << 25;
            } else if (b == PythonBuiltinClassType.PTuple) {
                flags |= 1L << 26;
            } else if (b == PythonBuiltinClassType.PBytes) {
                flags |= 1L << 27;
            } else if (b == PythonBuiltinClassType.PString) {
                flags |= 1L << 28;
            } else if (b == PythonBuiltinClassType.PDict) {
                flags |= 1L << 29;
            } else if (b.isSubtypeOf(PythonBuiltinClassType.BaseException)) {
                flags |= 1L << 30;
            } else if (b == PythonBuiltinClassType.PythonClass) {
                flags |= 1L << 31;
            }
            return flags;
        }
    }

    @Builtin(name = "__text_signature__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TextSignatureNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__basicsize__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class BasicSizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return 16L;
        }
    }

    @Builtin(name = "__weakrefoffset__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class WeakrefOffsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self instanceof PythonClass c && c.isHeapType() ? 24L : 0L;
        }
    }

    @Builtin(name = "__dictoffset__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DictOffsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self instanceof PythonClass c && c.instancesHaveDict() ? 16L : 0L;
        }
    }

    static boolean isPythonObject(Object o) {
        return o instanceof PythonObject;
    }
}
