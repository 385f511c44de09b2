package org.jpy.objects.ints;

import java.math.BigInteger;

import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.IntParser;

/**
 * Python int arithmetic on the two representations ({@code long} and {@link BigInteger}) with Python's semantics: floor
 * division and modulo rounding toward negative infinity, correctly rounded true division, {@code pow} with a modulus
 * (negative exponents mean the modular inverse), shifts, {@code to_bytes}/{@code from_bytes} and the numeric hash.
 * Results are normalized (a value that fits a long is a {@link Long}). The {@code long} methods are the fast paths the
 * builtin nodes specialize on; they throw {@link ArithmeticException} on overflow so the node can rewrite to the big path.
 */
public final class IntMath {
    private IntMath() {
    }

    /** CPython's hash modulus: {@code sys.hash_info.modulus}, the Mersenne prime 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    public static final long HASH_INF = 314159;
    public static final long HASH_IMAG = 1000003;

    public static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    public static BigInteger big(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        return (BigInteger) v;
    }

    public static Object normalize(BigInteger v) {
        return IntParser.normalize(v);
    }

    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw zeroDivision("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw new ArithmeticException();
        }
        return Math.floorDiv(a, b);
    }

    public static long floorMod(long a, long b) {
        if (b == 0) {
            throw zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    public static Object floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    public static Object floorMod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw zeroDivision("integer modulo by zero");
        }
        BigInteger r = a.mod(b.abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b);
        }
        return normalize(r);
    }

    /** {@code divmod(a, b)} for ints as a 2-element array. */
    public static Object[] divmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw zeroDivision("integer division or modulo by zero");
        }
        return new Object[]{floorDiv(a, b), floorMod(a, b)};
    }

    /** {@code a / b} for ints: correctly rounded. */
    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw zeroDivision("division by zero");
        }
        if (Math.abs(a) < (1L << 53) && Math.abs(b) < (1L << 53) && a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
            return (double) a / (double) b;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw zeroDivision("division by zero");
        }
        if (a.signum() == 0) {
            return b.signum() < 0 ? -0.0 : 0.0;
        }
        boolean negative = a.signum() != b.signum();
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            double r = x.doubleValue() / y.doubleValue();
            return negative ? -r : r;
        }
        int shift = x.bitLength() - y.bitLength() - 55;
        BigInteger[] qr = shift >= 0 ? x.divideAndRemainder(y.shiftLeft(shift)) : x.shiftLeft(-shift).divideAndRemainder(y);
        long q = qr[0].longValueExact();
        if (qr[1].signum() != 0) {
            q |= 1;
        }
        // q has 55 or 56 significant bits; the sticky bit makes the conversion to double round correctly.
        int exp = shift + 63 - Long.numberOfLeadingZeros(q);
        double r;
        if (exp > 1023) {
            throw FormatError.overflowError("integer division result too large for a float");
        } else if (exp < -1022) {
            // Subnormal result: round once, at the subnormal precision.
            int drop = -1074 - shift;
            if (drop >= 63) {
                r = 0.0;
            } else {
                long mant = q >> drop;
                long rem = q & ((1L << drop) - 1);
                long half = 1L << (drop - 1);
                if (rem > half || (rem == half && (mant & 1) == 1)) {
                    mant++;
                }
                r = Math.scalb((double) mant, -1074);
            }
        } else {
            r = Math.scalb((double) q, shift);
            if (Double.isInfinite(r)) {
                throw FormatError.overflowError("integer division result too large for a float");
            }
        }
        return negative ? -r : r;
    }

    /** {@code pow(a, b, m)}; {@code m} may be null. Negative {@code b} with a modulus computes the inverse. */
    public static Object powMod(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) {
            throw FormatError.valueError("pow() 3rd argument cannot be 0");
        }
        boolean negMod = m.signum() < 0;
        BigInteger mm = m.abs();
        BigInteger base = a;
        BigInteger exp = b;
        if (exp.signum() < 0) {
            try {
                base = base.mod(mm).modInverse(mm);
            } catch (ArithmeticException e) {
                throw FormatError.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = mm.equals(BigInteger.ONE) ? BigInteger.ZERO : base.mod(mm).modPow(exp, mm);
        if (negMod && r.signum() != 0) {
            r = r.subtract(mm);
        }
        return normalize(r);
    }

    /** {@code a ** b} for {@code b >= 0} (the caller turns negative exponents into float pow). */
    public static Object pow(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            return 1L;
        }
        if (a.signum() == 0 || a.equals(BigInteger.ONE)) {
            return normalize(a);
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return b.testBit(0) ? -1L : 1L;
        }
        if (b.bitLength() > 31) {
            throw new FormatError(FormatError.Kind.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return normalize(a.pow(b.intValueExact()));
    }

    public static long powExact(long a, long b) {
        if (b < 0) {
            throw new IllegalArgumentException();
        }
        long result = 1;
        long base = a;
        long e = b;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            e >>= 1;
            if (e != 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    public static Object lshift(BigInteger a, long n) {
        if (n < 0) {
            throw FormatError.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return 0L;
        }
        if (n > Integer.MAX_VALUE) {
            throw FormatError.overflowError("too many digits in integer");
        }
        return normalize(a.shiftLeft((int) n));
    }

    public static Object rshift(BigInteger a, long n) {
        if (n < 0) {
            throw FormatError.valueError("negative shift count");
        }
        if (n > Integer.MAX_VALUE) {
            return a.signum() < 0 ? -1L : 0L;
        }
        return normalize(a.shiftRight((int) n));
    }

    public static long bitLength(BigInteger a) {
        return a.abs().bitLength();
    }

    public static long bitCount(BigInteger a) {
        return a.abs().bitCount();
    }

    /** {@code int.to_bytes(length, byteorder, signed=...)}. */
    public static byte[] toBytes(BigInteger v, long length, boolean little, boolean signed) {
        if (length < 0) {
            throw FormatError.valueError("length argument must be non-negative");
        }
        if (!signed && v.signum() < 0) {
            throw FormatError.overflowError("can't convert negative int to unsigned");
        }
        int needed = signed ? v.bitLength() + 1 : v.bitLength();
        if (needed > length * 8L && !(v.signum() == 0) && !(length == 0 && v.equals(BigInteger.ONE.negate()))) {
            throw FormatError.overflowError("int too big to convert");
        }
        if (length == 0) {
            return new byte[0];
        }
        byte[] be = v.toByteArray(); // two's complement, big-endian, minimal
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = be.length - 1 - i;
            byte b = src >= 0 ? be[src] : fill;
            out[little ? i : (int) length - 1 - i] = b;
        }
        return out;
    }

    /** {@code int.from_bytes(bytes, byteorder, signed=...)}. */
    public static Object fromBytes(byte[] bytes, int len, boolean little, boolean signed) {
        if (len == 0) {
            return 0L;
        }
        byte[] be = new byte[len + 1];
        for (int i = 0; i < len; i++) {
            be[i + 1] = bytes[little ? len - 1 - i : i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * len));
        }
        return normalize(v);
    }

    public static long hash(long v) {
        if (v == Long.MIN_VALUE) {
            return hash(BigInteger.valueOf(v));
        }
        long h = Math.abs(v) % HASH_MODULUS;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public static long hash(BigInteger v) {
        long h = v.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public static FormatError zeroDivision(String message) {
        return new FormatError(FormatError.Kind.ZeroDivisionError, message);
    }
}
