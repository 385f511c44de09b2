package org.jpy.runtime.formatting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text exactly as CPython: {@code repr}/{@code str} (shortest round-trip digits, exponent outside
 * {@code 1e-4 <= |x| < 1e16}), {@code __format__} and the {@code %e %f %g} conversions.
 *
 * <p>Digit generation has three modes like David Gay's dtoa, which CPython uses: shortest round-trip (the JDK's
 * {@link Double#toString(double)} has produced the shortest correctly rounded digits since JDK 19), a number of significant
 * digits, and a number of digits after the point. The last two round the <em>exact</em> binary value half-to-even through
 * {@link BigDecimal}, which is what correct rounding means ({@code '%.2f' % 2.675} is {@code 2.67}). The layout of those
 * digits (where the point goes, when to switch to an exponent, {@code #} and the trailing {@code .0}) follows CPython's
 * rules in {@link #formatDigits}.
 */
public final class FloatFormatter {
    private FloatFormatter() {
    }

    /** {@code repr(x)} and {@code str(x)}. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String body = format(Math.abs(x), 'r', 0, false, true, false);
        return isNegative(x) ? "-" + body : body;
    }

    static boolean isNegative(double x) {
        return (Double.doubleToRawLongBits(x) & Long.MIN_VALUE) != 0 && !Double.isNaN(x);
    }

    /** Decimal digits (no leading or trailing zeros; "0" for zero) and the position of the decimal point, as dtoa. */
    record Digits(String digits, int decpt) {
        boolean isZero() {
            return digits.equals("0");
        }
    }

    static Digits shortest(double abs) {
        if (abs == 0) {
            return new Digits("0", 1);
        }
        Digits d = fromBigDecimal(new BigDecimal(Double.toString(abs)));
        if (d.digits().length() == 2) {
            // Double.toString never prints fewer than two digits; a one-digit result may still round-trip (5e-324).
            BigDecimal one = new BigDecimal(abs).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (one.doubleValue() == abs) {
                return fromBigDecimal(one);
            }
        }
        return d;
    }

    static Digits significant(double abs, int n) {
        if (abs == 0) {
            return new Digits("0", 1);
        }
        return fromBigDecimal(new BigDecimal(abs).round(new MathContext(Math.max(n, 1), RoundingMode.HALF_EVEN)));
    }

    static Digits fixed(double abs, int n) {
        if (abs == 0) {
            return new Digits("0", 1);
        }
        return fromBigDecimal(new BigDecimal(abs).setScale(n, RoundingMode.HALF_EVEN));
    }

    private static Digits fromBigDecimal(BigDecimal bd) {
        if (bd.signum() == 0) {
            return new Digits("0", 1);
        }
        bd = bd.stripTrailingZeros();
        BigInteger unscaled = bd.unscaledValue();
        String digits = unscaled.toString();
        return new Digits(digits, digits.length() - bd.scale());
    }

    /**
     * Formats a finite non-negative {@code abs} (the sign is the caller's business).
     *
     * @param type 'e', 'f', 'g' or 'r' (repr: shortest digits)
     * @param precision digits after the point for e/f, significant digits for g; ignored for r
     * @param alternate the {@code #} flag: always a point, keep g's trailing zeros
     * @param addDot0 add ".0" to an integral fixed-point result (repr, and format's empty type)
     * @param upper 'E' instead of 'e'
     */
    public static String format(double abs, char type, int precision, boolean alternate, boolean addDot0, boolean upper) {
        Digits d = switch (type) {
            case 'r' -> shortest(abs);
            case 'e' -> significant(abs, precision + 1);
            case 'f' -> fixed(abs, precision);
            case 'g' -> significant(abs, precision == 0 ? 1 : precision);
            default -> throw new IllegalArgumentException("type " + type);
        };
        return formatDigits(d, type, precision == 0 && type == 'g' ? 1 : precision, alternate, addDot0, upper);
    }

    static String formatDigits(Digits d, char type, int precision, boolean alternate, boolean addDot0, boolean upper) {
        String digits = d.digits();
        int decpt = d.decpt();
        int len = digits.length();
        boolean useExp = false;
        int vdigitsEnd = len;
        switch (type) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision + 1;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alternate) {
                    vdigitsEnd = precision;
                }
            }
            case 'r' -> {
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
            default -> throw new IllegalArgumentException();
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = Math.min(0, decpt - 1);
        int end = Math.max(Math.max(len, decpt), vdigitsEnd);
        if (!useExp && addDot0) {
            end = Math.max(end, decpt + 1);
        }
        StringBuilder sb = new StringBuilder(end - start + 8);
        for (int i = start; i < end; i++) {
            if (i == decpt) {
                sb.append('.');
            }
            sb.append(i >= 0 && i < len ? digits.charAt(i) : '0');
        }
        if (end == decpt && alternate) {
            sb.append('.');
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /** {@code float.__format__(x, spec)}. */
    public static String format(double x, String spec) {
        if (spec.isEmpty()) {
            return repr(x);
        }
        return format(x, FormatSpec.parse(spec, "float", '>'), "float");
    }

    /** Formats with a parsed spec; {@code typeName} names the type in "Unknown format code" messages. */
    public static String format(double x, FormatSpec spec, String typeName) {
        int type = spec.type();
        int precision = spec.precision();
        boolean addDot0 = false;
        int defaultPrecision = 6;
        char t;
        switch (type) {
            case 0 -> {
                addDot0 = true;
                t = 'r';
                defaultPrecision = 0;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> t = (char) type;
            case 'n' -> t = 'g';
            default -> throw unknownFormatCode(type, typeName);
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (t == 'r') {
            t = 'g';
        }
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        char lower = Character.toLowerCase(t);
        String body;
        String rest = "";
        boolean negative = isNegative(x);
        double abs = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            body = Double.isNaN(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
            if (lower == '%') {
                rest = "%";
            }
            return NumberLayout.layout(negative, "", body, rest, spec, 0);
        }
        if (lower == '%') {
            abs = abs * 100;
            body = Double.isInfinite(abs) ? "inf%" : format(abs, 'f', precision, spec.alternate(), false, false) + "%";
        } else {
            body = format(abs, lower, precision, spec.alternate(), addDot0, upper);
        }
        if (negative && spec.noNegZero() && isZeroText(body)) {
            negative = false;
        }
        int split = 0;
        while (split < body.length() && Character.isDigit(body.charAt(split))) {
            split++;
        }
        return NumberLayout.layout(negative, "", body.substring(0, split), body.substring(split), spec, 3);
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    static FormatError unknownFormatCode(int type, String typeName) {
        if (type > 32 && type < 128) {
            return FormatError.valueError("Unknown format code '%c' for object of type '%s'", (char) type, typeName);
        }
        return FormatError.valueError("Unknown format code '\\x%x' for object of type '%s'", type, typeName);
    }

    /**
     * The {@code %e %E %f %F %g %G} conversions of printf-style formatting: {@code flags} are handled by the caller; this
     * returns the unsigned body (may be inf/nan).
     */
    public static String percentBody(double abs, char conv, int precision, boolean alternate) {
        if (Double.isNaN(abs) || Double.isInfinite(abs)) {
            boolean upper = Character.isUpperCase(conv);
            return Double.isNaN(abs) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        }
        char lower = Character.toLowerCase(conv);
        return format(abs, lower, precision, alternate, false, Character.isUpperCase(conv));
    }
}
