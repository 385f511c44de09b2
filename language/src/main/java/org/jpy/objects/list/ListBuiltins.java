package org.jpy.objects.list;

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
import org.jpy.nodes.builtins.PythonQuaternaryBuiltinNode;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.iterator.PArrayIterator;
import org.jpy.objects.slice.PSlice;
import org.jpy.objects.slice.SliceIndices;
import org.jpy.objects.slice.SliceMath;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The methods of {@code list} ({@code Objects/listobject.c}) on {@link PList}: indexing and slice get/set/del with any
 * step, the mutating methods, stable {@code sort} with {@code key}/{@code reverse} and CPython's "list modified during sort"
 * check (the list is empty while sorting), comparisons and a recursion-safe repr.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PList)
public final class ListBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ListBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, @SuppressWarnings("unused") Object args, @SuppressWarnings("unused") Object kwargs) {
            return new PList(cls, new Object[4], 0);
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$iterable"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object iterable) {
            if (iterable == PNone.NO_VALUE) {
                self.setStore(new Object[4], 0);
            } else {
                Object[] items = SequenceSupport.toArray(iterable);
                self.setStore(items, items.length);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PList self) {
            return SequenceSupport.repr(self, self.getStore(), self.size(), "[", "]", "[...]");
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PList self) {
            return self.size();
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PList self) {
            return new PArrayIterator(self, false);
        }
    }

    @Builtin(name = "__reversed__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PList self) {
            return new PArrayIterator(self, true);
        }
    }

    @Builtin(name = "__getitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doLong(PList self, long index) {
            long i = index < 0 ? index + self.size() : index;
            if (i < 0 || i >= self.size()) {
                throw PRaise.raise(this, PythonBuiltinClassType.IndexError, "list index out of range");
            }
            return self.get((int) i);
        }

        @Specialization(replaces = "doLong")
        Object doIt(PList self, Object key) {
            return getItem(this, self, key);
        }

        @TruffleBoundary
        static Object getItem(Node node, PList self, Object key) {
            if (key instanceof PSlice slice) {
                SliceMath.Bounds b = SliceIndices.adjust(node, slice, self.size());
                Object[] r = new Object[b.length()];
                long j = b.start();
                for (int k = 0; k < b.length(); k++, j += b.step()) {
                    r[k] = self.get((int) j);
                }
                return new PList(r);
            }
            int i = SliceIndices.index(node, key, self.size(), "list index out of range", "list indices must be integers or slices, not %s");
            return self.get(i);
        }
    }

    @Builtin(name = "__setitem__", minNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PList self, Object key, Object value) {
            setItem(this, self, key, value);
            return PNone.NONE;
        }

        @TruffleBoundary
        static void setItem(Node node, PList self, Object key, Object value) {
            if (key instanceof PSlice slice) {
                Object[] items;
                try {
                    items = value == self ? self.toArray() : SequenceSupport.toArray(value);
                } catch (PException e) {
                    if (e.isInstanceOf(PythonBuiltinClassType.TypeError)) {
                        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "can only assign an iterable");
                    }
                    throw e;
                }
                SliceMath.Bounds b = SliceIndices.adjust(node, slice, self.size());
                if (b.step() == 1) {
                    int start = b.start();
                    int stop = Math.max(b.stop(), start);
                    replaceRange(self, start, stop, items);
                    return;
                }
                if (items.length != b.length()) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", items.length,
                                    b.length());
                }
                long j = b.start();
                for (int k = 0; k < b.length(); k++, j += b.step()) {
                    self.set((int) j, items[k]);
                }
                return;
            }
            int i = SliceIndices.index(node, key, self.size(), "list assignment index out of range", "list indices must be integers or slices, not %s");
            self.set(i, value);
        }
    }

    static void replaceRange(PList self, int start, int stop, Object[] items) {
        int size = self.size();
        Object[] store = self.getStore();
        int newSize = size - (stop - start) + items.length;
        Object[] ns = new Object[Math.max(newSize, 4)];
        System.arraycopy(store, 0, ns, 0, start);
        System.arraycopy(items, 0, ns, start, items.length);
        System.arraycopy(store, stop, ns, start + items.length, size - stop);
        self.setStore(ns, newSize);
    }

    @Builtin(name = "__delitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PList self, Object key) {
            if (key instanceof PSlice slice) {
                SliceMath.Bounds b = SliceIndices.adjust(this, slice, self.size());
                if (b.length() == 0) {
                    return PNone.NONE;
                }
                if (b.step() == 1) {
                    replaceRange(self, b.start(), b.start() + b.length(), new Object[0]);
                    return PNone.NONE;
                }
                boolean[] drop = new boolean[self.size()];
                long j = b.start();
                for (int k = 0; k < b.length(); k++, j += b.step()) {
                    drop[(int) j] = true;
                }
                Object[] ns = new Object[Math.max(4, self.size() - b.length())];
                int n = 0;
                for (int i = 0; i < self.size(); i++) {
                    if (!drop[i]) {
                        ns[n++] = self.get(i);
                    }
                }
                self.setStore(ns, n);
                return PNone.NONE;
            }
            int i = SliceIndices.index(this, key, self.size(), "list assignment index out of range", "list indices must be integers or slices, not %s");
            self.removeAt(i);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(PList self, Object item) {
            for (int i = 0; i < self.size(); i++) {
                if (SequenceSupport.itemEquals(self.get(i), item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__add__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PList self, Object other) {
            if (!(other instanceof PList o)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "can only concatenate list (not \"%s\") to list", GetClassNode.getPythonClassUncached(other).getName());
            }
            Object[] r = new Object[self.size() + o.size()];
            System.arraycopy(self.getStore(), 0, r, 0, self.size());
            System.arraycopy(o.getStore(), 0, r, self.size(), o.size());
            return new PList(r);
        }
    }

    @Builtin(name = "__iadd__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object other) {
            ExtendNode.extend(self, other);
            return self;
        }
    }

    @Builtin(name = "__mul__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__rmul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PList self, Object times) {
            Long n = repeatCount(this, times);
            if (n == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return new PList(SequenceSupport.repeat(this, self.getStore(), self.size(), n));
        }
    }

    @Builtin(name = "__imul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PList self, Object times) {
            Long n = repeatCount(this, times);
            if (n == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            Object[] r = SequenceSupport.repeat(this, self.getStore(), self.size(), n);
            self.setStore(r.length == 0 ? new Object[4] : r, r.length);
            return self;
        }
    }

    /** The repeat count of {@code seq * n}, or null when {@code n} has no {@code __index__}. */
    @TruffleBoundary
    public static Long repeatCount(Node node, Object times) {
        if (!(times instanceof Long) && !(times instanceof Boolean) && !(times instanceof java.math.BigInteger)) {
            Object m = GetClassNode.getPythonClassUncached(times).lookup("__index__");
            if (m == PNone.NO_VALUE || m == PNone.NONE) {
                return null;
            }
        }
        return PyNumberIndexNode.asSize(node, times, PythonBuiltinClassType.OverflowError);
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object other) {
            if (!(other instanceof PList o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getStore(), self.size(), o.getStore(), o.size(), RichCmpOp.EQ);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object other) {
            if (!(other instanceof PList o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getStore(), self.size(), o.getStore(), o.size(), RichCmpOp.NE);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object other) {
            if (!(other instanceof PList o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getStore(), self.size(), o.getStore(), o.size(), RichCmpOp.LT);
        }
    }

    @Builtin(name = "__le__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object other) {
            if (!(other instanceof PList o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getStore(), self.size(), o.getStore(), o.size(), RichCmpOp.LE);
        }
    }

    @Builtin(name = "__gt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object other) {
            if (!(other instanceof PList o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getStore(), self.size(), o.getStore(), o.size(), RichCmpOp.GT);
        }
    }

    @Builtin(name = "__ge__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object other) {
            if (!(other instanceof PList o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getStore(), self.size(), o.getStore(), o.size(), RichCmpOp.GE);
        }
    }

    @Builtin(name = "append", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$object"})
    @GenerateNodeFactory
    abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object value) {
            self.append(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$iterable"})
    @GenerateNodeFactory
    abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PList self, Object iterable) {
            extend(self, iterable);
            return PNone.NONE;
        }

        @TruffleBoundary
        static void extend(PList self, Object iterable) {
            Object[] items = iterable == self ? self.toArray() : SequenceSupport.toArray(iterable);
            self.ensureCapacity(self.size() + items.length);
            for (Object o : items) {
                self.append(o);
            }
        }
    }

    @Builtin(name = "insert", minNumOfPositionalArgs = 3, parameterNames = {"$self", "$index", "$object"})
    @GenerateNodeFactory
    abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PList self, Object index, Object value) {
            long i = PyNumberIndexNode.asSize(this, index, null);
            int n = self.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            self.insert((int) Math.min(i, n), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$index"})
    @GenerateNodeFactory
    abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PList self, Object index) {
            if (self.size() == 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.IndexError, "pop from empty list");
            }
            long i = index == PNone.NO_VALUE ? -1 : PyNumberIndexNode.asSize(this, index, PythonBuiltinClassType.IndexError);
            if (i < 0) {
                i += self.size();
            }
            if (i < 0 || i >= self.size()) {
                throw PRaise.raise(this, PythonBuiltinClassType.IndexError, "pop index out of range");
            }
            return self.removeAt((int) i);
        }
    }

    @Builtin(name = "remove", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PList self, Object value) {
            for (int i = 0; i < self.size(); i++) {
                if (SequenceSupport.itemEquals(self.get(i), value)) {
                    self.removeAt(i);
                    return PNone.NONE;
                }
            }
            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "list.remove(x): x not in list");
        }
    }

    @Builtin(name = "index", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value", "$start", "$stop"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PList self, Object value, Object start, Object stop) {
            int[] se = org.jpy.objects.str.StrMethods.adjustIndices(SliceIndices.startArg(this, start), SliceIndices.endArg(this, stop), self.size());
            for (int i = se[0]; i < Math.min(se[1], self.size()); i++) {
                if (SequenceSupport.itemEquals(self.get(i), value)) {
                    return (long) i;
                }
            }
            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "%s is not in list", org.jpy.nodes.pyobject.PyObjectReprNode.repr(value));
        }
    }

    @Builtin(name = "count", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static long doIt(PList self, Object value) {
            long n = 0;
            for (int i = 0; i < self.size(); i++) {
                if (SequenceSupport.itemEquals(self.get(i), value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "clear", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PList self) {
            self.setStore(new Object[4], 0);
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PList self) {
            return new PList(self.toArray());
        }
    }

    @Builtin(name = "reverse", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PList self) {
            Object[] s = self.getStore();
            for (int i = 0, j = self.size() - 1; i < j; i++, j--) {
                Object t = s[i];
                s[i] = s[j];
                s[j] = t;
            }
            self.setStore(s, self.size());
            return PNone.NONE;
        }
    }

    @Builtin(name = "sort", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, keywordOnlyNames = {"key", "reverse"})
    @GenerateNodeFactory
    abstract static class SortNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PList self, Object key, Object reverse) {
            sort(this, self, key, reverse);
            return PNone.NONE;
        }
    }

    /** {@code list.sort(key=, reverse=)}, also used by {@code sorted()}. */
    @TruffleBoundary
    public static void sort(Node node, PList self, Object key, Object reverse) {
        boolean rev = reverse != PNone.NO_VALUE && PyObjectIsTrueNode.isTrue(reverse);
        int n = self.size();
        Object[] values = self.toArray();
        self.setStore(new Object[4], 0);
        int version = self.getVersion();
        boolean ok = false;
        try {
            Object[] keys = null;
            if (key != PNone.NO_VALUE && key != PNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = PyObjectCallNode.callUncached(key, values[i]);
                }
            }
            ListSort.sort(values, keys, n, rev, (a, b) -> PyObjectRichCompareNode.compareBoolUncached(a, b, RichCmpOp.LT));
            ok = true;
        } finally {
            boolean modified = self.size() != 0 || self.getVersion() != version;
            self.setStore(values.length == 0 ? new Object[4] : values, n);
            if (modified && ok) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "list modified during sort");
            }
        }
    }

    @Builtin(name = "__sizeof__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class SizeofNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PList self) {
            return 40L + 8L * self.getStore().length;
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
