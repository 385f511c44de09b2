package org.jpy.objects.bytes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jpy.runtime.formatting.FormatError;

/**
 * The algorithms of {@code bytes}/{@code bytearray} methods that differ from str's: ASCII-only whitespace, case and
 * character classes, {@code \n \r \r\n} line ends, {@code hex(sep, bytes_per_sep)} and {@code fromhex}. Methods that are the
 * same byte-for-byte as on str (find, count, replace, split with a separator...) run the str algorithms over the Latin-1
 * view ({@link #latin1}), where every char is one byte.
 */
public final class BytesMethods {
    private BytesMethods() {
    }

    public static String latin1(byte[] b, int len) {
        return new String(b, 0, len, StandardCharsets.ISO_8859_1);
    }

    public static byte[] fromLatin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static boolean isSpace(int b) {
        return b == ' ' || (b >= 9 && b <= 13);
    }

    public static boolean isLower(int b) {
        return b >= 'a' && b <= 'z';
    }

    public static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    public static boolean isAlpha(int b) {
        return isLower(b) || isUpper(b);
    }

    public static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code bytes.hex(sep, bytes_per_sep)}; {@code sep} is -1 when not given. */
    public static String hex(byte[] b, int len, int sep, long bytesPerSep) {
        if (sep < 0 || bytesPerSep == 0 || len == 0) {
            char[] out = new char[len * 2];
            for (int i = 0; i < len; i++) {
                out[2 * i] = HEX[(b[i] >> 4) & 0xf];
                out[2 * i + 1] = HEX[b[i] & 0xf];
            }
            return new String(out);
        }
        long group = Math.abs(bytesPerSep);
        StringBuilder sb = new StringBuilder(len * 3);
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                boolean boundary = bytesPerSep > 0 ? (len - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append((char) sep);
                }
            }
            sb.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
        }
        return sb.toString();
    }

    /** Validates {@code hex()}'s separator (a str or bytes of length 1, ASCII) given as text. */
    public static int hexSeparator(String sep) {
        if (sep.length() != 1) {
            throw FormatError.valueError("sep must be length 1.");
        }
        char c = sep.charAt(0);
        if (c > 127) {
            throw FormatError.valueError("sep must be ASCII.");
        }
        return c;
    }

    /** {@code bytes.fromhex(text)}: pairs of hex digits, ASCII whitespace allowed before each pair. */
    public static byte[] fromHex(String s) {
        byte[] out = new byte[s.length() / 2];
        int n = 0;
        int i = 0;
        int len = s.length();
        while (i < len) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (c > 127 || hi < 0) {
                throw FormatError.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (i + 1 >= len) {
                throw FormatError.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            char d = s.charAt(i + 1);
            int lo = Character.digit(d, 16);
            if (d > 127 || lo < 0) {
                throw FormatError.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out[n++] = (byte) ((hi << 4) | lo);
            i += 2;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public static String upper(String l1) {
        StringBuilder sb = new StringBuilder(l1.length());
        for (int i = 0; i < l1.length(); i++) {
            char c = l1.charAt(i);
            sb.append(isLower(c) ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    public static String lower(String l1) {
        StringBuilder sb = new StringBuilder(l1.length());
        for (int i = 0; i < l1.length(); i++) {
            char c = l1.charAt(i);
            sb.append(isUpper(c) ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    public static String swapcase(String l1) {
        StringBuilder sb = new StringBuilder(l1.length());
        for (int i = 0; i < l1.length(); i++) {
            char c = l1.charAt(i);
            sb.append(isUpper(c) ? (char) (c + 32) : isLower(c) ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    public static String capitalize(String l1) {
        if (l1.isEmpty()) {
            return l1;
        }
        return upper(l1.substring(0, 1)) + lower(l1.substring(1));
    }

    public static String title(String l1) {
        StringBuilder sb = new StringBuilder(l1.length());
        boolean prevCased = false;
        for (int i = 0; i < l1.length(); i++) {
            char c = l1.charAt(i);
            if (isAlpha(c)) {
                sb.append(prevCased ? (isUpper(c) ? (char) (c + 32) : c) : (isLower(c) ? (char) (c - 32) : c));
                prevCased = true;
            } else {
                sb.append(c);
                prevCased = false;
            }
        }
        return sb.toString();
    }

    public static boolean isTitle(String l1) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < l1.length(); i++) {
            char c = l1.charAt(i);
            if (isUpper(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else if (isLower(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    public static List<String> splitWhitespace(String l1, long maxsplit, boolean fromRight) {
        List<String> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (!fromRight) {
            int i = 0;
            int n = l1.length();
            while (true) {
                while (i < n && isSpace(l1.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit-- == 0) {
                    out.add(l1.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(l1.charAt(j))) {
                    j++;
                }
                out.add(l1.substring(i, j));
                i = j;
            }
            return out;
        }
        int i = l1.length();
        while (true) {
            while (i > 0 && isSpace(l1.charAt(i - 1))) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (maxsplit-- == 0) {
                out.add(l1.substring(0, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(l1.charAt(j - 1))) {
                j--;
            }
            out.add(l1.substring(j, i));
            i = j;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    public static List<String> splitlines(String l1, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = l1.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && l1.charAt(j) != '\n' && l1.charAt(j) != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += l1.charAt(j) == '\r' && j + 1 < n && l1.charAt(j + 1) == '\n' ? 2 : 1;
                if (keepends) {
                    eol = j;
                }
            }
            out.add(l1.substring(i, eol));
            i = j;
        }
        return out;
    }

    /** strip with ASCII whitespace ({@code chars} null) or the given bytes; mode 0 both, 1 left, 2 right. */
    public static String strip(String l1, String chars, int mode) {
        int start = 0;
        int end = l1.length();
        if (mode != 2) {
            while (start < end && (chars == null ? isSpace(l1.charAt(start)) : chars.indexOf(l1.charAt(start)) >= 0)) {
                start++;
            }
        }
        if (mode != 1) {
            while (end > start && (chars == null ? isSpace(l1.charAt(end - 1)) : chars.indexOf(l1.charAt(end - 1)) >= 0)) {
                end--;
            }
        }
        return l1.substring(start, end);
    }

    public static String expandtabs(String l1, long tabsize) {
        StringBuilder sb = new StringBuilder(l1.length() + 8);
        long col = 0;
        for (int i = 0; i < l1.length(); i++) {
            char c = l1.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long sp = tabsize - col % tabsize;
                    sb.repeat(' ', (int) sp);
                    col += sp;
                }
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }
}
