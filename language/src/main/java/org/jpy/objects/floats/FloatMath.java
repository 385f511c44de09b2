package org.jpy.objects.floats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.jpy.objects.ints.IntMath;
import org.jpy.objects.str.UnicodeProps;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.StrRepr;

/**
 * Python float semantics that the JDK does not give directly: parsing ({@code float(str)} with underscores, Unicode
 * digits and whitespace, {@code inf}/{@code nan} spellings), {@code hex}/{@code fromhex}, correctly rounded
 * {@code round(x, n)}, {@code as_integer_ratio}, floor division and modulo with Python's signs, C99 {@code pow} special
 * cases, and the numeric hash that makes {@code hash(1.0) == hash(1)}.
 */
public final class FloatMath {
    private FloatMath() {
    }

    // ---- parsing ----

    /** {@code float(text)}: raises "could not convert string to float: 'x'" with the repr of the original. */
    public static double parse(String text, String reprForError) {
        double[] out = new double[1];
        if (!tryParse(text, out)) {
            throw FormatError.valueError("could not convert string to float: %s", reprForError);
        }
        return out[0];
    }

    public static double parse(String text) {
        return parse(text, StrRepr.repr(text));
    }

    public static boolean tryParse(String text, double[] out) {
        int start = 0;
        int end = text.length();
        while (start < end && UnicodeProps.isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && UnicodeProps.isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        StringBuilder sb = new StringBuilder(end - start);
        int i = start;
        boolean negative = false;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        String rest = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            out[0] = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return true;
        }
        if (rest.equals("nan")) {
            out[0] = negative ? -Double.NaN : Double.NaN;
            return true;
        }
        // [digits][.digits][e[sign]digits], underscores only between digits
        int digitsBefore = 0;
        int digitsAfter = 0;
        int prev = -1; // previous code point
        boolean seenDot = false;
        boolean seenExp = false;
        int expDigits = 0;
        while (i < end) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int d = c < 128 ? (c >= '0' && c <= '9' ? c - '0' : -1) : UnicodeProps.decimalValue(c);
            if (d >= 0) {
                sb.append((char) ('0' + d));
                if (seenExp) {
                    expDigits++;
                } else if (seenDot) {
                    digitsAfter++;
                } else {
                    digitsBefore++;
                }
            } else if (c == '_') {
                if (!isDigitCp(prev) || i >= end || !isDigitCp(text.codePointAt(i))) {
                    return false;
                }
            } else if (c == '.' && !seenDot && !seenExp) {
                seenDot = true;
                sb.append('.');
            } else if ((c == 'e' || c == 'E') && !seenExp && (digitsBefore + digitsAfter) > 0) {
                seenExp = true;
                sb.append('e');
                if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                    sb.append(text.charAt(i));
                    i++;
                }
            } else {
                return false;
            }
            prev = c;
        }
        if (digitsBefore + digitsAfter == 0 || (seenExp && expDigits == 0)) {
            return false;
        }
        String s = sb.toString();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            // exponent too large for Java's parser: decide by sign of the exponent
            v = s.contains("e-") ? 0.0 : Double.POSITIVE_INFINITY;
        }
        out[0] = negative ? -v : v;
        return true;
    }

    private static boolean isDigitCp(int c) {
        return c >= 0 && (c < 128 ? c >= '0' && c <= '9' : UnicodeProps.decimalValue(c) >= 0);
    }

    // ---- hex ----

    /** {@code float.hex()}. */
    public static String toHex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        double a = Math.abs(x);
        if (a == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(a);
        long mant = bits & ((1L << 52) - 1);
        int exp = (int) (bits >>> 52);
        String lead;
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            lead = "1";
            exp -= 1023;
        }
        String m = String.format("%013x", mant);
        return sign + "0x" + lead + "." + m + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** {@code float.fromhex(text)}. */
    public static double fromHex(String text) {
        String s = text.strip();
        int start = 0;
        int end = text.length();
        while (start < end && UnicodeProps.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && UnicodeProps.isSpace(text.charAt(end - 1))) {
            end--;
        }
        s = text.substring(start, end);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        int p = 0;
        StringBuilder digits = new StringBuilder();
        int fracDigits = 0;
        while (p < rest.length() && Character.digit(rest.charAt(p), 16) >= 0 && rest.charAt(p) < 128) {
            digits.append(rest.charAt(p++));
        }
        if (p < rest.length() && rest.charAt(p) == '.') {
            p++;
            while (p < rest.length() && Character.digit(rest.charAt(p), 16) >= 0 && rest.charAt(p) < 128) {
                digits.append(rest.charAt(p++));
                fracDigits++;
            }
        }
        if (digits.isEmpty()) {
            throw invalidHex();
        }
        long exp = 0;
        if (p < rest.length() && rest.charAt(p) == 'p') {
            p++;
            boolean expNeg = false;
            if (p < rest.length() && (rest.charAt(p) == '+' || rest.charAt(p) == '-')) {
                expNeg = rest.charAt(p) == '-';
                p++;
            }
            int expStart = p;
            while (p < rest.length() && rest.charAt(p) >= '0' && rest.charAt(p) <= '9') {
                if (exp < 1_000_000_000L) {
                    exp = exp * 10 + (rest.charAt(p) - '0');
                }
                p++;
            }
            if (p == expStart) {
                throw invalidHex();
            }
            if (expNeg) {
                exp = -exp;
            }
        }
        if (p != rest.length()) {
            throw invalidHex();
        }
        BigInteger mant = new BigInteger(digits.toString(), 16);
        if (mant.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        long e2 = exp - 4L * fracDigits;
        long top = e2 + mant.bitLength(); // value < 2**top
        double v;
        if (top > 1025) {
            throw FormatError.overflowError("hexadecimal value too large to represent as a float");
        } else if (top < -1080) {
            v = 0.0;
        } else {
            // Keep the mantissa small enough for Java's hex parser; a sticky bit preserves correct rounding.
            int excess = mant.bitLength() - 64;
            if (excess > 0) {
                boolean sticky = mant.getLowestSetBit() < excess;
                mant = mant.shiftRight(excess);
                if (sticky) {
                    mant = mant.setBit(0);
                }
                e2 += excess;
            }
            v = Double.parseDouble("0x" + mant.toString(16) + "p" + e2);
            if (Double.isInfinite(v)) {
                throw FormatError.overflowError("hexadecimal value too large to represent as a float");
            }
        }
        return negative ? -v : v;
    }

    private static FormatError invalidHex() {
        return FormatError.valueError("invalid hexadecimal floating-point string");
    }

    // ---- rounding, ratio ----

    /** {@code round(x, ndigits)} with a float result: exact value rounded half-even. */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        if (d == 0) {
            return Math.copySign(0.0, x);
        }
        return d;
    }

    /** {@code round(x)}: nearest int, ties to even. */
    public static Object roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /** {@code int(x)} for a float: truncates. */
    public static Object toInt(double x) {
        if (Double.isNaN(x)) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        if (x > -9.2e18 && x < 9.2e18) {
            return (long) x;
        }
        return IntMath.normalize(new BigDecimal(x).toBigInteger());
    }

    /** {@code as_integer_ratio()} as {numerator, denominator}. */
    public static Object[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw FormatError.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw FormatError.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new Object[]{0L, 1L};
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        if (x < 0) {
            mant = -mant;
        }
        if (exp >= 0) {
            return new Object[]{IntMath.normalize(BigInteger.valueOf(mant).shiftLeft(exp)), 1L};
        }
        return new Object[]{mant, IntMath.normalize(BigInteger.ONE.shiftLeft(-exp))};
    }

    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && !Double.isNaN(x) && Math.floor(x) == x;
    }

    // ---- arithmetic ----

    public static double mod(double vx, double wx) {
        if (wx == 0) {
            throw IntMath.zeroDivision("float modulo");
        }
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    public static double floorDiv(double vx, double wx) {
        if (wx == 0) {
            throw IntMath.zeroDivision("float floor division by zero");
        }
        return divmod(vx, wx)[0];
    }

    public static double[] divmod(double vx, double wx) {
        if (wx == 0) {
            throw IntMath.zeroDivision("float divmod()");
        }
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

    public static double trueDivide(double a, double b) {
        if (b == 0) {
            throw IntMath.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /**
     * {@code x ** y} for floats with C99 pow's special cases; returns NaN-free results or throws. A negative base with a
     * non-integer exponent has a complex result: the caller checks {@link #powNeedsComplex} first.
     */
    public static double pow(double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            if ((y > 0) == (ax > 1.0)) {
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        if (x == 0 && y < 0) {
            throw IntMath.zeroDivision("0.0 cannot be raised to a negative power");
        }
        double r;
        if (y == Math.rint(y) && Math.abs(y) <= 64 && x != 0 && !Double.isInfinite(x) && Math.abs(y) > 2) {
            r = exactIntegralPow(x, (int) y);
        } else if (y == 0.5 && x > 0 && !Double.isInfinite(x)) {
            r = Math.sqrt(x);
        } else {
            // Not correctly rounded like glibc's pow in every case (may differ in the last ulp).
            r = Math.pow(x, y);
        }
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw new FormatError(FormatError.Kind.OverflowError, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** x**n correctly rounded for small integral n (C's pow is correctly rounded there; the JDK's may be an ulp off). */
    private static double exactIntegralPow(double x, int n) {
        BigDecimal p = new BigDecimal(x).pow(Math.abs(n));
        if (n < 0) {
            if (p.signum() == 0) {
                return Math.pow(x, n);
            }
            p = BigDecimal.ONE.divide(p, new java.math.MathContext(40, RoundingMode.HALF_EVEN));
        }
        return p.doubleValue();
    }

    public static boolean powNeedsComplex(double x, double y) {
        return x < 0 && !Double.isInfinite(x) && !Double.isInfinite(y) && !Double.isNaN(y) && Math.floor(y) != y;
    }

    // ---- hash ----

    /** CPython's numeric hash of a finite or infinite float; NaN hashes like the object's identity (caller's job). */
    public static long hash(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? IntMath.HASH_INF : -IntMath.HASH_INF;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075; // v = mant * 2**exp
        long x = mant % IntMath.HASH_MODULUS;
        int e = Math.floorMod(exp, 61);
        x = ((x << e) & IntMath.HASH_MODULUS) | (x >>> (61 - e));
        if (e == 0) {
            x = mant % IntMath.HASH_MODULUS;
        }
        if (x >= IntMath.HASH_MODULUS) {
            x -= IntMath.HASH_MODULUS;
        }
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** {@code hash(complex)}: hash(real) + 1000003 * hash(imag), in unsigned 64-bit arithmetic. */
    public static long hashComplex(double real, double imag) {
        long h = hash(real) + IntMath.HASH_IMAG * hash(imag);
        return h == -1 ? -2 : h;
    }
}
