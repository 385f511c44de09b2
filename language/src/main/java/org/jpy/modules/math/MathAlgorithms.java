package org.jpy.modules.math;

import java.math.BigInteger;

/**
 * The exact algorithms behind {@code math} that are not one libm call: {@code fsum} (Shewchuk's exact partial sums,
 * rounded once, with CPython's handling of infinities, NaNs and intermediate overflow), logarithms of integers too
 * large for a double (mantissa and exponent taken separately, as CPython does), and the integer functions
 * {@code isqrt}, {@code comb}, {@code perm}, {@code factorial}. Errors are reported as {@link MathError} values that
 * the module turns into CPython's exceptions and messages.
 */
public final class MathAlgorithms {
    private MathAlgorithms() {
    }

    /** A domain or range error: the module raises {@code ValueError}/{@code OverflowError} with this message. */
    public static final class MathError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final boolean overflow;

        public MathError(boolean overflow, String message) {
            super(message, null, false, false);
            this.overflow = overflow;
        }
    }

    /** Accumulates {@code math.fsum}'s exact partial sums; feed with {@link #add}, finish with {@link #result}. */
    public static final class Fsum {
        private double[] partials = new double[32];
        private int n;
        private double specialSum;
        private double infSum;

        public void add(double x) {
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // a nonfinite x could arise either from an intermediate overflow or from a nonfinite input
                    if (Double.isFinite(xsave)) {
                        throw new MathError(true, "intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }

        public double result() {
            if (specialSum != 0.0) {
                if (Double.isNaN(infSum)) {
                    throw new MathError(false, "-inf + inf in fsum");
                }
                return specialSum;
            }
            double hi = 0.0;
            if (n > 0) {
                int k = n;
                hi = partials[--k];
                double lo = 0;
                while (k > 0) {
                    double x = hi;
                    double y = partials[--k];
                    hi = x + y;
                    double yr = hi - x;
                    lo = y - yr;
                    if (lo != 0.0) {
                        break;
                    }
                }
                // round half-even correctly when the remaining partials say the exact sum is past the halfway point
                if (k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0))) {
                    double y = lo * 2.0;
                    double x = hi + y;
                    double yr = x - hi;
                    if (y == yr) {
                        hi = x;
                    }
                }
            }
            return hi;
        }
    }

    /**
     * {@code value} as {@code mantissa * 2**exponent} with the mantissa in [0.5, 1) rounded half-even to 53 bits
     * (CPython's {@code _PyLong_Frexp}); {@code value} must be positive.
     */
    public static double frexpMantissa(BigInteger value, long[] exponentOut) {
        int bits = value.bitLength();
        if (bits <= 53) {
            exponentOut[0] = bits;
            return value.doubleValue() / Math.scalb(1.0, bits);
        }
        int shift = bits - 55;
        BigInteger top = value.shiftRight(shift);
        long t = top.longValue();
        if (value.getLowestSetBit() < shift) {
            t |= 1; // sticky bit
        }
        // t has 55 bits; round to 53 half-even via double conversion of an exact 55-bit value scaled down
        double m = (double) t; // exact rounding of a 55-bit integer to 53 bits is round-half-even in Java
        exponentOut[0] = bits;
        return m / Math.scalb(1.0, 55);
    }

    /** {@code math.log}/{@code log2}/{@code log10} of a positive integer too large for a double. */
    public static double logOfBig(BigInteger value, int which) {
        long[] e = new long[1];
        double m = frexpMantissa(value, e);
        switch (which) {
            case 2:
                return log2(m) + e[0];
            case 10:
                return Math.log10(m) + e[0] * Math.log10(2.0);
            default:
                return Math.log(m) + e[0] * Math.log(2.0);
        }
    }

    /** {@code math.log2} of a double, exact for powers of two (domain checks are the caller's). */
    public static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x) / LN2;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
        }
        double m = x / Math.scalb(1.0, Math.getExponent(x));
        if (m == 1.0) {
            return e;
        }
        return e + Math.log(m) / LN2;
    }

    private static final double LN2 = Math.log(2.0);

    public static BigInteger isqrt(BigInteger n) {
        if (n.signum() < 0) {
            throw new MathError(false, "isqrt() argument must be nonnegative");
        }
        return n.sqrt();
    }

    public static BigInteger factorial(long n) {
        if (n < 0) {
            throw new MathError(false, "factorial() not defined for negative values");
        }
        return product(1, n);
    }

    /** The product of the integers in {@code [lo, hi]}, split in halves so the multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    public static BigInteger perm(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw new MathError(false, "n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw new MathError(false, "k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        if (k.bitLength() > 62) {
            throw new MathError(true, "k must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        if (n.bitLength() <= 62) {
            long nn = n.longValue();
            return product(nn - kk + 1, nn);
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    public static BigInteger comb(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw new MathError(false, "n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw new MathError(false, "k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        BigInteger nk = n.subtract(k);
        if (nk.compareTo(k) < 0) {
            k = nk;
        }
        if (k.bitLength() > 62) {
            throw new MathError(true, "min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        BigInteger r = BigInteger.ONE;
        for (long i = 1; i <= kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
