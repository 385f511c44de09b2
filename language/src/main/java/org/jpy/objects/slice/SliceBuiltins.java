package org.jpy.objects.slice;

import java.math.BigInteger;
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
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.ints.IntMath;
import org.jpy.objects.ints.PyInts;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** The methods of {@code slice}: constructor, attributes, {@code indices()}, repr and comparisons. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PSlice)
public final class SliceBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return SliceBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object cls, Object args) {
            Object[] a = ((PTuple) args).getArray();
            return switch (a.length) {
                case 0 -> throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "slice expected at least 1 argument, got 0");
                case 1 -> new PSlice(PNone.NONE, a[0], PNone.NONE);
                case 2 -> new PSlice(a[0], a[1], PNone.NONE);
                case 3 -> new PSlice(a[0], a[1], a[2]);
                default -> throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "slice expected at most 3 arguments, got %d", a.length);
            };
        }
    }

    @Builtin(name = "start", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class StartNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSlice self, @SuppressWarnings("unused") Object v) {
            return self.getStart();
        }
    }

    @Builtin(name = "stop", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class StopNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSlice self, @SuppressWarnings("unused") Object v) {
            return self.getStop();
        }
    }

    @Builtin(name = "step", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class StepNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSlice self, @SuppressWarnings("unused") Object v) {
            return self.getStep();
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PSlice self) {
            return "slice(" + PyObjectReprNode.repr(self.getStart()) + ", " + PyObjectReprNode.repr(self.getStop()) + ", " + PyObjectReprNode.repr(self.getStep()) + ")";
        }
    }

    @Builtin(name = "indices", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IndicesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSlice self, Object length) {
            BigInteger len = PyInts.big(PyNumberIndexNode.indexUncached(length));
            if (len.signum() < 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "length should not be negative");
            }
            BigInteger step = self.getStep() == PNone.NONE ? BigInteger.ONE : idx(self.getStep());
            if (step.signum() == 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "slice step cannot be zero");
            }
            BigInteger lower = step.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
            BigInteger upper = step.signum() < 0 ? len.subtract(BigInteger.ONE) : len;
            BigInteger st = self.getStart() == PNone.NONE ? (step.signum() < 0 ? upper : lower) : clamp(idx(self.getStart()), len, lower, upper);
            BigInteger sp = self.getStop() == PNone.NONE ? (step.signum() < 0 ? lower : upper) : clamp(idx(self.getStop()), len, lower, upper);
            return new PTuple(new Object[]{IntMath.normalize(st), IntMath.normalize(sp), IntMath.normalize(step)});
        }

        BigInteger idx(Object o) {
            Object m = org.jpy.nodes.pyobject.GetClassNode.getPythonClassUncached(o).lookup("__index__");
            if (!(o instanceof Long) && !(o instanceof BigInteger) && !(o instanceof Boolean) && (m == PNone.NO_VALUE || m == PNone.NONE)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "slice indices must be integers or None or have an __index__ method");
            }
            return PyInts.big(PyNumberIndexNode.indexUncached(o));
        }

        static BigInteger clamp(BigInteger v, BigInteger len, BigInteger lower, BigInteger upper) {
            if (v.signum() < 0) {
                v = v.add(len);
                return v.compareTo(lower) < 0 ? lower : v;
            }
            return v.compareTo(upper) > 0 ? upper : v;
        }
    }

    static Object[] parts(PSlice s) {
        return new Object[]{s.getStart(), s.getStop(), s.getStep()};
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSlice self, Object other) {
            if (!(other instanceof PSlice o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(parts(self), 3, parts(o), 3, RichCmpOp.EQ);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSlice self, Object other) {
            if (!(other instanceof PSlice o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return SequenceSupport.compare(parts(self), 3, parts(o), 3, RichCmpOp.LT);
        }
    }
}
