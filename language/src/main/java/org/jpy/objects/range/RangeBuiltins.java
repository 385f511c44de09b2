package org.jpy.objects.range;

import java.math.BigInteger;
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
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectHashNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.ints.IntMath;
import org.jpy.objects.ints.PyInts;
import org.jpy.objects.iterator.PRangeIterator;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.slice.PSlice;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The methods of {@code range} ({@code Objects/rangeobject.c}): O(1) length, indexing, slicing (a range again),
 * membership and {@code index}/{@code count} for ints, with arbitrary-precision bounds.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PRange)
public final class RangeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return RangeBuiltinsFactory.getFactories();
    }

    static BigInteger start(PRange r) {
        return r.isBig() ? r.getBigStart() : BigInteger.valueOf(r.getStart());
    }

    static BigInteger stop(PRange r) {
        return r.isBig() ? r.getBigStop() : BigInteger.valueOf(r.getStop());
    }

    static BigInteger step(PRange r) {
        return r.isBig() ? r.getBigStep() : BigInteger.valueOf(r.getStep());
    }

    static BigInteger length(PRange r) {
        return r.isBig() ? r.getBigLength() : BigInteger.valueOf(r.getLength());
    }

    static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() > 0 ? start.compareTo(stop) >= 0 : start.compareTo(stop) <= 0) {
            return BigInteger.ZERO;
        }
        if (step.signum() > 0) {
            return stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        return start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
    }

    /** Builds a range, using the long form when everything fits. */
    @TruffleBoundary
    public static PRange make(BigInteger start, BigInteger stop, BigInteger step) {
        if (start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63 && lengthOf(start, stop, step).bitLength() < 63) {
            return new PRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PRange(start, stop, step);
    }

    static BigInteger sliceIndex(Node node, Object o) {
        Object m = GetClassNode.getPythonClassUncached(o).lookup("__index__");
        if (!(o instanceof Long) && !(o instanceof BigInteger) && !(o instanceof Boolean) && (m == PNone.NO_VALUE || m == PNone.NONE)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return PyInts.big(PyNumberIndexNode.indexUncached(o));
    }

    static BigInteger index(Node node, Object o) {
        return PyInts.big(PyNumberIndexNode.indexUncached(o));
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object cls, Object args) {
            Object[] a = ((PTuple) args).getArray();
            if (a.length == 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "range expected at least 1 argument, got 0");
            }
            if (a.length > 3) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "range expected at most 3 arguments, got %d", a.length);
            }
            if (a.length == 1) {
                return make(BigInteger.ZERO, index(this, a[0]), BigInteger.ONE);
            }
            BigInteger step = a.length == 3 ? index(this, a[2]) : BigInteger.ONE;
            BigInteger start = index(this, a[0]);
            BigInteger stop = index(this, a[1]);
            if (step.signum() == 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "range() arg 3 must not be zero");
            }
            return make(start, stop, step);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PRange self) {
            BigInteger st = step(self);
            String base = "range(" + start(self) + ", " + stop(self);
            return st.equals(BigInteger.ONE) ? base + ")" : base + ", " + st + ")";
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PRange self) {
            if (!self.isBig()) {
                return self.getLength();
            }
            BigInteger l = self.getBigLength();
            if (l.bitLength() >= 63) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "Python int too large to convert to C ssize_t");
            }
            return l.longValue();
        }
    }

    @Builtin(name = "__bool__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(PRange self) {
            return self.isBig() ? self.getBigLength().signum() != 0 : self.getLength() != 0;
        }
    }

    @Builtin(name = "start", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class StartNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PRange self, @SuppressWarnings("unused") Object v) {
            return self.isBig() ? IntMath.normalize(self.getBigStart()) : (Object) self.getStart();
        }
    }

    @Builtin(name = "stop", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class StopNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PRange self, @SuppressWarnings("unused") Object v) {
            return self.isBig() ? IntMath.normalize(self.getBigStop()) : (Object) self.getStop();
        }
    }

    @Builtin(name = "step", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class StepNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PRange self, @SuppressWarnings("unused") Object v) {
            return self.isBig() ? IntMath.normalize(self.getBigStep()) : (Object) self.getStep();
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PRange self) {
            if (!self.isBig()) {
                return new PRangeIterator(self.getStart(), self.getStep(), self.getLength());
            }
            return new PRangeIterator(self.getBigStart(), self.getBigStep(), self.getBigLength());
        }
    }

    @Builtin(name = "__reversed__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PRange self) {
            BigInteger len = length(self);
            BigInteger last = start(self).add(len.subtract(BigInteger.ONE).multiply(step(self)));
            BigInteger negStep = step(self).negate();
            if (last.bitLength() < 63 && negStep.bitLength() < 63 && len.bitLength() < 63 && last.add(negStep.multiply(len)).bitLength() < 63) {
                return new PRangeIterator(last.longValue(), negStep.longValue(), len.longValue());
            }
            return new PRangeIterator(last, negStep, len);
        }
    }

    @TruffleBoundary
    static BigInteger item(PRange r, BigInteger i) {
        return start(r).add(i.multiply(step(r)));
    }

    @Builtin(name = "__getitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PRange self, Object key) {
            BigInteger len = length(self);
            if (key instanceof PSlice s) {
                // compute with big ints: slice.indices semantics over len
                BigInteger stepS = s.getStep() == PNone.NONE ? BigInteger.ONE : sliceIndex(this, s.getStep());
                if (stepS.signum() == 0) {
                    throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "slice step cannot be zero");
                }
                BigInteger lower = stepS.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
                BigInteger upper = stepS.signum() < 0 ? len.subtract(BigInteger.ONE) : len;
                BigInteger st = s.getStart() == PNone.NONE ? (stepS.signum() < 0 ? upper : lower) : clamp(sliceIndex(this, s.getStart()), len, lower, upper);
                BigInteger sp = s.getStop() == PNone.NONE ? (stepS.signum() < 0 ? lower : upper) : clamp(sliceIndex(this, s.getStop()), len, lower, upper);
                return make(item(self, st), item(self, sp), step(self).multiply(stepS));
            }
            Object m = GetClassNode.getPythonClassUncached(key).lookup("__index__");
            if (!(key instanceof Long) && !(key instanceof BigInteger) && !(key instanceof Boolean) && (m == PNone.NO_VALUE || m == PNone.NONE)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "range indices must be integers or slices, not %s", GetClassNode.getPythonClassUncached(key).getName());
            }
            BigInteger i = index(this, key);
            if (i.signum() < 0) {
                i = i.add(len);
            }
            if (i.signum() < 0 || i.compareTo(len) >= 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.IndexError, "range object index out of range");
            }
            return IntMath.normalize(item(self, i));
        }

        static BigInteger clamp(BigInteger v, BigInteger len, BigInteger lower, BigInteger upper) {
            if (v.signum() < 0) {
                v = v.add(len);
                return v.compareTo(lower) < 0 ? lower : v;
            }
            return v.compareTo(upper) > 0 ? upper : v;
        }
    }

    /** The index of int {@code v} in the range, or null. */
    @TruffleBoundary
    static BigInteger indexOf(PRange r, BigInteger v) {
        BigInteger st = start(r);
        BigInteger sp = step(r);
        BigInteger diff = v.subtract(st);
        BigInteger[] qr = diff.divideAndRemainder(sp);
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(length(r)) >= 0) {
            return null;
        }
        return qr[0];
    }

    static boolean isExactInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(PRange self, Object item) {
            if (isExactInt(item)) {
                return indexOf(self, PyInts.big(PyInts.asInt(item))) != null;
            }
            Object it = IterNode.doIt(self);
            for (Object v = ((PRangeIterator) it).next(null); v != null; v = ((PRangeIterator) it).next(null)) {
                if (SequenceSupport.itemEquals(v, item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "index", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PRange self, Object item) {
            if (isExactInt(item)) {
                BigInteger i = indexOf(self, PyInts.big(PyInts.asInt(item)));
                if (i != null) {
                    return IntMath.normalize(i);
                }
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "%s is not in range", PyObjectReprNode.repr(item));
            }
            long k = 0;
            Object it = IterNode.doIt(self);
            for (Object v = ((PRangeIterator) it).next(null); v != null; v = ((PRangeIterator) it).next(null), k++) {
                if (SequenceSupport.itemEquals(v, item)) {
                    return k;
                }
            }
            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "sequence.index(x): x not in sequence");
        }
    }

    @Builtin(name = "count", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PRange self, Object item) {
            if (isExactInt(item)) {
                return indexOf(self, PyInts.big(PyInts.asInt(item))) != null ? 1L : 0L;
            }
            long n = 0;
            Object it = IterNode.doIt(self);
            for (Object v = ((PRangeIterator) it).next(null); v != null; v = ((PRangeIterator) it).next(null)) {
                if (SequenceSupport.itemEquals(v, item)) {
                    n++;
                }
            }
            return n;
        }
    }

    @TruffleBoundary
    static Object[] key(PRange r) {
        BigInteger len = length(r);
        if (len.signum() == 0) {
            return new Object[]{0L, PNone.NONE, PNone.NONE};
        }
        if (len.equals(BigInteger.ONE)) {
            return new Object[]{1L, IntMath.normalize(start(r)), PNone.NONE};
        }
        return new Object[]{IntMath.normalize(len), IntMath.normalize(start(r)), IntMath.normalize(step(r))};
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PRange self, Object other) {
            if (!(other instanceof PRange o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return java.util.Arrays.equals(key(self), key(o));
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PRange self, Object other) {
            if (!(other instanceof PRange o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return !java.util.Arrays.equals(key(self), key(o));
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PRange self) {
            return PyObjectHashNode.hashTuple(key(self));
        }
    }

    @Builtin(name = "__reduce__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PRange self) {
            Object cls = GetClassNode.getPythonClassUncached(self);
            return new PTuple(new Object[]{cls, new PTuple(new Object[]{IntMath.normalize(start(self)), IntMath.normalize(stop(self)), IntMath.normalize(step(self))})});
        }
    }
}
