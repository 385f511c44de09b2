package org.jpy.objects.floats;

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
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.BinaryOp;
import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.NumberArithmetic;
import org.jpy.nodes.pyobject.NumericCompare;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.ints.PyInts;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PyHash;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.formatting.FloatFormatter;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.Raise;
import org.jpy.runtime.formatting.StrRepr;

/**
 * The methods of {@code float} ({@code Objects/floatobject.c}). Receivers are {@code Double} or float-subclass
 * instances; the other operand may be a float or an int (converted exactly as the abstract API's fast path does, through
 * {@link NumberArithmetic}), anything else gives {@code NotImplemented}.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PFloat)
public final class FloatBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return FloatBuiltinsFactory.getFactories();
    }

    /** The float value of a float or float-subclass instance, else null. */
    public static Double asFloat(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof PythonObject po && !(o instanceof PythonClass) && po.getBuiltinValue() instanceof Double d) {
            return d;
        }
        return null;
    }

    /** A float or int operand as a Java number for the shared arithmetic, else null. */
    static Object operand(Object o) {
        Double d = asFloat(o);
        if (d != null) {
            return d;
        }
        return PyInts.asInt(o);
    }

    static double self(Node node, Object self) {
        Double d = asFloat(self);
        if (d == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'float' object but received a '%T'", self);
        }
        return d;
    }

    @TruffleBoundary
    static Object arith(Node node, BinaryOp op, Object self, Object other, boolean reflected) {
        Double a = asFloat(self);
        Object b = operand(other);
        if (a == null || b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        double bd = NumberArithmetic.toDouble(node, b);
        return reflected ? NumberArithmetic.binary(node, op, bd, a) : NumberArithmetic.binary(node, op, a, bd);
    }

    @TruffleBoundary
    static Object compare(RichCmpOp op, Object self, Object other) {
        Double a = asFloat(self);
        Object b = operand(other);
        if (a == null || b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        return NumericCompare.compare(a, b, op);
    }

    public static Object wrap(Object cls, double value) {
        if (cls == PythonBuiltinClassType.PFloat || cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PFloat) {
            return value;
        }
        PythonObject o = new PythonObject(cls);
        o.setBuiltinValue(value);
        return o;
    }

    /** {@code float(x)}. */
    @TruffleBoundary
    public static double floatFromObject(Node node, Object x) {
        Double d = asFloat(x);
        if (d != null && !(x instanceof PythonObject)) {
            return d;
        }
        Object v = x instanceof PythonObject po && !(x instanceof PBytes) && !(x instanceof PByteArray) && po.getBuiltinValue() instanceof String s ? s : x;
        if (v instanceof String s) {
            try {
                return FloatMath.parse(s, StrRepr.repr(s));
            } catch (FormatError e) {
                throw Raise.of(node, e);
            }
        }
        if (v instanceof PBytes || v instanceof PByteArray) {
            byte[] b = v instanceof PBytes pb ? pb.getBytes() : ((PByteArray) v).toBytes();
            String r = StrRepr.reprBytes(b, b.length);
            try {
                return FloatMath.parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), v instanceof PByteArray ? "bytearray(" + r + ")" : r);
            } catch (FormatError e) {
                throw Raise.of(node, e);
            }
        }
        PythonClass type = GetClassNode.getPythonClassUncached(x);
        Object m = type.lookup("__float__");
        if (m != PNone.NO_VALUE && m != PNone.NONE) {
            Object r = CallFunctionNode.callMethodUncached(m, x, new Object[0]);
            Double rd = asFloat(r);
            if (rd == null) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s.__float__ returned non-float (type %T)", type.getName(), r);
            }
            return rd;
        }
        if (d != null) {
            return d;
        }
        Object i = PyInts.asInt(x);
        if (i == null) {
            Object idx = type.lookup("__index__");
            if (idx != PNone.NO_VALUE && idx != PNone.NONE) {
                i = PyNumberIndexNode.indexUncached(x);
            }
        }
        if (i != null) {
            return NumberArithmetic.toDouble(node, i);
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "float() argument must be a string or a real number, not '%s'", type.getName());
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls", "$x"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, Object x) {
            double v = x == PNone.NO_VALUE ? 0.0 : floatFromObject(this, x);
            return wrap(cls, v);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static String doDouble(double self) {
            return FloatFormatter.repr(self);
        }

        @Fallback
        String doIt(Object self) {
            return doDouble(self(this, self));
        }
    }

    @Builtin(name = "__format__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$format_spec"})
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "format() argument 2 must be str, not %T", spec);
            }
            try {
                if (s.isEmpty()) {
                    return org.jpy.nodes.pyobject.PyObjectStrNode.str(self);
                }
                return FloatFormatter.format(self(this, self), org.jpy.runtime.formatting.FormatSpec.parse(s, GetClassNode.getPythonClassUncached(self).getName(), '>'),
                                GetClassNode.getPythonClassUncached(self).getName());
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object self) {
            double d = self(this, self);
            if (Double.isNaN(d)) {
                return PyHash.hashIdentity(self);
            }
            return PyHash.hashDouble(d);
        }
    }

    @Builtin(name = "__bool__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object self) {
            return self(this, self) != 0.0;
        }
    }

    @Builtin(name = "__float__", minNumOfPositionalArgs = 1)
    @Builtin(name = "__pos__", minNumOfPositionalArgs = 1)
    @Builtin(name = "conjugate", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class FloatValueNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(Object self) {
            return self(this, self);
        }
    }

    @Builtin(name = "real", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class RealNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object self, @SuppressWarnings("unused") Object value) {
            return self(this, self);
        }
    }

    @Builtin(name = "imag", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class ImagNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object value) {
            return 0.0;
        }
    }

    @Builtin(name = "__neg__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(Object self) {
            return -self(this, self);
        }
    }

    @Builtin(name = "__abs__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(Object self) {
            return Math.abs(self(this, self));
        }
    }

    @Builtin(name = "__int__", minNumOfPositionalArgs = 1)
    @Builtin(name = "__trunc__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IntNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return PyInts.floatToInt(this, self(this, self));
        }
    }

    @Builtin(name = "__floor__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class FloorNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return PyInts.floatToInt(this, Math.floor(self(this, self)));
        }
    }

    @Builtin(name = "__ceil__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CeilNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return PyInts.floatToInt(this, Math.ceil(self(this, self)));
        }
    }

    @Builtin(name = "__round__", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$ndigits"})
    @GenerateNodeFactory
    abstract static class RoundNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object ndigits) {
            double d = self(this, self);
            try {
                if (ndigits == PNone.NO_VALUE || ndigits == PNone.NONE) {
                    return FloatMath.roundToInt(d);
                }
                long n = PyNumberIndexNode.asSize(this, ndigits, null);
                return FloatMath.round(d, n);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "is_integer", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object self) {
            return FloatMath.isInteger(self(this, self));
        }
    }

    @Builtin(name = "as_integer_ratio", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            try {
                return new PTuple(FloatMath.asIntegerRatio(self(this, self)));
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "hex", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HexNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            return FloatMath.toHex(self(this, self));
        }
    }

    @Builtin(name = "fromhex", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "$string"}, isClassmethod = true)
    @GenerateNodeFactory
    abstract static class FromHexNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object string) {
            if (!(string instanceof String s)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "fromhex() argument must be str, not %T", string);
            }
            double d;
            try {
                d = FloatMath.fromHex(s);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
            if (cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PFloat) {
                return d;
            }
            return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(cls, d);
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

    @Builtin(name = "__getformat__", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "$typestr"}, isClassmethod = true)
    @GenerateNodeFactory
    abstract static class GetFormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object cls, Object typestr) {
            if (!"double".equals(typestr) && !"float".equals(typestr)) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian";
        }
    }

    @Builtin(name = "__add__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doDouble(double self, double other) {
            return self + other;
        }

        @Fallback
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
        static double doDouble(double self, double other) {
            return self - other;
        }

        @Fallback
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
        static double doDouble(double self, double other) {
            return self * other;
        }

        @Fallback
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
    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.LT, self, other);
        }
    }

    @Builtin(name = "__le__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(RichCmpOp.GE, self, other);
        }
    }

    @Builtin(name = "__pow__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value", "$mod"})
    @GenerateNodeFactory
    abstract static class PowNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other, Object mod) {
            if (mod != PNone.NO_VALUE && mod != PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            return arith(this, BinaryOp.POW, self, other, false);
        }
    }

    @Builtin(name = "__rpow__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value", "$mod"})
    @GenerateNodeFactory
    abstract static class RPowNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other, Object mod) {
            if (mod != PNone.NO_VALUE && mod != PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            return arith(this, BinaryOp.POW, self, other, true);
        }
    }
}
