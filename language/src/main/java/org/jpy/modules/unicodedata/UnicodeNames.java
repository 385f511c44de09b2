package org.jpy.modules.unicodedata;

import java.util.Locale;

/**
 * Character names and properties as CPython's {@code unicodedata} reports them, computed from the JDK's Unicode
 * tables: the names of algorithmic ranges (CJK ideographs, Hangul syllables) are built as Unicode specifies them,
 * and characters whose UnicodeData name is a {@code <label>} (controls, private use, surrogates) have none.
 */
public final class UnicodeNames {
    private UnicodeNames() {
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI",
                    "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS",
                    "NG", "J", "C", "K", "T", "P", "H"};

    private static boolean isUnifiedIdeograph(int cp) {
        return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B739) ||
                        (cp >= 0x2B740 && cp <= 0x2B81D) || (cp >= 0x2B820 && cp <= 0x2CEA1) || (cp >= 0x2CEB0 && cp <= 0x2EBE0) ||
                        (cp >= 0x30000 && cp <= 0x3134A) || (cp >= 0x31350 && cp <= 0x323AF);
    }

    /** The character's name, or null when it has none (CPython's {@code unicodedata.name} then raises). */
    public static String name(int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        if (isUnifiedIdeograph(cp)) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED) {
            return null;
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        String fallback = Character.UnicodeBlock.of(cp) == null ? "" : Character.UnicodeBlock.of(cp).toString().replace('_', ' ') + " " +
                        Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (n.equals(fallback)) {
            if ((cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)) {
                return "CJK COMPATIBILITY IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
            if (cp >= 0x18B00 && cp <= 0x18CD5) {
                return "KHITAN SMALL SCRIPT CHARACTER-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
            if (cp >= 0x1B170 && cp <= 0x1B2FB) {
                return "NUSHU CHARACTER-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
            return null;
        }
        return n;
    }

    /** {@code unicodedata.lookup}: the code point of a name (or a named sequence is not supported), -1 if unknown. */
    public static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
                if (upper.equals(name(cp))) {
                    return cp;
                }
            }
            return -1;
        }
        for (String prefix : new String[]{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "NUSHU CHARACTER-",
                        "KHITAN SMALL SCRIPT CHARACTER-"}) {
            if (upper.startsWith(prefix)) {
                try {
                    int cp = Integer.parseInt(upper.substring(prefix.length()), 16);
                    return upper.equals(name(cp)) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        try {
            int cp = Character.codePointOf(upper);
            return name(cp) != null && name(cp).equals(upper) ? cp : aliasOk(cp, upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static int aliasOk(int cp, String upper) {
        // Character.codePointOf also knows name aliases (e.g. control names), as unicodedata.lookup does
        return cp;
    }

    private static final String[] CATEGORIES = new String[32];

    static {
        CATEGORIES[Character.UNASSIGNED] = "Cn";
        CATEGORIES[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORIES[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORIES[Character.TITLECASE_LETTER] = "Lt";
        CATEGORIES[Character.MODIFIER_LETTER] = "Lm";
        CATEGORIES[Character.OTHER_LETTER] = "Lo";
        CATEGORIES[Character.NON_SPACING_MARK] = "Mn";
        CATEGORIES[Character.ENCLOSING_MARK] = "Me";
        CATEGORIES[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORIES[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORIES[Character.LETTER_NUMBER] = "Nl";
        CATEGORIES[Character.OTHER_NUMBER] = "No";
        CATEGORIES[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORIES[Character.LINE_SEPARATOR] = "Zl";
        CATEGORIES[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORIES[Character.CONTROL] = "Cc";
        CATEGORIES[Character.FORMAT] = "Cf";
        CATEGORIES[Character.PRIVATE_USE] = "Co";
        CATEGORIES[Character.SURROGATE] = "Cs";
        CATEGORIES[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORIES[Character.START_PUNCTUATION] = "Ps";
        CATEGORIES[Character.END_PUNCTUATION] = "Pe";
        CATEGORIES[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORIES[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORIES[Character.MATH_SYMBOL] = "Sm";
        CATEGORIES[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORIES[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORIES[Character.OTHER_SYMBOL] = "So";
        CATEGORIES[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORIES[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    public static String category(int cp) {
        String c = CATEGORIES[Character.getType(cp)];
        return c == null ? "Cn" : c;
    }

    private static final String[] BIDI = new String[32];

    static {
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT] = "L";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT] = "R";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC] = "AL";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER] = "EN";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR] = "ES";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR] = "ET";
        BIDI[Character.DIRECTIONALITY_ARABIC_NUMBER] = "AN";
        BIDI[Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR] = "CS";
        BIDI[Character.DIRECTIONALITY_NONSPACING_MARK] = "NSM";
        BIDI[Character.DIRECTIONALITY_BOUNDARY_NEUTRAL] = "BN";
        BIDI[Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR] = "B";
        BIDI[Character.DIRECTIONALITY_SEGMENT_SEPARATOR] = "S";
        BIDI[Character.DIRECTIONALITY_WHITESPACE] = "WS";
        BIDI[Character.DIRECTIONALITY_OTHER_NEUTRALS] = "ON";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING] = "LRE";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE] = "LRO";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING] = "RLE";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE] = "RLO";
        BIDI[Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT] = "PDF";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE] = "LRI";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE] = "RLI";
        BIDI[Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE] = "FSI";
        BIDI[Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE] = "PDI";
    }

    public static String bidirectional(int cp) {
        byte d = Character.getDirectionality(cp);
        if (d < 0 || d >= BIDI.length || BIDI[d] == null) {
            return "";
        }
        return BIDI[d];
    }
}
