package org.jpy.modules.sre;

import static org.jpy.modules.sre.SreConstants.*;

/**
 * The character predicates and case mappings the SRE engine applies to one code point: the ASCII ones (patterns
 * compiled with {@code re.ASCII} or bytes patterns), the "locale" ones (jpy runs in the C locale, so they are ASCII
 * on the first 256 code points) and the Unicode ones, which follow CPython's unicode database (simple case mappings,
 * {@code str.isalnum}, {@code str.isdecimal}, {@code str.isspace}, line breaks of {@code str.splitlines}).
 */
public final class SreChars {
    private SreChars() {
    }

    public static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    public static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    public static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    public static boolean isAsciiAlnum(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    public static boolean isAsciiWord(int ch) {
        return isAsciiAlnum(ch) || ch == '_';
    }

    public static boolean isLocaleWord(int ch) {
        return isAsciiWord(ch);
    }

    /** {@code str.isdecimal} of one code point (general category Nd). */
    public static boolean isUnicodeDecimal(int ch) {
        if (ch < 128) {
            return isAsciiDigit(ch);
        }
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code str.isspace} of one code point: bidirectional class WS, B or S, or category Zs. */
    public static boolean isUnicodeSpace(int ch) {
        if (ch < 128) {
            return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1f);
        }
        switch (ch) {
            case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return ch >= 0x2000 && ch <= 0x200A;
        }
    }

    /** The line boundaries of {@code str.splitlines}. */
    public static boolean isUnicodeLinebreak(int ch) {
        switch (ch) {
            case '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                return true;
            default:
                return false;
        }
    }

    /** {@code str.isalnum} of one code point: a letter (L*) or a number (Nd, Nl, No). */
    public static boolean isUnicodeAlnum(int ch) {
        if (ch < 128) {
            return isAsciiAlnum(ch);
        }
        switch (Character.getType(ch)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                            Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                            Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return isUnicodeNumericLetterExtra(ch);
        }
    }

    private static boolean isUnicodeNumericLetterExtra(int ch) {
        // CJK ideographs with numeric values are letters (Lo) already; nothing else is needed so far.
        return false;
    }

    public static boolean isUnicodeWord(int ch) {
        return ch == '_' || isUnicodeAlnum(ch);
    }

    public static int lowerAscii(int ch) {
        return (ch >= 'A' && ch <= 'Z') ? ch + ('a' - 'A') : ch;
    }

    public static int upperAscii(int ch) {
        return (ch >= 'a' && ch <= 'z') ? ch - ('a' - 'A') : ch;
    }

    public static int lowerLocale(int ch) {
        return ch < 256 ? lowerAscii(ch) : ch;
    }

    public static int upperLocale(int ch) {
        return ch < 256 ? upperAscii(ch) : ch;
    }

    /** The simple lowercase mapping of CPython's {@code _PyUnicode_ToLowercase}. */
    public static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        return Character.toLowerCase(ch);
    }

    /**
     * CPython's {@code _PyUnicode_ToUppercase}: the simple uppercase mapping, except that characters with a special
     * (multi-character) mapping give its first character. CPython 3.12 has Unicode 15.0: the two mappings Unicode 16
     * added to old letters (U+019B, U+0264) are left out.
     */
    public static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        if (ch == 0x19B || ch == 0x264) {
            return ch;
        }
        return upperFull(ch);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static int upperFull(int ch) {
        String s = new String(Character.toChars(ch)).toUpperCase(java.util.Locale.ROOT);
        return s.codePointAt(0);
    }

    public static boolean asciiIsCased(int ch) {
        return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
    }

    public static boolean unicodeIsCased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    /** {@code char_loc_ignore}: equality modulo the C locale's case mapping. */
    public static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    /** {@code sre_category}: one of the CATEGORY_* codes applied to one code point. */
    public static boolean category(int category, int ch) {
        switch (category) {
            case CATEGORY_DIGIT:
                return isAsciiDigit(ch);
            case CATEGORY_NOT_DIGIT:
                return !isAsciiDigit(ch);
            case CATEGORY_SPACE:
                return isAsciiSpace(ch);
            case CATEGORY_NOT_SPACE:
                return !isAsciiSpace(ch);
            case CATEGORY_WORD:
                return isAsciiWord(ch);
            case CATEGORY_NOT_WORD:
                return !isAsciiWord(ch);
            case CATEGORY_LINEBREAK:
                return isLinebreak(ch);
            case CATEGORY_NOT_LINEBREAK:
                return !isLinebreak(ch);
            case CATEGORY_LOC_WORD:
                return isLocaleWord(ch);
            case CATEGORY_LOC_NOT_WORD:
                return !isLocaleWord(ch);
            case CATEGORY_UNI_DIGIT:
                return isUnicodeDecimal(ch);
            case CATEGORY_UNI_NOT_DIGIT:
                return !isUnicodeDecimal(ch);
            case CATEGORY_UNI_SPACE:
                return isUnicodeSpace(ch);
            case CATEGORY_UNI_NOT_SPACE:
                return !isUnicodeSpace(ch);
            case CATEGORY_UNI_WORD:
                return isUnicodeWord(ch);
            case CATEGORY_UNI_NOT_WORD:
                return !isUnicodeWord(ch);
            case CATEGORY_UNI_LINEBREAK:
                return isUnicodeLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK:
                return !isUnicodeLinebreak(ch);
            default:
                return false;
        }
    }
}
