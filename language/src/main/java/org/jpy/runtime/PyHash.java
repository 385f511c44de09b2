package org.jpy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's numeric hash: integers, floats and bools that compare equal hash equal ({@code hash(1) ==
 * hash(1.0) == hash(True)}), computed modulo the Mersenne prime 2**61 - 1 exactly as CPython does, so
 * {@code hash(n)} gives CPython's values. Strings use a deterministic 64-bit mix of
 * {@link String#hashCode()} (CPython's string hashes are randomized per process anyway).
 */
public final class PyHash {
    public static final int BITS = 61;
    public static final long MODULUS = (1L << BITS) - 1;
    public static final long INF = 314159;

    private PyHash() {
    }

    public static long hashLong(long v) {
        if (v >= 0 && v < MODULUS) {
            return v;
        }
        if (v < 0 && v > -MODULUS) {
            return v == -1 ? -2 : v;
        }
        long r = v % MODULUS;
        return r == -1 ? -2 : r;
    }

    public static long hashBoolean(boolean b) {
        return b ? 1 : 0;
    }

    @TruffleBoundary
    public static long hashBigInteger(BigInteger v) {
        long r = v.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        if (v.signum() < 0) {
            r = -r;
        }
        return r == -1 ? -2 : r;
    }

    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == (long) v && Math.abs(v) < 9.0e18) {
            return hashLong((long) v);
        }
        return hashDoubleSlow(v);
    }

    @TruffleBoundary
    private static long hashDoubleSlow(double v) {
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        int e;
        double m;
        if (v == 0) {
            return 0;
        }
        int exp = Math.getExponent(v);
        if (exp == Double.MIN_EXPONENT - 1) { // subnormal
            double scaled = v * 0x1p54;
            exp = Math.getExponent(scaled) - 54;
            e = exp + 1;
            m = Math.scalb(v, -e);
        } else {
            e = exp + 1;
            m = Math.scalb(v, -e);
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    public static long hashString(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= (h >>> 29) ^ s.length();
        return h == -1 ? -2 : h;
    }

    /** {@code object.__hash__}: derived from identity, like CPython's {@code id >> 4} rotation. */
    public static long hashIdentity(Object o) {
        return System.identityHashCode(o);
    }
}
