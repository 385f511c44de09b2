package org.jpy.runtime.formatting;

import java.math.BigInteger;

import org.jpy.objects.str.UnicodeProps;

/**
 * {@code int(text, base)}: Python's rules for surrounding whitespace (Unicode), any Unicode decimal digits, a sign, the
 * {@code 0x/0o/0b} prefixes (decided by the text for base 0, optional for the matching base), single underscores between
 * digits (and right after a prefix), no leading zeros in base 0, and the int/str conversion length limit for
 * non-power-of-two bases. Returns a normalized int ({@link Long} when it fits, else {@link BigInteger}).
 */
public final class IntParser {
    private IntParser() {
    }

    /**
     * @param text the string (for bytes: the bytes decoded as Latin-1)
     * @param base 0 or 2..36 (the caller has checked the range)
     * @param reprForError the repr of the original object, for the error message
     * @param maxDigits the conversion limit, 0 for none
     */
    public static Object parse(String text, int base, String reprForError, int maxDigits) {
        Object r = tryParse(text, base, maxDigits);
        if (r == null) {
            throw FormatError.valueError("invalid literal for int() with base %d: %s", base, StrRepr.truncate(reprForError, 200));
        }
        return r;
    }

    /** Returns null for an invalid literal (the limit error is still thrown). */
    public static Object tryParse(String text, int base, int maxDigits) {
        int n = text.length();
        int start = 0;
        int end = n;
        while (start < end && UnicodeProps.isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && UnicodeProps.isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        int i = start;
        boolean negative = false;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < end && text.charAt(i) == '0') {
            char p = Character.toLowerCase(text.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean checkLeadingZeros = false;
        if (base == 0) {
            base = 10;
            checkLeadingZeros = true;
        }
        // Collect ASCII digits, validating underscores.
        StringBuilder digits = new StringBuilder(end - i);
        boolean lastWasDigit = prefixed; // an underscore may directly follow a prefix
        boolean lastWasUnderscore = false;
        while (i < end) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '_') {
                if (!lastWasDigit) {
                    return null;
                }
                lastWasDigit = false;
                lastWasUnderscore = true;
                continue;
            }
            int d = digitValue(c);
            if (d < 0 || d >= base) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            lastWasDigit = true;
            lastWasUnderscore = false;
        }
        if (digits.isEmpty() || lastWasUnderscore) {
            return null;
        }
        if (checkLeadingZeros && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    return null;
                }
            }
        }
        if (maxDigits > 0 && (base & (base - 1)) != 0 && digits.length() > maxDigits) {
            throw FormatError.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                            maxDigits, digits.length());
        }
        if (digits.length() <= 12 || (base <= 16 && digits.length() <= 15)) {
            long v = Long.parseLong(digits, 0, digits.length(), base);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return normalize(negative ? v.negate() : v);
    }

    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c > 127) {
            return UnicodeProps.decimalValue(c);
        }
        return -1;
    }

    /** A BigInteger that fits a long becomes a Long (the int representation invariant). */
    public static Object normalize(BigInteger v) {
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }
}
