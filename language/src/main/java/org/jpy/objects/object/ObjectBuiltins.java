package org.jpy.objects.object;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.DefaultSlotBuiltin;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectSetAttrNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.nodes.pyobject.LookupAttributeInMRONode;
import org.jpy.nodes.pyobject.WriteAttributeToObjectNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PyHash;
import org.jpy.runtime.PythonBuiltinClassType;

/** Methods of {@code object}: CPython's {@code Objects/typeobject.c} object_* slots. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PythonObject)
public final class ObjectBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ObjectBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        context.lookupType(PythonBuiltinClassType.PythonObject).setAttribute("__doc__", "The base class of the class hierarchy.\n\n" +
                        "When called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    }

    static boolean hasArgs(PTuple args, PDict kwargs) {
        return args.size() != 0 || kwargs.size() != 0;
    }

    @TruffleBoundary
    static boolean overrides(PythonClass cls, String name, PythonBuiltinClassType base) {
        Object own = cls.lookup(name);
        Object objects = JpyContext.get(null).lookupType(base).getDict().getItem(name);
        return own != objects;
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doNew(Object cls, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return objectNew(node, cls, args, kwargs);
        }

        @TruffleBoundary
        static Object objectNew(Node node, Object clsObj, PTuple args, PDict kwargs) {
            if (!(clsObj instanceof PythonClass cls)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "object.__new__(X): X is not a type object (%T)", clsObj);
            }
            if (hasArgs(args, kwargs)) {
                if (overrides(cls, "__new__", PythonBuiltinClassType.PythonObject)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (!overrides(cls, "__init__", PythonBuiltinClassType.PythonObject)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes no arguments", cls.getName());
                }
            }
            if (cls.getBuiltinBase() != PythonBuiltinClassType.PythonObject) {
                PythonClass base = JpyContext.get(node).lookupType(cls.getBuiltinBase());
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.getName(), base.getName());
            }
            if (cls.isAbstract()) {
                throw abstractError(node, cls);
            }
            return new PythonObject(cls.getBuiltinType() != null ? cls.getBuiltinType() : cls);
        }

        @TruffleBoundary
        private static RuntimeException abstractError(Node node, PythonClass cls) {
            Object methods = cls.lookup("__abstractmethods__");
            List<String> names = new ArrayList<>();
            if (methods instanceof PythonObject) {
                for (Object v : org.jpy.nodes.pyobject.PyIterableToArray.toArray(methods)) {
                    names.add(PyObjectReprNode.repr(v));
                }
            }
            names.sort(null);
            return PRaise.raise(node, PythonBuiltinClassType.TypeError, "Can't instantiate abstract class %s without an implementation for abstract method%s %s", cls.getName(),
                            names.size() == 1 ? "" : "s", String.join(", ", names));
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doInit(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            if (hasArgs(args, kwargs)) {
                check(node, self);
            }
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void check(Node node, Object self) {
            PythonClass cls = GetClassNode.getPythonClassUncached(self);
            if (overrides(cls, "__init__", PythonBuiltinClassType.PythonObject)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (!overrides(cls, "__new__", PythonBuiltinClassType.PythonObject)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", cls.getName());
            }
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
            genericSet(node, self, name, value);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void genericSet(Node node, Object self, Object name, Object value) {
        PyObjectSetAttrNode.genericSetAttr(node, self, name, value, GetClassNode.getPythonClassUncached(self), LookupAttributeInMRONode.getUncached(),
                        WriteAttributeToObjectNode.getUncached());
    }

    @Builtin(name = "__delattr__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PythonBinaryBuiltinNode implements DefaultSlotBuiltin {
        @Specialization
        static Object doIt(Object self, Object name, @Bind("$node") Node node) {
            genericSet(node, self, name, null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return PyObjectReprNode.defaultRepr(self);
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return PyObjectReprNode.repr(self);
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return self == other ? Boolean.TRUE : PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return ne(self, other);
        }

        @TruffleBoundary
        private static Object ne(Object self, Object other) {
            Object eq = GetClassNode.getPythonClassUncached(self).lookup("__eq__");
            if (eq == PNone.NO_VALUE) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            Object r = CallFunctionNode.callMethodUncached(eq, self, new Object[]{other});
            if (r == PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            return !org.jpy.nodes.pyobject.PyObjectIsTrueNode.isTrue(r);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__le__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__gt__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__ge__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class OrderNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return PyHash.hashIdentity(self);
        }
    }

    @Builtin(name = "__format__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$format_spec"})
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object spec, @Bind("$node") Node node) {
            return format(node, self, spec);
        }

        @TruffleBoundary
        private static Object format(Node node, Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__format__() argument must be str, not %T", spec);
            }
            if (!s.isEmpty()) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "unsupported format string passed to %s.__format__", PRaise.typeName(self));
            }
            return PyObjectStrNode.str(self);
        }
    }

    @Builtin(name = "__class__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class ClassNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            if (value == PNone.NO_VALUE) {
                return GetClassNode.getPythonClassUncached(self);
            }
            setClass(node, self, value);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void setClass(Node node, Object self, Object value) {
            if (value == GetSetDescriptor.DELETE_MARKER) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "can't delete __class__ attribute");
            }
            if (!(value instanceof PythonClass newCls)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__class__ must be set to a class, not '%T' object", value);
            }
            PythonClass old = GetClassNode.getPythonClassUncached(self);
            boolean moduleLike = old.isSubtypeOf(JpyContext.get(node).lookupType(PythonBuiltinClassType.PythonModule)) &&
                            newCls.isSubtypeOf(JpyContext.get(node).lookupType(PythonBuiltinClassType.PythonModule));
            if (!(self instanceof PythonObject po) || !moduleLike && (!old.isHeapType() || !newCls.isHeapType())) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            if (old.getBuiltinBase() != newCls.getBuiltinBase() || old.instancesHaveDict() != newCls.instancesHaveDict() || !sameSlots(old, newCls)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__class__ assignment: '%s' object layout differs from '%s'", newCls.getName(), old.getName());
            }
            po.setPythonClass(newCls);
        }

        private static boolean sameSlots(PythonClass a, PythonClass b) {
            return java.util.Arrays.equals(collectSlots(a), collectSlots(b));
        }

        private static String[] collectSlots(PythonClass c) {
            List<String> all = new ArrayList<>();
            for (PythonClass k : c.getMro()) {
                if (k.getSlots() != null) {
                    all.addAll(List.of(k.getSlots()));
                }
            }
            return all.toArray(new String[0]);
        }
    }

    @Builtin(name = "__sizeof__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class SizeOfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return 16L;
        }
    }

    @Builtin(name = "__init_subclass__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarKeywordArgs = true, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class InitSubclassNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, PDict kwargs, @Bind("$node") Node node) {
            if (kwargs.size() != 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%N.__init_subclass__() takes no keyword arguments", cls);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__subclasshook__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class SubclassHookNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object args) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__dir__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return dir(self);
        }

        @TruffleBoundary
        static PList dir(Object self) {
            PDict names = new PDict();
            if (self instanceof PythonObject po && !(self instanceof PythonClass)) {
                Object d = PyObjectGetAttrNode.lookupAttributeUncached(self, "__dict__");
                if (d instanceof PDict dict) {
                    for (Object k : dict.keys()) {
                        names.setItem(k, PNone.NONE);
                    }
                } else if (po.getDict() == null) {
                    for (Object k : DynamicObjectLibrary.getUncached().getKeyArray(po)) {
                        if (k instanceof String) {
                            names.setItem(k, PNone.NONE);
                        }
                    }
                }
            }
            Object cls = PyObjectGetAttrNode.lookupAttributeUncached(self, "__class__");
            if (cls instanceof PythonClass pc) {
                for (PythonClass c : pc.getMro()) {
                    for (Object k : c.getDict().keys()) {
                        names.setItem(k, PNone.NONE);
                    }
                }
            }
            return new PList(names.keys());
        }
    }

    @Builtin(name = "__reduce_ex__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class ReduceExNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object protocol, @Bind("$node") Node node) {
            return reduceEx(node, self, protocol);
        }

        @TruffleBoundary
        private static Object reduceEx(Node node, Object self, Object protocol) {
            PythonClass cls = GetClassNode.getPythonClassUncached(self);
            Object reduce = cls.lookup("__reduce__");
            Object objectReduce = JpyContext.get(node).lookupType(PythonBuiltinClassType.PythonObject).getDict().getItem("__reduce__");
            if (reduce != objectReduce && reduce != PNone.NO_VALUE) {
                return CallFunctionNode.callMethodUncached(reduce, self, new Object[0]);
            }
            return ReduceNode.reduce(node, self, protocol);
        }
    }

    @Builtin(name = "__reduce__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return reduce(node, self, 0L);
        }

        /** {@code copyreg.__reduce_ex__} / {@code reduce_newobj}: needs the {@code copyreg} module from the import system. */
        @TruffleBoundary
        static Object reduce(Node node, Object self, Object protocol) {
            Object importer = JpyContext.get(node).getHook("import");
            if (importer == null) {
                importer = JpyContext.get(node).getBuiltinsModule().getAttribute("__import__");
            }
            if (importer == null) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot pickle '%T' object", self);
            }
            Object copyreg = org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(importer, "copyreg");
            boolean newProtocol = protocol instanceof Long l && l >= 2;
            if (!newProtocol) {
                Object f = PyObjectGetAttrNode.getAttributeUncached(copyreg, "_reduce_ex");
                return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(f, self, protocol);
            }
            PythonClass cls = GetClassNode.getPythonClassUncached(self);
            Object newobj = PyObjectGetAttrNode.getAttributeUncached(copyreg, "__newobj__");
            Object state = PNone.NONE;
            Object getstate = PyObjectGetAttrNode.lookupAttributeUncached(self, "__getstate__");
            if (getstate != PNone.NO_VALUE) {
                state = org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(getstate, new Object[0], PKeyword.EMPTY);
            }
            Object listItems = self instanceof PList ? org.jpy.nodes.pyobject.PyObjectGetIterNode.getIter(self) : PNone.NONE;
            Object dictItems = self instanceof PDict ? org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(PyObjectGetAttrNode.getAttributeUncached(self, "items")) : PNone.NONE;
            if (dictItems != PNone.NONE) {
                dictItems = org.jpy.nodes.pyobject.PyObjectGetIterNode.getIter(dictItems);
            }
            return new PTuple(new Object[]{newobj, new PTuple(new Object[]{cls}), state, listItems, dictItems});
        }
    }

    @Builtin(name = "__getstate__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class GetStateNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return getState(self);
        }

        @TruffleBoundary
        private static Object getState(Object self) {
            if (self instanceof PythonObject po && !(self instanceof PythonClass)) {
                PDict d = po.getDict();
                boolean hasStringKeys = false;
                for (Object k : DynamicObjectLibrary.getUncached().getKeyArray(po)) {
                    hasStringKeys |= k instanceof String;
                }
                if (d == null && hasStringKeys) {
                    d = po.getOrCreateDict();
                }
                Object state = d != null && d.size() > 0 ? d : PNone.NONE;
                PDict slots = new PDict();
                for (PythonClass c : GetClassNode.getPythonClassUncached(self).getMro()) {
                    if (c.getSlots() != null) {
                        for (String slot : c.getSlots()) {
                            Object v = PyObjectGetAttrNode.lookupAttributeUncached(self, slot);
                            if (v != PNone.NO_VALUE) {
                                slots.setItem(slot, v);
                            }
                        }
                    }
                }
                if (slots.size() > 0) {
                    return new PTuple(new Object[]{state, slots});
                }
                return state;
            }
            return PNone.NONE;
        }
    }
}
