package org.jpy.runtime.formatting;

/**
 * Lays a formatted number out inside its field: sign, prefix ({@code 0x}...), grouping of the integer digits, fill and
 * alignment. Every numeric {@code __format__} (int, float, complex parts) ends here, so the subtle rules live once: the
 * {@code '0'} fill with {@code '='} alignment pads <em>inside</em> the grouped digits ({@code format(1234, '08,')} is
 * {@code '0,001,234'}), and {@code '='} puts the padding between sign/prefix and digits.
 */
public final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * @param negative whether a minus sign is printed
     * @param prefix e.g. {@code "0x"} (already in the right case), or ""
     * @param intDigits the digits before the decimal point (or the whole body for inf/nan/ints)
     * @param rest everything after the integer digits (decimal point, fraction, exponent, '%')
     * @param spec the spec: sign, fill, align, width and grouping are used
     * @param groupSize 3 for decimal grouping, 4 for '_' with b/o/x/X; 0 for no grouping
     */
    public static String layout(boolean negative, String prefix, String intDigits, String rest, FormatSpec spec, int groupSize) {
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        char align = spec.align() == 0 ? '>' : spec.align();
        int width = spec.width();
        String digits;
        char sep = spec.grouping();
        boolean zeroPadInside = spec.fill() == '0' && align == '=';
        int minDigits = zeroPadInside ? width - sign.length() - prefix.length() - rest.length() : 0;
        if (groupSize > 0 && sep != 0) {
            digits = group(intDigits, groupSize, sep, minDigits);
        } else if (minDigits > intDigits.length()) {
            digits = "0".repeat(minDigits - intDigits.length()) + intDigits;
        } else {
            digits = intDigits;
        }
        int len = sign.length() + prefix.length() + digits.length() + rest.length();
        if (width <= len) {
            return sign + prefix + digits + rest;
        }
        int pad = width - len;
        String fill = new String(Character.toChars(spec.fill()));
        StringBuilder sb = new StringBuilder(width + 4);
        switch (align) {
            case '<' -> sb.append(sign).append(prefix).append(digits).append(rest).append(fill.repeat(pad));
            case '^' -> sb.append(fill.repeat(pad / 2)).append(sign).append(prefix).append(digits).append(rest).append(fill.repeat(pad - pad / 2));
            case '=' -> sb.append(sign).append(prefix).append(fill.repeat(pad)).append(digits).append(rest);
            default -> sb.append(fill.repeat(pad)).append(sign).append(prefix).append(digits).append(rest);
        }
        return sb.toString();
    }

    /** Inserts {@code sep} every {@code size} digits from the right, padding with zeros up to {@code minWidth} characters. */
    public static String group(String digits, int size, char sep, int minWidth) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / size + 2);
        int i = digits.length() - 1;
        int inGroup = 0;
        while (i >= 0 || out.length() < minWidth) {
            if (inGroup == size) {
                out.append(sep);
                inGroup = 0;
            }
            out.append(i >= 0 ? digits.charAt(i--) : '0');
            inGroup++;
        }
        return out.reverse().toString();
    }

    /** Pads a string field (str.__format__, the 'c' type) to the spec's width with its fill and alignment. */
    public static String pad(String body, int bodyLength, FormatSpec spec, char defaultAlign) {
        int width = spec.width();
        if (width <= bodyLength) {
            return body;
        }
        int pad = width - bodyLength;
        char align = spec.align() == 0 ? defaultAlign : spec.align();
        String fill = new String(Character.toChars(spec.fill()));
        return switch (align) {
            case '>', '=' -> fill.repeat(pad) + body;
            case '^' -> fill.repeat(pad / 2) + body + fill.repeat(pad - pad / 2);
            default -> body + fill.repeat(pad);
        };
    }
}
