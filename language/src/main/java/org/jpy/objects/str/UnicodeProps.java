package org.jpy.objects.str;

/**
 * The Unicode character properties CPython's {@code str} methods use ({@code Py_UNICODE_ISSPACE}, {@code ISPRINTABLE},
 * {@code ISDECIMAL}...), defined on code points from the JDK's Unicode tables. Python's notions differ from Java's in
 * places ({@code '\u00a0'.isspace()} is true in Python, {@code '\u001c'} is whitespace in both but for different
 * reasons), so every predicate is spelled out here instead of calling {@link Character#isWhitespace}.
 */
public final class UnicodeProps {
    private UnicodeProps() {
    }

    /** {@code str.isspace()} for one code point: bidi class WS, B or S, or category Zs. */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        }
        if (c == 0x85 || c == 0xa0) {
            return true;
        }
        if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            return true;
        }
        byte bidi = Character.getDirectionality(c);
        return bidi == Character.DIRECTIONALITY_WHITESPACE || bidi == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR ||
                        bidi == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** Line boundaries of {@code str.splitlines()} (\r is handled by the caller for \r\n). */
    public static boolean isLineBreak(int c) {
        return switch (c) {
            case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    /** {@code str.isprintable()} for one code point: everything but categories Cc Cf Cs Co Cn Zl Zp Zs, except ' '. */
    public static boolean isPrintable(int c) {
        if (c < 128) {
            return c >= 32 && c < 127;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code str.isdecimal()}: category Nd. */
    public static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The value of a decimal digit, or -1. */
    public static int decimalValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return isDecimal(c) ? Character.digit(c, 10) : -1;
    }

    /** {@code str.isdigit()}: numeric type Decimal or Digit (Nd plus superscripts and the like). */
    public static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (Character.getType(c) != Character.OTHER_NUMBER) {
            return false;
        }
        // Numeric_Type=Digit: characters with a single digit value that are not Nd (superscripts, circled digits...).
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9 && !isVulgarOrOther(c);
    }

    private static boolean isVulgarOrOther(int c) {
        // Characters such as circled numbers above ten or fractions have numeric values but are Numeric_Type=Numeric.
        String name = Character.getName(c);
        return name == null || name.contains("FRACTION") || name.contains("CIRCLED NUMBER TEN") || name.contains("DIGIT ZERO")
                        && name.contains("COMMA");
    }

    /** {@code str.isnumeric()}: any numeric type. */
    public static boolean isNumeric(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER) {
            return true;
        }
        // Han numerals and a few other letters carry a numeric value in the Unihan database.
        return t == Character.OTHER_LETTER && Character.getNumericValue(c) != -1;
    }

    /** {@code str.isalpha()}: categories Lm Lt Lu Ll Lo. */
    public static boolean isAlpha(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                            Character.OTHER_LETTER -> true;
            default -> false;
        };
    }

    public static boolean isAlnum(int c) {
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    /** Cased characters (Lu, Ll, Lt, plus Other_Lowercase/Other_Uppercase). */
    public static boolean isCased(int c) {
        int t = Character.getType(c);
        return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER || t == Character.TITLECASE_LETTER ||
                        Character.isLowerCase(c) || Character.isUpperCase(c);
    }

    public static boolean isLower(int c) {
        return Character.isLowerCase(c);
    }

    public static boolean isUpper(int c) {
        return Character.isUpperCase(c);
    }

    public static boolean isTitle(int c) {
        return Character.isTitleCase(c);
    }

    /** Case-ignorable characters (for the final-sigma rule of lower()). */
    public static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT || t == Character.MODIFIER_LETTER ||
                        t == Character.MODIFIER_SYMBOL || c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xad ||
                        c == 0xb7 || c == 0x2019;
    }

    /** Identifier start per PEP 3131 (XID_Start plus '_'). */
    public static boolean isIdentifierStart(int c) {
        if (c < 128) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(c) && c != 0x2e2f;
    }

    public static boolean isIdentifierPart(int c) {
        if (c < 128) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) && c != 0x2e2f;
    }
}
