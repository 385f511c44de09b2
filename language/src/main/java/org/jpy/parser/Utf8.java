package org.jpy.parser;

/**
 * UTF-8 validation with CPython's error vocabulary ("invalid start byte", "invalid continuation byte", "unexpected
 * end of data") for the "(unicode error)" SyntaxErrors raised when a string literal holds undecodable bytes.
 */
final class Utf8 {
    private Utf8() {
    }

    /** Length of the valid sequence starting at i, or 0 if it is invalid. */
    static int sequenceLength(byte[] b, int i, int n) {
        return errorEnd(b, i, n) < 0 ? needed(b[i] & 0xFF) : 0;
    }

    private static int needed(int c) {
        return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }

    /** -1 if a valid sequence starts at i; else the end (exclusive) of the invalid range. */
    static int errorEnd(byte[] b, int i, int n) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return -1;
        }
        if (c < 0xC2 || c > 0xF4) {
            return i + 1;
        }
        int need = needed(c);
        for (int k = 1; k < need; k++) {
            if (i + k >= n) {
                return n;
            }
            int x = b[i + k] & 0xFF;
            int lo = 0x80;
            int hi = 0xBF;
            if (k == 1) {
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                } else if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            }
            if (x < lo || x > hi) {
                return i + k;
            }
        }
        return -1;
    }

    /** CPython's message for the first undecodable bytes of {@code b}, or null if it is valid UTF-8. */
    static String decodeErrorMessage(byte[] b) {
        int n = b.length;
        for (int i = 0; i < n;) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int end = errorEnd(b, i, n);
            if (end < 0) {
                i += needed(c);
                continue;
            }
            String reason;
            if (c < 0xC2 || c > 0xF4) {
                reason = "invalid start byte";
            } else if (end >= n && end - i < needed(c)) {
                reason = "unexpected end of data";
            } else {
                reason = "invalid continuation byte";
            }
            if (end - i == 1) {
                return "'utf-8' codec can't decode byte 0x" + String.format("%02x", c) + " in position " + i + ": " + reason;
            }
            return "'utf-8' codec can't decode bytes in position " + i + "-" + (end - 1) + ": " + reason;
        }
        return null;
    }

    /** Re-encodes decoded text, turning U+DC80..U+DCFF back into the raw bytes they stand for. */
    static byte[] rawBytes(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int cp = ch;
            if (ch >= 0xDC80 && ch <= 0xDCFF) {
                out.write(ch - 0xDC00);
                continue;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(ch, s.charAt(++i));
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    static boolean hasEscapedBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
