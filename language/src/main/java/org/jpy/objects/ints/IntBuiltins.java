package org.jpy.objects.ints;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
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
import org.jpy.nodes.pyobject.BinaryOp;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.NumberArithmetic;
import org.jpy.nodes.pyobject.NumericCompare;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PyHash;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.IntFormatter;
import org.jpy.runtime.formatting.Raise;

/**
 * The methods of {@code int} ({@code Objects/longobject.c}). Receivers are {@code Long}, {@code BigInteger},
 * {@code Boolean} or instances of int subclasses ({@link PyInts#asInt}). The operator dunders compute through
 * {@link NumberArithmetic}, the same code the abstract API's fast paths use, so {@code int.__add__(a, b)} and
 * {@code a + b} cannot disagree; they return {@code NotImplemented} for non-int operands (even floats), as CPython does.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PInt)
public final class IntBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return IntBuiltinsFactory.getFactories();
    }

    @TruffleBoundary
    static Object arith(Node node, BinaryOp op, Object self, Object other, boolean reflected) {
        Object a = PyInts.asInt(self);
        Object b = PyInts.asInt(other);
        if (a == null || b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        return reflected ? NumberArithmetic.binary(node, op, b, a) : NumberArithmetic.binary(node, op, a, b);
    }

    @TruffleBoundary
    static Object compare(RichCmpOp op, Object self, Object other) {
        Object a = PyInts.asInt(self);
        Object b = PyInts.asInt(other);
        if (a == null || b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        return NumericCompare.compare(a, b, op);
    }

    static Object self(Node node, Object self) {
        Object v = PyInts.asInt(self);
        if (v == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'int' object but received a '%T'", self);
        }
        return v;
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls", "$x", "base"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, Object x, Object base) {
            Object v;
            if (base == PNone.NO_VALUE) {
                v = x == PNone.NO_VALUE ? (Object) 0L : PyInts.intFromObject(this, x);
            } else {
                if (x == PNone.NO_VALUE) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "int() missing string argument");
                }
                long b = PyNumberIndexNode.asSize(this, base, null);
                v = PyInts.intFromObjectWithBase(this, x, b);
            }
            return PyInts.wrap(cls, v);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static String doLong(long self) {
            return Long.toString(self);
        }

        @Specialization
        static String doBool(boolean self) {
            return self ? "True" : "False";
        }

        @Fallback
        Object doIt(Object self) {
            return PyInts.toStr(this, self(this, self));
        }
    }

    @Builtin(name = "__format__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$format_spec"})
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "format() argument 2 must be str, not %T", spec);
            }
            return format(this, self, s);
        }

        @TruffleBoundary
        static String format(Node node, Object self, String spec) {
            Object v = self(node, self);
            if (spec.isEmpty() && self instanceof Boolean b) {
                return b ? "True" : "False";
            }
            try {
                String typeName = GetClassNode.getPythonClassUncached(self).getName();
                return IntFormatter.format(PyInts.big(v), spec, typeName, PyInts.maxStrDigits);
            } catch (FormatError e) {
                throw Raise.of(node, e);
            }
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doLong(long self) {
            return PyHash.hashLong(self);
        }

        @Fallback
        long doIt(Object self) {
            Object v = self(this, self);
            return v instanceof Long l ? PyHash.hashLong(l) : PyHash.hashBigInteger((BigInteger) v);
        }
    }

    @Builtin(name = "__bool__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doLong(long self) {
            return self != 0;
        }

        @Fallback
        boolean doIt(Object self) {
            Object v = self(this, self);
            return v instanceof Long l ? l != 0 : ((BigInteger) v).signum() != 0;
        }
    }

    @Builtin(name = "__index__", minNumOfPositionalArgs = 1)
    @Builtin(name = "__int__", minNumOfPositionalArgs = 1)
    @Builtin(name = "__trunc__", minNumOfPositionalArgs = 1)
    @Builtin(name = "__floor__", minNumOfPositionalArgs = 1)
    @Builtin(name = "__ceil__", minNumOfPositionalArgs = 1)
    @Builtin(name = "conjugate", minNumOfPositionalArgs = 1)
    @Builtin(name = "__pos__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IntValueNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doLong(long self) {
            return self;
        }

        @Fallback
        Object doIt(Object self) {
            return self(this, self);
        }
    }

    @Builtin(name = "real", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @Builtin(name = "numerator", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class RealNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, @SuppressWarnings("unused") Object value) {
            return self(this, self);
        }
    }

    @Builtin(name = "imag", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class ImagNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object value) {
            return 0L;
        }
    }

    @Builtin(name = "denominator", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class DenominatorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object value) {
            return 1L;
        }
    }

    @Builtin(name = "__float__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class FloatNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doLong(long self) {
            return self;
        }

        @Fallback
        Object doIt(Object self) {
            return NumberArithmetic.toDouble(this, self(this, self));
        }
    }

    @Builtin(name = "__neg__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long self) {
            return Math.negateExact(self);
        }

        @Fallback
        @TruffleBoundary
        Object doIt(Object self) {
            return IntMath.normalize(PyInts.big(self(this, self)).negate());
        }
    }

    @Builtin(name = "__abs__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long self) {
            return Math.absExact(self);
        }

        @Fallback
        @TruffleBoundary
        Object doIt(Object self) {
            return IntMath.normalize(PyInts.big(self(this, self)).abs());
        }
    }

    @Builtin(name = "__invert__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class InvertNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doLong(long self) {
            return ~self;
        }

        @Fallback
        @TruffleBoundary
        Object doIt(Object self) {
            return IntMath.normalize(PyInts.big(self(this, self)).not());
        }
    }

    @Builtin(name = "__add__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.ADD, self, other, false);
        }
    }

    @Builtin(name = "__radd__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.ADD, self, other, true);
        }
    }

    @Builtin(name = "__sub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.SUB, self, other, false);
        }
    }

    @Builtin(name = "__rsub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RSubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.SUB, self, other, true);
        }
    }

    @Builtin(name = "__mul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.MUL, self, other, false);
        }
    }

    @Builtin(name = "__rmul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.MUL, self, other, true);
        }
    }

    @Builtin(name = "__floordiv__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class FloordivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.FLOORDIV, self, other, false);
        }
    }

    @Builtin(name = "__rfloordiv__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RFloordivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.FLOORDIV, self, other, true);
        }
    }

    @Builtin(name = "__truediv__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class TruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.TRUEDIV, self, other, false);
        }
    }

    @Builtin(name = "__rtruediv__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RTruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.TRUEDIV, self, other, true);
        }
    }

    @Builtin(name = "__mod__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.MOD, self, other, false);
        }
    }

    @Builtin(name = "__rmod__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RModNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.MOD, self, other, true);
        }
    }

    @Builtin(name = "__divmod__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class DivmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.DIVMOD, self, other, false);
        }
    }

    @Builtin(name = "__rdivmod__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RDivmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.DIVMOD, self, other, true);
        }
    }

    @Builtin(name = "__lshift__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.LSHIFT, self, other, false);
        }
    }

    @Builtin(name = "__rlshift__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RLshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.LSHIFT, self, other, true);
        }
    }

    @Builtin(name = "__rshift__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.RSHIFT, self, other, false);
        }
    }

    @Builtin(name = "__rrshift__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RRshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.RSHIFT, self, other, true);
        }
    }

    @Builtin(name = "__and__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AndNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.AND, self, other, false);
        }
    }

    @Builtin(name = "__rand__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RAndNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.AND, self, other, true);
        }
    }

    @Builtin(name = "__or__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.OR, self, other, false);
        }
    }

    @Builtin(name = "__ror__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.OR, self, other, true);
        }
    }

    @Builtin(name = "__xor__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class XorNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.XOR, self, other, false);
        }
    }

    @Builtin(name = "__rxor__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RXorNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, BinaryOp.XOR, self, other, true);
        }
    }
    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doLong(long self, long other) {
            return RichCmpOp.EQ.test(Long.compare(self, other));
        }

        @Fallback
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doLong(long self, long other) {
            return RichCmpOp.NE.test(Long.compare(self, other));
        }

        @Fallback
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doLong(long self, long other) {
            return RichCmpOp.LT.test(Long.compare(self, other));
        }

        @Fallback
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.LT, self, other);
        }
    }

    @Builtin(name = "__le__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doLong(long self, long other) {
            return RichCmpOp.LE.test(Long.compare(self, other));
        }

        @Fallback
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doLong(long self, long other) {
            return RichCmpOp.GT.test(Long.compare(self, other));
        }

        @Fallback
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doLong(long self, long other) {
            return RichCmpOp.GE.test(Long.compare(self, other));
        }

        @Fallback
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.GE, self, other);
        }
    }

    @Builtin(name = "__pow__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value", "$mod"})
    @GenerateNodeFactory
    abstract static class PowNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other, Object mod) {
            return pow(this, self, other, mod);
        }

        @TruffleBoundary
        static Object pow(Node node, Object self, Object other, Object mod) {
            Object a = PyInts.asInt(self);
            Object b = PyInts.asInt(other);
            if (a == null || b == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            if (mod == PNone.NO_VALUE || mod == PNone.NONE) {
                return NumberArithmetic.binary(node, BinaryOp.POW, a, b);
            }
            Object m = PyInts.asInt(mod);
            if (m == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            try {
                return IntMath.powMod(PyInts.big(a), PyInts.big(b), PyInts.big(m));
            } catch (FormatError e) {
                throw Raise.of(node, e);
            }
        }
    }

    @Builtin(name = "__rpow__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value", "$mod"})
    @GenerateNodeFactory
    abstract static class RPowNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other, Object mod) {
            return PowNode.pow(this, other, self, mod);
        }
    }

    @Builtin(name = "bit_length", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class BitLengthNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doLong(long self) {
            return self == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(self));
        }

        @Fallback
        @TruffleBoundary
        Object doIt(Object self) {
            return IntMath.bitLength(PyInts.big(self(this, self)));
        }
    }

    @Builtin(name = "bit_count", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class BitCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            return IntMath.bitCount(PyInts.big(self(this, self)));
        }
    }

    @Builtin(name = "as_integer_ratio", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return new PTuple(new Object[]{self(this, self), 1L});
        }
    }

    @Builtin(name = "is_integer", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(@SuppressWarnings("unused") Object self) {
            return true;
        }
    }

    @Builtin(name = "__getnewargs__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return new PTuple(new Object[]{self(this, self)});
        }
    }

    @Builtin(name = "__sizeof__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class SizeofNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            BigInteger v = PyInts.big(self(this, self));
            long digits = Math.max(1, (v.abs().bitLength() + 29) / 30);
            return 24L + 4L * digits;
        }
    }

    @Builtin(name = "__round__", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$ndigits"})
    @GenerateNodeFactory
    abstract static class RoundNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object ndigits) {
            Object v = self(this, self);
            if (ndigits == PNone.NO_VALUE || ndigits == PNone.NONE) {
                return v;
            }
            Object nd = PyNumberIndexNode.indexUncached(ndigits);
            if (PyInts.big(nd).signum() >= 0) {
                return v;
            }
            // round half to even at 10**-ndigits
            BigInteger pow = BigInteger.TEN.pow(PyInts.big(nd).negate().min(BigInteger.valueOf(100000)).intValue());
            BigInteger x = PyInts.big(v);
            BigInteger[] qr = x.divideAndRemainder(pow);
            BigInteger q = qr[0];
            BigInteger r = qr[1];
            if (r.signum() < 0) {
                q = q.subtract(BigInteger.ONE);
                r = r.add(pow);
            }
            int c = r.shiftLeft(1).compareTo(pow);
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return IntMath.normalize(q.multiply(pow));
        }
    }

    @Builtin(name = "to_bytes", minNumOfPositionalArgs = 1, parameterNames = {"$self", "length", "byteorder"}, keywordOnlyNames = {"signed"})
    @GenerateNodeFactory
    abstract static class ToBytesNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object length, Object byteorder, Object signed) {
            Object v = self(this, self);
            long len = length == PNone.NO_VALUE ? 1 : PyNumberIndexNode.asSize(this, length, PythonBuiltinClassType.OverflowError);
            boolean little = byteOrder(this, byteorder);
            boolean sgn = signed != PNone.NO_VALUE && org.jpy.nodes.pyobject.PyObjectIsTrueNode.isTrue(signed);
            try {
                return new PBytes(IntMath.toBytes(PyInts.big(v), len, little, sgn));
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    static boolean byteOrder(Node node, Object byteorder) {
        if (byteorder == PNone.NO_VALUE) {
            return false;
        }
        if (!(byteorder instanceof String s)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "to_bytes() argument 'byteorder' must be str, not %T", byteorder);
        }
        if (s.equals("little")) {
            return true;
        }
        if (s.equals("big")) {
            return false;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "byteorder must be either 'little' or 'big'");
    }

    @Builtin(name = "from_bytes", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "bytes", "byteorder"}, keywordOnlyNames = {"signed"}, isClassmethod = true)
    @GenerateNodeFactory
    abstract static class FromBytesNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object bytes, Object byteorder, Object signed) {
            byte[] b;
            if (bytes instanceof PBytes pb) {
                b = pb.getBytes();
            } else if (bytes instanceof PByteArray ba) {
                b = ba.toBytes();
            } else {
                b = org.jpy.objects.bytes.BytesConstruct.fromObject(this, bytes, false);
            }
            boolean little = byteOrder(this, byteorder);
            boolean sgn = signed != PNone.NO_VALUE && org.jpy.nodes.pyobject.PyObjectIsTrueNode.isTrue(signed);
            Object v = IntMath.fromBytes(b, b.length, little, sgn);
            if (cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PInt) {
                return v;
            }
            return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(cls, v);
        }
    }
}
