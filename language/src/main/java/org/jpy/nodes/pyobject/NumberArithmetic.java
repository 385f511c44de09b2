package org.jpy.nodes.pyobject;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNotImplemented;
import org.jpy.objects.complex.PComplex;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Python arithmetic on the JVM-represented numbers ({@code Long}, {@code BigInteger}, {@code Boolean} as int,
 * {@code Double}): CPython's results and error messages (floor division and modulo round toward negative
 * infinity, {@code int / int} is correctly rounded, {@code int ** negative} is a float, a negative float to a
 * fractional power is complex). Returns {@link PNotImplemented#NOT_IMPLEMENTED} when an operand is not such a
 * number. Results are normalized ({@code BigInteger} only when the value does not fit a {@code long}).
 */
public final class NumberArithmetic {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private NumberArithmetic() {
    }

    public static Object normalize(BigInteger v) {
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }

    private static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    private static BigInteger big(Object o) {
        return NumericCompare.toBigInteger(o);
    }

    private static long lng(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : (Long) o;
    }

    private static boolean fitsLong(Object o) {
        return o instanceof Long || o instanceof Boolean;
    }

    /** int → float conversion with CPython's OverflowError. */
    public static double toDouble(Node node, Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double d = ((BigInteger) o).doubleValue();
        if (Double.isInfinite(d)) {
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "int too large to convert to float");
        }
        return d;
    }

    @TruffleBoundary
    public static Object binary(Node node, BinaryOp op, Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return intOp(node, op, a, b);
        }
        if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
            return floatOp(node, op, toDouble(node, a), toDouble(node, b));
        }
        return PNotImplemented.NOT_IMPLEMENTED;
    }

    private static Object intOp(Node node, BinaryOp op, Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = lng(a);
            long y = lng(b);
            if (a instanceof Boolean ba && b instanceof Boolean bb) {
                switch (op) {
                    case AND:
                        return ba & bb;
                    case OR:
                        return ba | bb;
                    case XOR:
                        return ba ^ bb;
                    default:
                        break;
                }
            }
            try {
                switch (op) {
                    case ADD:
                        return Math.addExact(x, y);
                    case SUB:
                        return Math.subtractExact(x, y);
                    case MUL:
                        return Math.multiplyExact(x, y);
                    case FLOORDIV:
                        if (y == 0) {
                            throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "integer division or modulo by zero");
                        }
                        if (x == Long.MIN_VALUE && y == -1) {
                            break;
                        }
                        return Math.floorDiv(x, y);
                    case MOD:
                        if (y == 0) {
                            throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "integer modulo by zero");
                        }
                        if (y == -1) {
                            return 0L;
                        }
                        return Math.floorMod(x, y);
                    case AND:
                        return x & y;
                    case OR:
                        return x | y;
                    case XOR:
                        return x ^ y;
                    case RSHIFT:
                        if (y < 0) {
                            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "negative shift count");
                        }
                        return x >> Math.min(y, 63);
                    case LSHIFT:
                        if (y < 0) {
                            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "negative shift count");
                        }
                        if (y < 63 && x == ((x << y) >> y)) {
                            return x << y;
                        }
                        break;
                    case TRUEDIV:
                        if (y == 0) {
                            throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "division by zero");
                        }
                        if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                            return (double) x / (double) y;
                        }
                        break;
                    default:
                        break;
                }
            } catch (ArithmeticException e) {
                // overflow: fall through to BigInteger
            }
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        switch (op) {
            case ADD:
                return normalize(x.add(y));
            case SUB:
                return normalize(x.subtract(y));
            case MUL:
                return normalize(x.multiply(y));
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "integer division or modulo by zero");
                }
                return normalize(floorDiv(x, y));
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "integer modulo by zero");
                }
                return normalize(floorMod(x, y));
            }
            case DIVMOD: {
                if (y.signum() == 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "integer division or modulo by zero");
                }
                return new org.jpy.objects.tuple.PTuple(new Object[]{normalize(floorDiv(x, y)), normalize(floorMod(x, y))});
            }
            case TRUEDIV:
                if (y.signum() == 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "division by zero");
                }
                return trueDivide(node, x, y);
            case AND:
                return normalize(x.and(y));
            case OR:
                return normalize(x.or(y));
            case XOR:
                return normalize(x.xor(y));
            case LSHIFT: {
                if (y.signum() < 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "negative shift count");
                }
                if (x.signum() == 0) {
                    return 0L;
                }
                if (y.bitLength() > 31) {
                    throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "too many digits in integer");
                }
                return normalize(x.shiftLeft(y.intValue()));
            }
            case RSHIFT: {
                if (y.signum() < 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "negative shift count");
                }
                if (y.bitLength() > 31) {
                    return x.signum() < 0 ? -1L : 0L;
                }
                return normalize(x.shiftRight(y.intValue()));
            }
            case POW:
                return intPow(node, x, y);
            default:
                return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static BigInteger floorMod(BigInteger x, BigInteger y) {
        BigInteger r = x.mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return r;
    }

    private static Object trueDivide(Node node, BigInteger x, BigInteger y) {
        BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), new java.math.MathContext(40, RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "integer division result too large for a float");
        }
        return d;
    }

    private static Object intPow(Node node, BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            double base = toDouble(node, normalize(x));
            if (base == 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "0.0 cannot be raised to a negative power");
            }
            return floatOp(node, BinaryOp.POW, base, toDouble(node, normalize(y)));
        }
        if (x.equals(BigInteger.ONE) || y.signum() == 0) {
            return 1L;
        }
        if (x.signum() == 0) {
            return 0L;
        }
        if (x.equals(BigInteger.ONE.negate())) {
            return y.testBit(0) ? -1L : 1L;
        }
        if (y.bitLength() > 31) {
            throw PRaise.raise(node, PythonBuiltinClassType.MemoryError);
        }
        return normalize(x.pow(y.intValue()));
    }

    private static Object floatOp(Node node, BinaryOp op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "float floor division by zero");
                }
                return floatDivmod(x, y)[0];
            case MOD:
                if (y == 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "float modulo");
                }
                return floatDivmod(x, y)[1];
            case DIVMOD: {
                if (y == 0) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "float divmod()");
                }
                double[] qr = floatDivmod(x, y);
                return new org.jpy.objects.tuple.PTuple(new Object[]{qr[0], qr[1]});
            }
            case POW:
                return floatPow(node, x, y);
            default:
                return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** CPython's float_divmod. */
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    private static Object floatPow(Node node, double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.floor(y)) {
            // negative base, fractional exponent: complex result
            double r = Math.pow(-x, y);
            double phase = Math.PI * y;
            return new PComplex(r * Math.cos(phase), r * Math.sin(phase));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "(34, 'Numerical result out of range')");
        }
        return r;
    }
}
