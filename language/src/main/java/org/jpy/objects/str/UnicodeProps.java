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

    /**
     * Code points the JDK's (newer) Unicode tables assign but Unicode 15.0 — the version of CPython 3.12's unicodedata —
     * leaves unassigned (Unicode's DerivedAge 15.1 and 16.0 additions), as inclusive [first, last] pairs.
     */
    private static final int[] NEWER_THAN_UNICODE_15 = {
                    0x897, 0x897, 0x1b4e, 0x1b4f, 0x1b7f, 0x1b7f, 0x1c89, 0x1c8a,
                    0x2427, 0x2429, 0x2ffc, 0x2fff, 0x31e4, 0x31e5, 0x31ef, 0x31ef,
                    0xa7cb, 0xa7cd, 0xa7da, 0xa7dc, 0x105c0, 0x105f3, 0x10d40, 0x10d65,
                    0x10d69, 0x10d85, 0x10d8e, 0x10d8f, 0x10ec2, 0x10ec4, 0x10efc, 0x10efc,
                    0x11380, 0x11389, 0x1138b, 0x1138b, 0x1138e, 0x1138e, 0x11390, 0x113b5,
                    0x113b7, 0x113c0, 0x113c2, 0x113c2, 0x113c5, 0x113c5, 0x113c7, 0x113ca,
                    0x113cc, 0x113d5, 0x113d7, 0x113d8, 0x113e1, 0x113e2, 0x116d0, 0x116e3,
                    0x11bc0, 0x11be1, 0x11bf0, 0x11bf9, 0x11f5a, 0x11f5a, 0x13460, 0x143fa,
                    0x16100, 0x16139, 0x16d40, 0x16d79, 0x18cff, 0x18cff, 0x1cc00, 0x1ccf9,
                    0x1cd00, 0x1ceb3, 0x1e5d0, 0x1e5fa, 0x1e5ff, 0x1e5ff, 0x1f8b2, 0x1f8bb,
                    0x1f8c0, 0x1f8c1, 0x1fa89, 0x1fa89, 0x1fa8f, 0x1fa8f, 0x1fabe, 0x1fabe,
                    0x1fac6, 0x1fac6, 0x1fadc, 0x1fadc, 0x1fadf, 0x1fadf, 0x1fae9, 0x1fae9,
                    0x1fbcb, 0x1fbef, 0x2ebf0, 0x2ee5d,
    };

    /** {@link Character#getType} as of Unicode 15.0. */
    public static int type(int c) {
        if (c >= 0x897) {
            for (int i = 0; i < NEWER_THAN_UNICODE_15.length; i += 2) {
                if (c < NEWER_THAN_UNICODE_15[i]) {
                    break;
                }
                if (c <= NEWER_THAN_UNICODE_15[i + 1]) {
                    return Character.UNASSIGNED;
                }
            }
        }
        return Character.getType(c);
    }

    public static boolean isNewerThan15(int c) {
        return c >= 0x897 && type(c) == Character.UNASSIGNED && Character.getType(c) != Character.UNASSIGNED;
    }

    /** {@code str.isspace()} for one code point: bidi class WS, B or S, or category Zs. */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        }
        if (c == 0x85 || c == 0xa0) {
            return true;
        }
        if (type(c) == Character.SPACE_SEPARATOR) {
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
        return switch (type(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code str.isdecimal()}: category Nd. */
    public static boolean isDecimal(int c) {
        return type(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The value of a decimal digit, or -1. */
    public static int decimalValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return isDecimal(c) ? Character.digit(c, 10) : -1;
    }

    /** Numeric_Type=Digit code points that are not decimals (superscripts, circled digits...), Unicode 15.0. */
    private static final int[] DIGIT_NOT_DECIMAL = {0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079,
                    0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff, 0x2776,
                    0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a, 0x1f100, 0x1f10a};

    /** Letters (Lo) with a numeric value in the Unihan database (kPrimaryNumeric and friends), Unicode 15.0. */
    private static final int[] NUMERIC_LETTERS = {0x3405, 0x3405, 0x3483, 0x3483, 0x382a, 0x382a, 0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03,
                    0x4e03, 0x4e07, 0x4e07, 0x4e09, 0x4e09, 0x4e5d, 0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96, 0x4e96, 0x4ebf, 0x4ec0,
                    0x4edf, 0x4edf, 0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104, 0x5104, 0x5146, 0x5146, 0x5169, 0x5169, 0x516b,
                    0x516b, 0x516d, 0x516d, 0x5341, 0x5341, 0x5343, 0x5345, 0x534c, 0x534c, 0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1,
                    0x58f9, 0x58f9, 0x5e7a, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c, 0x67d2,
                    0x67d2, 0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c, 0x842c, 0x8cae, 0x8cae, 0x8cb3, 0x8cb3,
                    0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964c, 0x964c, 0x9678, 0x9678, 0x96f6, 0x96f6, 0xf96b, 0xf96b, 0xf973,
                    0xf973, 0xf978, 0xf978, 0xf9b2, 0xf9b2, 0xf9d1, 0xf9d1, 0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd, 0x20001, 0x20001, 0x20064,
                    0x20064, 0x200e2, 0x200e2, 0x20121, 0x20121, 0x2092a, 0x2092a, 0x20983, 0x20983, 0x2098c, 0x2098c, 0x2099c, 0x2099c,
                    0x20aea, 0x20aea, 0x20afd, 0x20afd, 0x20b19, 0x20b19, 0x22390, 0x22390, 0x22998, 0x22998, 0x23b1b, 0x23b1b, 0x2626d,
                    0x2626d, 0x2f890, 0x2f890};

    /** ID_Start/ID_Continue code points that are not XID_Start (the JDK tests ID, Python XID), Unicode 15.0. */
    private static final int[] NOT_XID_START = {0x37a, 0x37a, 0xe33, 0xe33, 0xeb3, 0xeb3, 0x2e2f, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc63,
                    0xfdfa, 0xfdfb, 0xfe70, 0xfe70, 0xfe72, 0xfe72, 0xfe74, 0xfe74, 0xfe76, 0xfe76, 0xfe78, 0xfe78, 0xfe7a, 0xfe7a, 0xfe7c,
                    0xfe7c, 0xfe7e, 0xfe7e, 0xff9e, 0xff9f};
    private static final int[] NOT_XID_CONTINUE = {0x37a, 0x37a, 0x2e2f, 0x2e2f, 0x309b, 0x309c, 0x30fb, 0x30fb, 0xfc5e, 0xfc63, 0xfdfa,
                    0xfdfb, 0xfe70, 0xfe70, 0xfe72, 0xfe72, 0xfe74, 0xfe74, 0xfe76, 0xfe76, 0xfe78, 0xfe78, 0xfe7a, 0xfe7a, 0xfe7c, 0xfe7c,
                    0xfe7e, 0xfe7e, 0xff65, 0xff65};

    private static boolean inRanges(int[] ranges, int c) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (c < ranges[i]) {
                return false;
            }
            if (c <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** {@code str.isdigit()}: numeric type Decimal or Digit. */
    public static boolean isDigit(int c) {
        return isDecimal(c) || inRanges(DIGIT_NOT_DECIMAL, c);
    }

    /** {@code str.isnumeric()}: any numeric type. */
    public static boolean isNumeric(int c) {
        int t = type(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER ||
                        (t == Character.OTHER_LETTER && inRanges(NUMERIC_LETTERS, c));
    }

    /** {@code str.isalpha()}: categories Lm Lt Lu Ll Lo. */
    public static boolean isAlpha(int c) {
        return switch (type(c)) {
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
        int t = type(c);
        return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER || t == Character.TITLECASE_LETTER ||
                        Character.isLowerCase(c) || Character.isUpperCase(c);
    }

    public static boolean isLower(int c) {
        return Character.isLowerCase(c) && !isNewerThan15(c);
    }

    public static boolean isUpper(int c) {
        return Character.isUpperCase(c) && !isNewerThan15(c);
    }

    public static boolean isTitle(int c) {
        return Character.isTitleCase(c) && !isNewerThan15(c);
    }

    /** Case-ignorable characters (for the final-sigma rule of lower()). */
    public static boolean isCaseIgnorable(int c) {
        int t = type(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT || t == Character.MODIFIER_LETTER ||
                        t == Character.MODIFIER_SYMBOL || c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xad ||
                        c == 0xb7 || c == 0x2019;
    }

    /** Identifier start per PEP 3131 (XID_Start plus '_'). */
    public static boolean isIdentifierStart(int c) {
        if (c < 128) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(c) && !inRanges(NOT_XID_START, c) && !isNewerThan15(c);
    }

    /** XID_Continue. */
    public static boolean isIdentifierPart(int c) {
        if (c < 128) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) && !inRanges(NOT_XID_CONTINUE, c) &&
                        !isNewerThan15(c);
    }

    /** Whether {@code c} or any code point of {@code mapped} is assigned only after Unicode 15.0. */
    public static boolean mentionsNewerThan15(int c, String mapped) {
        if (isNewerThan15(c)) {
            return true;
        }
        for (int i = 0; i < mapped.length(); i++) {
            char x = mapped.charAt(i);
            if (x >= 0x897 && !Character.isSurrogate(x) && isNewerThan15(x)) {
                return true;
            }
            if (Character.isHighSurrogate(x) && i + 1 < mapped.length() && isNewerThan15(mapped.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }
}
