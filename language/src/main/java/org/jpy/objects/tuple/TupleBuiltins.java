package org.jpy.objects.tuple;

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
import org.jpy.nodes.builtins.PythonQuaternaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectHashNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.iterator.PArrayIterator;
import org.jpy.objects.list.ListBuiltins;
import org.jpy.objects.list.PList;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.slice.PSlice;
import org.jpy.objects.slice.SliceIndices;
import org.jpy.objects.slice.SliceMath;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** The methods of {@code tuple} ({@code Objects/tupleobject.c}) on {@link PTuple}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PTuple)
public final class TupleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return TupleBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls", "$iterable"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object cls, Object iterable) {
            boolean exact = cls == PythonBuiltinClassType.PTuple || cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PTuple;
            if (iterable == PNone.NO_VALUE) {
                return exact ? new PTuple(PTuple.EMPTY_ARRAY) : new PTuple(cls, PTuple.EMPTY_ARRAY);
            }
            if (exact && iterable instanceof PTuple t && t.getStoredPythonClass() == PythonBuiltinClassType.PTuple) {
                return t;
            }
            Object[] items = SequenceSupport.toArray(iterable);
            return exact ? new PTuple(items) : new PTuple(cls, items);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self) {
            if (self.size() == 1) {
                return SequenceSupport.repr(self, self.getArray(), 1, "(", ",)", "(...)");
            }
            return SequenceSupport.repr(self, self.getArray(), self.size(), "(", ")", "(...)");
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PTuple self) {
            return self.size();
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PTuple self) {
            return PyObjectHashNode.hashTuple(self.getArray());
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self) {
            return new PArrayIterator(self);
        }
    }

    @Builtin(name = "__getitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doLong(PTuple self, long index) {
            long i = index < 0 ? index + self.size() : index;
            if (i < 0 || i >= self.size()) {
                throw PRaise.raise(this, PythonBuiltinClassType.IndexError, "tuple index out of range");
            }
            return self.get((int) i);
        }

        @Specialization(replaces = "doLong")
        @TruffleBoundary
        Object doIt(PTuple self, Object key) {
            if (key instanceof PSlice slice) {
                SliceMath.Bounds b = SliceIndices.adjust(this, slice, self.size());
                if (b.step() == 1 && b.length() == self.size() && self.getStoredPythonClass() == PythonBuiltinClassType.PTuple) {
                    return self;
                }
                Object[] r = new Object[b.length()];
                long j = b.start();
                for (int k = 0; k < b.length(); k++, j += b.step()) {
                    r[k] = self.get((int) j);
                }
                return new PTuple(r);
            }
            int i = SliceIndices.index(this, key, self.size(), "tuple index out of range", "tuple indices must be integers or slices, not %s");
            return self.get(i);
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(PTuple self, Object item) {
            for (Object o : self.getArray()) {
                if (SequenceSupport.itemEquals(o, item)) {
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
        Object doIt(PTuple self, Object other) {
            if (!(other instanceof PTuple o)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "can only concatenate tuple (not \"%s\") to tuple", GetClassNode.getPythonClassUncached(other).getName());
            }
            Object[] r = new Object[self.size() + o.size()];
            System.arraycopy(self.getArray(), 0, r, 0, self.size());
            System.arraycopy(o.getArray(), 0, r, self.size(), o.size());
            return new PTuple(r);
        }
    }

    @Builtin(name = "__mul__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__rmul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PTuple self, Object times) {
            Long n = ListBuiltins.repeatCount(this, times);
            if (n == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            if (n == 1 && self.getStoredPythonClass() == PythonBuiltinClassType.PTuple) {
                return self;
            }
            return new PTuple(SequenceSupport.repeat(this, self.getArray(), self.size(), n));
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self, Object other) {
            if (!(other instanceof PTuple o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getArray(), self.size(), o.getArray(), o.size(), RichCmpOp.EQ);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self, Object other) {
            if (!(other instanceof PTuple o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getArray(), self.size(), o.getArray(), o.size(), RichCmpOp.NE);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self, Object other) {
            if (!(other instanceof PTuple o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getArray(), self.size(), o.getArray(), o.size(), RichCmpOp.LT);
        }
    }

    @Builtin(name = "__le__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self, Object other) {
            if (!(other instanceof PTuple o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getArray(), self.size(), o.getArray(), o.size(), RichCmpOp.LE);
        }
    }

    @Builtin(name = "__gt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self, Object other) {
            if (!(other instanceof PTuple o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getArray(), self.size(), o.getArray(), o.size(), RichCmpOp.GT);
        }
    }

    @Builtin(name = "__ge__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self, Object other) {
            if (!(other instanceof PTuple o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(self.getArray(), self.size(), o.getArray(), o.size(), RichCmpOp.GE);
        }
    }

    @Builtin(name = "index", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value", "$start", "$stop"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PTuple self, Object value, Object start, Object stop) {
            int[] se = org.jpy.objects.str.StrMethods.adjustIndices(SliceIndices.startArg(this, start), SliceIndices.endArg(this, stop), self.size());
            for (int i = se[0]; i < Math.min(se[1], self.size()); i++) {
                if (SequenceSupport.itemEquals(self.get(i), value)) {
                    return (long) i;
                }
            }
            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "tuple.index(x): x not in tuple");
        }
    }

    @Builtin(name = "count", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static long doIt(PTuple self, Object value) {
            long n = 0;
            for (Object o : self.getArray()) {
                if (SequenceSupport.itemEquals(o, value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "__getnewargs__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple self) {
            return new PTuple(new Object[]{new PTuple(self.getArray().clone())});
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

    static PList unused() {
        return null;
    }
}
