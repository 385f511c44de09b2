package org.jpy.objects.dict;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.iterator.PHashIterator;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.set.PBaseSet;
import org.jpy.objects.set.PSet;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code dict_keys}, {@code dict_values}, {@code dict_items} ({@link PDictView}): live length/iteration/membership, the set
 * algebra of keys and items views (results are sets), and reprs like {@code dict_keys(['a', 'b'])}.
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.PDictKeys, PythonBuiltinClassType.PDictValues, PythonBuiltinClassType.PDictItems})
public final class DictViewBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return DictViewBuiltinsFactory.getFactories();
    }

    static PHashIterator.Kind kind(PDictView v) {
        return v.isKeys() ? PHashIterator.Kind.KEYS : v.isItems() ? PHashIterator.Kind.ITEMS : PHashIterator.Kind.VALUES;
    }

    @TruffleBoundary
    static Object[] items(PDictView v) {
        HashTable t = v.getMapping().getTable();
        Object[] r = new Object[t.size()];
        int n = 0;
        for (int i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
            r[n++] = v.isKeys() ? t.keyAt(i) : v.isItems() ? new PTuple(new Object[]{t.keyAt(i), t.valueAt(i)}) : t.valueAt(i);
        }
        return r;
    }

    @TruffleBoundary
    static HashTable table(Object o) {
        if (o instanceof PDictView v) {
            HashTable t = new HashTable();
            for (Object x : items(v)) {
                t.put(x, PNone.NONE);
            }
            return t;
        }
        if (o instanceof PBaseSet s) {
            return s.getTable().copy();
        }
        HashTable t = new HashTable();
        for (Object x : SequenceSupport.toArray(o)) {
            t.put(x, PNone.NONE);
        }
        return t;
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PDictView self) {
            return self.getMapping().size();
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDictView self) {
            PythonBuiltinClassType t = self.isKeys() ? PythonBuiltinClassType.PDictKeyIterator : self.isItems() ? PythonBuiltinClassType.PDictItemIterator : PythonBuiltinClassType.PDictValueIterator;
            return new PHashIterator(t, self.getMapping().getTable(), kind(self), false, false);
        }
    }

    @Builtin(name = "__reversed__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDictView self) {
            PythonBuiltinClassType t = self.isKeys() ? PythonBuiltinClassType.PDictReverseKeyIterator
                            : self.isItems() ? PythonBuiltinClassType.PDictReverseItemIterator : PythonBuiltinClassType.PDictReverseValueIterator;
            return new PHashIterator(t, self.getMapping().getTable(), kind(self), true, false);
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(PDictView self, Object item) {
            if (self.isKeys()) {
                return self.getMapping().containsKey(item);
            }
            if (self.isItems()) {
                if (!(item instanceof PTuple t) || t.size() != 2) {
                    return false;
                }
                Object v = self.getMapping().getItem(t.get(0));
                return v != null && SequenceSupport.itemEquals(v, t.get(1));
            }
            for (Object v : self.getMapping().values()) {
                if (SequenceSupport.itemEquals(v, item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PDictView self) {
            String name = self.isKeys() ? "dict_keys" : self.isItems() ? "dict_items" : "dict_values";
            if (!SequenceSupport.reprEnter(self)) {
                return "...";
            }
            try {
                Object[] it = items(self);
                StringBuilder sb = new StringBuilder(name).append("([");
                for (int i = 0; i < it.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(PyObjectReprNode.repr(it[i]));
                }
                return sb.append("])").toString();
            } finally {
                SequenceSupport.reprLeave(self);
            }
        }
    }

    @Builtin(name = "mapping", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class MappingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PDictView self, @SuppressWarnings("unused") Object value) {
            return self.getMapping();
        }
    }

    @Builtin(name = "isdisjoint", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IsDisjointNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(PDictView self, Object other) {
            HashTable a = table(self);
            for (Object x : SequenceSupport.toArray(other)) {
                if (a.containsKey(x)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean setLike(Object o) {
        return o instanceof PDictView v && !v.getStoredPythonClass().equals(PythonBuiltinClassType.PDictValues) || o instanceof PBaseSet;
    }

    @TruffleBoundary
    static Object setOp(Object a, Object b, char op) {
        if (a instanceof PDictView v && v.getStoredPythonClass() == PythonBuiltinClassType.PDictValues) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        HashTable x = table(a);
        HashTable y;
        try {
            y = table(b);
        } catch (org.jpy.runtime.PException e) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        HashTable r = new HashTable();
        switch (op) {
            case '&' -> {
                for (int i = x.nextIndex(0); i >= 0; i = x.nextIndex(i + 1)) {
                    if (y.containsKey(x.keyAt(i))) {
                        r.put(x.keyAt(i), PNone.NONE);
                    }
                }
            }
            case '|' -> {
                r = x.copy();
                for (int i = y.nextIndex(0); i >= 0; i = y.nextIndex(i + 1)) {
                    r.put(y.keyAt(i), PNone.NONE);
                }
            }
            case '-' -> {
                for (int i = x.nextIndex(0); i >= 0; i = x.nextIndex(i + 1)) {
                    if (!y.containsKey(x.keyAt(i))) {
                        r.put(x.keyAt(i), PNone.NONE);
                    }
                }
            }
            default -> {
                for (int i = x.nextIndex(0); i >= 0; i = x.nextIndex(i + 1)) {
                    if (!y.containsKey(x.keyAt(i))) {
                        r.put(x.keyAt(i), PNone.NONE);
                    }
                }
                for (int i = y.nextIndex(0); i >= 0; i = y.nextIndex(i + 1)) {
                    if (!x.containsKey(y.keyAt(i))) {
                        r.put(y.keyAt(i), PNone.NONE);
                    }
                }
            }
        }
        return new PSet(PythonBuiltinClassType.PSet, r);
    }

    @Builtin(name = "__and__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AndNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return setOp(self, other, '&');
        }
    }

    @Builtin(name = "__rand__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RAndNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return setOp(other, self, '&');
        }
    }

    @Builtin(name = "__or__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return setOp(self, other, '|');
        }
    }

    @Builtin(name = "__ror__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return setOp(other, self, '|');
        }
    }

    @Builtin(name = "__sub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return setOp(self, other, '-');
        }
    }

    @Builtin(name = "__rsub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RSubNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return setOp(other, self, '-');
        }
    }

    @Builtin(name = "__xor__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__rxor__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class XorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return setOp(self, other, '^');
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PDictView self, Object other) {
            if (self.getStoredPythonClass() == PythonBuiltinClassType.PDictValues || !setLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            HashTable a = table(self);
            HashTable b = table(other);
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = a.nextIndex(0); i >= 0; i = a.nextIndex(i + 1)) {
                if (!b.containsKey(a.keyAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
