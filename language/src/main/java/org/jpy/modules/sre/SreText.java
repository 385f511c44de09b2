package org.jpy.modules.sre;

/**
 * The subject of a match, indexed the way Python indexes it: by code point for {@code str}, by byte for bytes-like
 * objects. A {@code str} without surrogate chars is read straight from its {@link String} (a UTF-16 index is then a
 * code point index); any other {@code str} is decoded once into an {@code int[]} of code points.
 */
public final class SreText {
    private final String string;
    private final int[] codePoints;
    private final byte[] bytes;
    private final int length;

    private SreText(String string, int[] codePoints, byte[] bytes, int length) {
        this.string = string;
        this.codePoints = codePoints;
        this.bytes = bytes;
        this.length = length;
    }

    public static SreText ofString(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                int[] cps = s.codePoints().toArray();
                return new SreText(s, cps, null, cps.length);
            }
        }
        return new SreText(s, null, null, s.length());
    }

    /** The first {@code length} bytes of {@code data} (the array is not copied: it must not change while in use). */
    public static SreText ofBytes(byte[] data, int length) {
        return new SreText(null, null, data, length);
    }

    public int length() {
        return length;
    }

    public boolean isBytes() {
        return bytes != null;
    }

    /** The code point (or byte value) at {@code i}; {@code 0} at and beyond the end, like CPython's NUL terminator. */
    public int get(int i) {
        if (bytes != null) {
            return i < length ? bytes[i] & 0xFF : 0;
        } else if (codePoints != null) {
            return i < length ? codePoints[i] : 0;
        } else {
            return i < length ? string.charAt(i) : 0;
        }
    }

    /** {@code str[start:end]} in code points (only for {@code str} subjects). */
    public String substring(int start, int end) {
        if (codePoints == null) {
            return string.substring(start, end);
        }
        return new String(codePoints, start, end - start);
    }

    /** {@code bytes[start:end]} (only for bytes subjects). */
    public byte[] subbytes(int start, int end) {
        return java.util.Arrays.copyOfRange(bytes, start, end);
    }

    public String string() {
        return string;
    }

    public byte[] bytes() {
        return bytes;
    }
}
