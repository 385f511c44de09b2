package org.jpy.runtime.formatting;

import java.math.BigInteger;

/**
 * Int to text: {@code str(int)} with CPython's int/str conversion length limit ({@code sys.set_int_max_str_digits}),
 * {@code bin/oct/hex}, and {@code int.__format__} (types {@code b c d o x X n}, the float types by conversion, prefixes
 * with {@code #}, grouping by 3 or 4 digits). Works on {@link BigInteger} with a {@code long} fast path for {@code str}.
 */
public final class IntFormatter {
    private IntFormatter() {
    }

    /** CPython's default for {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private static final double LOG10_2 = Math.log10(2);

    /** The number of decimal digits of |v| may exceed {@code max}? Cheap bound first, exact count only near the limit. */
    static void checkStrDigits(BigInteger v, int maxDigits) {
        if (maxDigits <= 0) {
            return;
        }
        int bits = v.bitLength();
        if (bits * LOG10_2 < maxDigits - 1) {
            return;
        }
        // Close to (or over) the limit: CPython rejects by size before converting when clearly too large.
        if (bits * LOG10_2 > maxDigits + 1 || v.abs().toString().length() > maxDigits) {
            throw FormatError.valueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                            maxDigits);
        }
    }

    public static String toString(BigInteger v, int maxDigits) {
        checkStrDigits(v, maxDigits);
        return v.toString();
    }

    /** {@code bin()}, {@code oct()}, {@code hex()}: sign, then 0b/0o/0x, then digits. */
    public static String toPrefixedBase(BigInteger v, int radix) {
        String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        String digits = v.abs().toString(radix);
        return v.signum() < 0 ? "-" + prefix + digits : prefix + digits;
    }

    public static String toPrefixedBase(long v, int radix) {
        if (v == Long.MIN_VALUE) {
            return toPrefixedBase(BigInteger.valueOf(v), radix);
        }
        String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        String digits = Long.toString(Math.abs(v), radix);
        return v < 0 ? "-" + prefix + digits : prefix + digits;
    }

    /** {@code int.__format__(v, spec)}; {@code typeName} is "int" or "bool" for messages. */
    public static String format(BigInteger v, String spec, String typeName, int maxDigits) {
        if (spec.isEmpty()) {
            return toString(v, maxDigits);
        }
        return format(v, FormatSpec.parse(spec, typeName, '>'), typeName, maxDigits);
    }

    public static String format(BigInteger v, FormatSpec spec, String typeName, int maxDigits) {
        int type = spec.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return FloatFormatter.format(toDouble(v), spec, typeName);
            }
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n', 0 -> {
            }
            default -> throw FloatFormatter.unknownFormatCode(type, typeName);
        }
        if (spec.precision() >= 0) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars(v.intValue()));
            return NumberLayout.layout(false, "", "", ch, spec, 0);
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        if (radix == 10) {
            checkStrDigits(v, maxDigits);
        }
        String digits = v.abs().toString(radix);
        String prefix = "";
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        if (spec.alternate()) {
            prefix = switch (type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        int group = type == 'n' ? 0 : radix == 10 ? 3 : 4;
        return NumberLayout.layout(v.signum() < 0, prefix, digits, "", spec, group);
    }

    /** int to float conversion with CPython's overflow error (correctly rounded, as {@link BigInteger#doubleValue()}). */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }
}
