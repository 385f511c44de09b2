package org.jpy.objects.set;

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
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.HashTable;
import org.jpy.objects.dict.PDictView;
import org.jpy.objects.iterator.PHashIterator;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The methods of {@code set} and {@code frozenset} ({@code Objects/setobject.c}) on {@link PBaseSet}: the algebra
 * (operators accept only sets; the named methods accept any iterables), comparisons as subset tests, CPython's frozenset
 * hash, and membership tests that retry an unhashable set argument as a frozenset.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PSet)
public final class SetBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return SetBuiltinsFactory.getFactories();
    }

    static boolean isFrozen(Object o) {
        return o instanceof PFrozenSet;
    }

    /** A new set of the same kind as {@code like} (set/frozenset; subclasses produce the base type, as CPython). */
    static PBaseSet newLike(Object like, HashTable table) {
        return like instanceof PFrozenSet ? new PFrozenSet(PythonBuiltinClassType.PFrozenSet, table) : new PSet(PythonBuiltinClassType.PSet, table);
    }

    /** A hash table with the elements of any iterable. */
    @TruffleBoundary
    public static HashTable tableOf(Object iterable) {
        if (iterable instanceof PBaseSet s) {
            return s.getTable().copy();
        }
        HashTable t = new HashTable();
        if (iterable instanceof PDictView v && v.isKeys()) {
            for (Object k : v.getMapping().keys()) {
                t.put(k, PNone.NONE);
            }
            return t;
        }
        for (Object o : SequenceSupport.toArray(iterable)) {
            t.put(o, PNone.NONE);
        }
        return t;
    }

    /** Set operands of operators: sets, frozensets (and dict keys/items views act like sets on their side). */
    static boolean isSetLike(Object o) {
        return o instanceof PBaseSet;
    }

    @TruffleBoundary
    static HashTable union(HashTable a, HashTable b) {
        HashTable r = a.copy();
        for (int i = b.nextIndex(0); i >= 0; i = b.nextIndex(i + 1)) {
            r.put(b.keyAt(i), b.hashAt(i), PNone.NONE);
        }
        return r;
    }

    @TruffleBoundary
    static HashTable intersection(HashTable a, HashTable b) {
        HashTable r = new HashTable();
        HashTable small = a.size() <= b.size() ? a : b;
        HashTable big = small == a ? b : a;
        for (int i = small.nextIndex(0); i >= 0; i = small.nextIndex(i + 1)) {
            if (big.get(small.keyAt(i), small.hashAt(i)) != null) {
                r.put(small.keyAt(i), small.hashAt(i), PNone.NONE);
            }
        }
        return r;
    }

    @TruffleBoundary
    static HashTable difference(HashTable a, HashTable b) {
        HashTable r = new HashTable();
        for (int i = a.nextIndex(0); i >= 0; i = a.nextIndex(i + 1)) {
            if (b.get(a.keyAt(i), a.hashAt(i)) == null) {
                r.put(a.keyAt(i), a.hashAt(i), PNone.NONE);
            }
        }
        return r;
    }

    @TruffleBoundary
    static HashTable symmetricDifference(HashTable a, HashTable b) {
        HashTable r = difference(a, b);
        for (int i = b.nextIndex(0); i >= 0; i = b.nextIndex(i + 1)) {
            if (a.get(b.keyAt(i), b.hashAt(i)) == null) {
                r.put(b.keyAt(i), b.hashAt(i), PNone.NONE);
            }
        }
        return r;
    }

    @TruffleBoundary
    static boolean isSubset(HashTable a, HashTable b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int i = a.nextIndex(0); i >= 0; i = a.nextIndex(i + 1)) {
            if (b.get(a.keyAt(i), a.hashAt(i)) == null) {
                return false;
            }
        }
        return true;
    }

    /** Membership with CPython's retry: an unhashable {@code set} key is looked up as the equal frozenset. */
    @TruffleBoundary
    static boolean contains(PBaseSet self, Object key) {
        try {
            return self.contains(key);
        } catch (PException e) {
            if (key instanceof PSet s && e.isInstanceOf(PythonBuiltinClassType.TypeError)) {
                return self.contains(new PFrozenSet(PythonBuiltinClassType.PFrozenSet, s.getTable().copy()));
            }
            throw e;
        }
    }

    /** CPython's frozenset hash (order-independent shuffle of the element hashes). */
    @TruffleBoundary
    public static long frozensetHash(HashTable t) {
        long hash = 0;
        for (int i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
            long h = t.hashAt(i);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) t.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object args, @SuppressWarnings("unused") Object kwargs) {
            PythonClass c = cls instanceof PythonClass pc ? pc : null;
            boolean frozen = c != null && (c.getBuiltinBase() == PythonBuiltinClassType.PFrozenSet || c.getBuiltinType() == PythonBuiltinClassType.PFrozenSet);
            Object[] a = ((PTuple) args).getArray();
            if (frozen) {
                if (a.length > 1) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "frozenset expected at most 1 argument, got %d", a.length);
                }
                HashTable t = a.length == 0 ? new HashTable() : tableOf(a[0]);
                return new PFrozenSet(cls, t);
            }
            return new PSet(cls, new HashTable());
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PBaseSet self, Object args, @SuppressWarnings("unused") Object kwargs) {
            if (self instanceof PFrozenSet) {
                return PNone.NONE;
            }
            Object[] a = ((PTuple) args).getArray();
            if (a.length > 1) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "set expected at most 1 argument, got %d", a.length);
            }
            self.setTable(a.length == 0 ? new HashTable() : tableOf(a[0]));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PBaseSet self) {
            String name = GetClassNode.getPythonClassUncached(self).getName();
            if (self.size() == 0) {
                return name + "()";
            }
            if (!SequenceSupport.reprEnter(self)) {
                return name + "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder();
                boolean plain = name.equals("set");
                sb.append(plain ? "{" : name + "({");
                boolean first = true;
                for (Object o : SetOrder.order(self.getTable())) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(PyObjectReprNode.repr(o));
                }
                sb.append(plain ? "}" : "})");
                return sb.toString();
            } finally {
                SequenceSupport.reprLeave(self);
            }
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PBaseSet self) {
            return self.size();
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIt(PBaseSet self, Object key) {
            return contains(self, key);
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self) {
            return new PHashIterator(PythonBuiltinClassType.PSetIterator, self.getTable(), PHashIterator.Kind.KEYS, false, true);
        }
    }

    @Builtin(name = "add", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$object"})
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSet self, Object o) {
            self.add(o);
            return PNone.NONE;
        }
    }

    @Builtin(name = "discard", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$object"})
    @GenerateNodeFactory
    abstract static class DiscardNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSet self, Object o) {
            removeRetrying(self, o);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static boolean removeRetrying(PSet self, Object o) {
        try {
            return self.remove(o);
        } catch (PException e) {
            if (o instanceof PSet s && e.isInstanceOf(PythonBuiltinClassType.TypeError)) {
                return self.remove(new PFrozenSet(PythonBuiltinClassType.PFrozenSet, s.getTable().copy()));
            }
            throw e;
        }
    }

    @Builtin(name = "remove", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$object"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PSet self, Object o) {
            if (!removeRetrying(self, o)) {
                throw PRaise.raiseWithArgs(this, PythonBuiltinClassType.KeyError, o);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class PopNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSet self) {
            HashTable t = self.getTable();
            if (t.size() == 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.KeyError, "pop from an empty set");
            }
            Object k = SetOrder.order(t)[0];
            t.remove(k);
            return k;
        }
    }

    @Builtin(name = "clear", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSet self) {
            self.getTable().clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self) {
            if (self instanceof PFrozenSet && self.getStoredPythonClass() == PythonBuiltinClassType.PFrozenSet) {
                return self;
            }
            return newLike(self, self.getTable().copy());
        }
    }

    @Builtin(name = "union", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class UnionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PBaseSet self, Object others) {
            HashTable r = self.getTable().copy();
            for (Object o : ((PTuple) others).getArray()) {
                r = union(r, tableOf(o));
            }
            return newLike(self, r);
        }
    }

    @Builtin(name = "update", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class UnionUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PSet self, Object others) {
            HashTable r = self.getTable();
            for (Object o : ((PTuple) others).getArray()) {
                r = union(r, tableOf(o));
            }
            self.setTable(r);
            return PNone.NONE;
        }
    }

    @Builtin(name = "intersection", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class IntersectionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PBaseSet self, Object others) {
            HashTable r = self.getTable().copy();
            for (Object o : ((PTuple) others).getArray()) {
                r = intersection(r, tableOf(o));
            }
            return newLike(self, r);
        }
    }

    @Builtin(name = "intersection_update", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class IntersectionUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PSet self, Object others) {
            HashTable r = self.getTable();
            for (Object o : ((PTuple) others).getArray()) {
                r = intersection(r, tableOf(o));
            }
            self.setTable(r);
            return PNone.NONE;
        }
    }

    @Builtin(name = "difference", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class DifferenceNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PBaseSet self, Object others) {
            HashTable r = self.getTable().copy();
            for (Object o : ((PTuple) others).getArray()) {
                r = difference(r, tableOf(o));
            }
            return newLike(self, r);
        }
    }

    @Builtin(name = "difference_update", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class DifferenceUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PSet self, Object others) {
            HashTable r = self.getTable();
            for (Object o : ((PTuple) others).getArray()) {
                r = difference(r, tableOf(o));
            }
            self.setTable(r);
            return PNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class SymmetricDifferenceNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            return newLike(self, symmetricDifference(self.getTable(), tableOf(other)));
        }
    }

    @Builtin(name = "symmetric_difference_update", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class SymmetricDifferenceUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSet self, Object other) {
            self.setTable(symmetricDifference(self.getTable(), tableOf(other)));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__or__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class OrOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return newLike(self, union(self.getTable(), ((PBaseSet) other).getTable()));
        }
    }

    @Builtin(name = "__ror__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ROrOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return newLike(other, union(((PBaseSet) other).getTable(), self.getTable()));
        }
    }

    @Builtin(name = "__ior__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IOrOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other) || self instanceof PFrozenSet) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            self.setTable(union(self.getTable(), ((PBaseSet) other).getTable()));
            return self;
        }
    }

    @Builtin(name = "__and__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AndOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return newLike(self, intersection(self.getTable(), ((PBaseSet) other).getTable()));
        }
    }

    @Builtin(name = "__rand__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RAndOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return newLike(other, intersection(((PBaseSet) other).getTable(), self.getTable()));
        }
    }

    @Builtin(name = "__iand__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IAndOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other) || self instanceof PFrozenSet) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            self.setTable(intersection(self.getTable(), ((PBaseSet) other).getTable()));
            return self;
        }
    }

    @Builtin(name = "__sub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class SubOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return newLike(self, difference(self.getTable(), ((PBaseSet) other).getTable()));
        }
    }

    @Builtin(name = "__rsub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RSubOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return newLike(other, difference(((PBaseSet) other).getTable(), self.getTable()));
        }
    }

    @Builtin(name = "__isub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ISubOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other) || self instanceof PFrozenSet) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            self.setTable(difference(self.getTable(), ((PBaseSet) other).getTable()));
            return self;
        }
    }

    @Builtin(name = "__xor__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class XorOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return newLike(self, symmetricDifference(self.getTable(), ((PBaseSet) other).getTable()));
        }
    }

    @Builtin(name = "__rxor__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RXorOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return newLike(other, symmetricDifference(((PBaseSet) other).getTable(), self.getTable()));
        }
    }

    @Builtin(name = "__ixor__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IXorOpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other) || self instanceof PFrozenSet) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            self.setTable(symmetricDifference(self.getTable(), ((PBaseSet) other).getTable()));
            return self;
        }
    }

    @Builtin(name = "issubset", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class IsSubsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIt(PBaseSet self, Object other) {
            return isSubset(self.getTable(), tableOf(other));
        }
    }

    @Builtin(name = "issuperset", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class IsSupersetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIt(PBaseSet self, Object other) {
            return isSubset(tableOf(other), self.getTable());
        }
    }

    @Builtin(name = "isdisjoint", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class IsDisjointNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIt(PBaseSet self, Object other) {
            return intersection(self.getTable(), tableOf(other)).size() == 0;
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            HashTable a = self.getTable();
            HashTable b = ((PBaseSet) other).getTable();
            return a.size() == b.size() && isSubset(a, b);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            HashTable a = self.getTable();
            HashTable b = ((PBaseSet) other).getTable();
            return !(a.size() == b.size() && isSubset(a, b));
        }
    }

    @Builtin(name = "__le__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            HashTable a = self.getTable();
            HashTable b = ((PBaseSet) other).getTable();
            return isSubset(a, b);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            HashTable a = self.getTable();
            HashTable b = ((PBaseSet) other).getTable();
            return a.size() < b.size() && isSubset(a, b);
        }
    }

    @Builtin(name = "__ge__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            HashTable a = self.getTable();
            HashTable b = ((PBaseSet) other).getTable();
            return isSubset(b, a);
        }
    }

    @Builtin(name = "__gt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PBaseSet self, Object other) {
            if (!isSetLike(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            HashTable a = self.getTable();
            HashTable b = ((PBaseSet) other).getTable();
            return a.size() > b.size() && isSubset(b, a);
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
