package org.jpy.objects.dict;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectGetItemNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.iterator.PHashIterator;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The methods of {@code dict} ({@code Objects/dictobject.c}) on {@link PDict}: insertion order, {@code __missing__} for
 * subclasses, LIFO {@code popitem}, {@code |}/{@code |=}, views, recursion-safe repr ({@code {...}}).
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PDict)
public final class DictBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return DictBuiltinsFactory.getFactories();
    }

    /** {@code dict.update(other)} semantics: a dict, an object with {@code keys()}, or an iterable of pairs. */
    @TruffleBoundary
    public static void update(Node node, PDict self, Object other) {
        if (other instanceof PDict d) {
            HashTable t = d.getTable();
            for (int i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
                self.setItem(t.keyAt(i), t.valueAt(i));
            }
            return;
        }
        Object keys = PyObjectGetAttrNode.lookupAttributeUncached(other, "keys");
        if (keys != PNone.NO_VALUE) {
            for (Object k : SequenceSupport.toArray(PyObjectCallNode.callUncached(keys))) {
                self.setItem(k, PyObjectGetItemNode.getItem(other, k));
            }
            return;
        }
        Object[] items = SequenceSupport.toArray(other);
        for (int i = 0; i < items.length; i++) {
            Object[] pair;
            try {
                pair = SequenceSupport.toArray(items[i]);
            } catch (org.jpy.runtime.PException e) {
                if (e.isInstanceOf(PythonBuiltinClassType.TypeError)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
            }
            self.setItem(pair[0], pair[1]);
        }
    }

    static void updateKw(PDict self, Object kwargs) {
        if (kwargs instanceof PDict kw) {
            HashTable t = kw.getTable();
            for (int i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
                self.setItem(t.keyAt(i), t.valueAt(i));
            }
        }
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, @SuppressWarnings("unused") Object args, @SuppressWarnings("unused") Object kwargs) {
            return new PDict(cls);
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PDict self, Object args, Object kwargs) {
            Object[] a = ((PTuple) args).getArray();
            if (a.length > 1) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "dict expected at most 1 argument, got %d", a.length);
            }
            if (a.length == 1) {
                update(this, self, a[0]);
            }
            updateKw(self, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "update", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class UpdateNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PDict self, Object args, Object kwargs) {
            Object[] a = ((PTuple) args).getArray();
            if (a.length > 1) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "update expected at most 1 argument, got %d", a.length);
            }
            if (a.length == 1) {
                update(this, self, a[0]);
            }
            updateKw(self, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PDict self) {
            if (self.size() == 0) {
                return "{}";
            }
            if (!SequenceSupport.reprEnter(self)) {
                return "{...}";
            }
            try {
                StringBuilder sb = new StringBuilder("{");
                HashTable t = self.getTable();
                boolean first = true;
                for (int i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(PyObjectReprNode.repr(t.keyAt(i))).append(": ").append(PyObjectReprNode.repr(t.valueAt(i)));
                }
                return sb.append('}').toString();
            } finally {
                SequenceSupport.reprLeave(self);
            }
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PDict self) {
            return self.size();
        }
    }

    @Builtin(name = "__getitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PDict self, Object key) {
            Object v = self.getItem(key);
            if (v != null) {
                return v;
            }
            return missing(this, self, key);
        }

        @TruffleBoundary
        static Object missing(Node node, PDict self, Object key) {
            if (self.getStoredPythonClass() != PythonBuiltinClassType.PDict) {
                PythonClass type = GetClassNode.getPythonClassUncached(self);
                Object m = type.lookup("__missing__");
                if (m != PNone.NO_VALUE && m != PNone.NONE) {
                    return CallFunctionNode.callMethodUncached(m, self, new Object[]{key});
                }
            }
            throw PRaise.raiseWithArgs(node, PythonBuiltinClassType.KeyError, key);
        }
    }

    @Builtin(name = "__setitem__", minNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self, Object key, Object value) {
            self.setItem(key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PDict self, Object key) {
            if (self.delItem(key) == null) {
                throw PRaise.raiseWithArgs(this, PythonBuiltinClassType.KeyError, key);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIt(PDict self, Object key) {
            return self.containsKey(key);
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self) {
            return new PHashIterator(PythonBuiltinClassType.PDictKeyIterator, self.getTable(), PHashIterator.Kind.KEYS, false, false);
        }
    }

    @Builtin(name = "__reversed__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self) {
            return new PHashIterator(PythonBuiltinClassType.PDictReverseKeyIterator, self.getTable(), PHashIterator.Kind.KEYS, true, false);
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self, Object other) {
            if (!(other instanceof PDict o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return dictEquals(self, o);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self, Object other) {
            if (!(other instanceof PDict o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return !dictEquals(self, o);
        }
    }

    @TruffleBoundary
    static boolean dictEquals(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        HashTable t = a.getTable();
        for (int i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
            Object bv = b.getItem(t.keyAt(i));
            if (bv == null || !SequenceSupport.itemEquals(t.valueAt(i), bv)) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "__or__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PDict self, Object other) {
            if (!(other instanceof PDict)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            PDict r = copyDict(self);
            update(this, r, other);
            return r;
        }
    }

    @Builtin(name = "__ror__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PDict self, Object other) {
            if (!(other instanceof PDict o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            PDict r = copyDict(o);
            update(this, r, self);
            return r;
        }
    }

    @Builtin(name = "__ior__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IOrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PDict self, Object other) {
            update(this, self, other);
            return self;
        }
    }

    static PDict copyDict(PDict d) {
        return new PDict(PythonBuiltinClassType.PDict, d.getTable().copy());
    }

    @Builtin(name = "keys", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class KeysNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self) {
            return new PDictView(PythonBuiltinClassType.PDictKeys, self);
        }
    }

    @Builtin(name = "values", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ValuesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self) {
            return new PDictView(PythonBuiltinClassType.PDictValues, self);
        }
    }

    @Builtin(name = "items", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ItemsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self) {
            return new PDictView(PythonBuiltinClassType.PDictItems, self);
        }
    }

    @Builtin(name = "get", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$key", "$default"})
    @GenerateNodeFactory
    abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self, Object key, Object dflt) {
            Object v = self.getItem(key);
            if (v != null) {
                return v;
            }
            return dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
        }
    }

    @Builtin(name = "setdefault", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$key", "$default"})
    @GenerateNodeFactory
    abstract static class SetDefaultNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self, Object key, Object dflt) {
            Object v = self.getItem(key);
            if (v != null) {
                return v;
            }
            Object d = dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
            self.setItem(key, d);
            return d;
        }
    }

    @Builtin(name = "pop", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$key", "$default"})
    @GenerateNodeFactory
    abstract static class PopNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PDict self, Object key, Object dflt) {
            Object v = self.delItem(key);
            if (v != null) {
                return v;
            }
            if (dflt == PNone.NO_VALUE) {
                throw PRaise.raiseWithArgs(this, PythonBuiltinClassType.KeyError, key);
            }
            return dflt;
        }
    }

    @Builtin(name = "popitem", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class PopItemNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PDict self) {
            HashTable t = self.getTable();
            int i = t.prevIndex(t.getUsed() - 1);
            if (i < 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.KeyError, "popitem(): dictionary is empty");
            }
            Object k = t.keyAt(i);
            Object v = t.valueAt(i);
            t.remove(k, t.hashAt(i));
            return new PTuple(new Object[]{k, v});
        }
    }

    @Builtin(name = "clear", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self) {
            self.clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDict self) {
            return copyDict(self);
        }
    }

    @Builtin(name = "fromkeys", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "$iterable", "$value"}, isClassmethod = true)
    @GenerateNodeFactory
    abstract static class FromKeysNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object cls, Object iterable, Object value) {
            Object v = value == PNone.NO_VALUE ? PNone.NONE : value;
            Object d = PyObjectCallNode.callUncached(cls);
            for (Object k : SequenceSupport.toArray(iterable)) {
                if (d instanceof PDict pd && pd.getStoredPythonClass() == PythonBuiltinClassType.PDict) {
                    pd.setItem(k, v);
                } else {
                    org.jpy.nodes.pyobject.PyObjectSetItemNode.setItem(d, k, v);
                }
            }
            return d;
        }
    }

    @Builtin(name = "__sizeof__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class SizeofNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PDict self) {
            return 48L + 24L * self.size();
        }
    }

    @Builtin(name = "__class_getitem__", minNumOfPositionalArgs = 2, isClassmethod = true)
    @GenerateNodeFactory
    abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, @SuppressWarnings("unused") Object item) {
            return cls;
        }
    }
}
