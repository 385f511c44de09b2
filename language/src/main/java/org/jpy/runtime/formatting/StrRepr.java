package org.jpy.runtime.formatting;

import org.jpy.objects.str.UnicodeProps;

/**
 * {@code repr(str)} and {@code ascii(str)} with CPython's quote choice (single quotes unless the text has a single quote
 * and no double quote) and escapes ({@code \t \n \r}, {@code \xhh} for other controls, {@code \\uhhhh}/{@code \Uhhhhhhhh}
 * for non-printable characters, lone surrogates included). Also {@code repr(bytes)}.
 */
public final class StrRepr {
    private StrRepr() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String repr(String s) {
        return repr(s, false);
    }

    public static String ascii(String s) {
        return repr(s, true);
    }

    private static String repr(String s, boolean asciiOnly) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(sb, "\\x", c, 2);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (!asciiOnly && UnicodeProps.isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(sb, "\\x", c, 2);
            } else if (c <= 0xffff) {
                hex(sb, "\\u", c, 4);
            } else {
                hex(sb, "\\U", c, 8);
            }
        }
        return sb.append(quote).toString();
    }

    private static void hex(StringBuilder sb, String prefix, int c, int digits) {
        sb.append(prefix);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(c >> shift) & 0xf]);
        }
    }

    /** Escapes every non-ASCII character of {@code s} as {@code ascii()} does (for {@code %a} and {@code !a}). */
    public static String asciiEscape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c >= 128) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                hex(sb, c <= 0xff ? "\\x" : c <= 0xffff ? "\\u" : "\\U", c, c <= 0xff ? 2 : c <= 0xffff ? 4 : 8);
            } else if (sb != null) {
                sb.append((char) c);
            }
            i = next;
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code repr(bytes)}: {@code b'...'} (prefix given by the caller for bytearray), same quote rule as str. */
    public static String reprBytes(byte[] b, int len) {
        return reprBytes(b, len, false);
    }

    /** {@code bytearray}'s repr escapes a single quote even inside double quotes. */
    public static String reprBytes(byte[] b, int len, boolean alwaysEscapeSingleQuote) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < len; i++) {
            if (b[i] == '\'') {
                hasSingle = true;
            } else if (b[i] == '"') {
                hasDouble = true;
            }
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(len + 3).append('b').append(quote);
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\' || (c == '\'' && alwaysEscapeSingleQuote)) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** Truncates to {@code max} code points, like CPython's {@code %.200R}/{@code %.200s}. */
    public static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Math.min(max, s.codePointCount(0, s.length())));
        return s.substring(0, end);
    }
}
