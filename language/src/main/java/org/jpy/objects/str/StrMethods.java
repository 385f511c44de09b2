package org.jpy.objects.str;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jpy.runtime.formatting.FormatError;

/**
 * The algorithms of Python's {@code str} methods over {@link String}, in code points: indices, lengths, slices and
 * {@code start/end} arguments count code points (a non-BMP character is one), which only costs extra work when the string
 * contains surrogates ({@link #isBmpOnly}: then code unit and code point indices coincide). Whitespace, line boundaries,
 * case mappings and character classes follow CPython (see {@link UnicodeProps}), not Java.
 */
public final class StrMethods {
    private StrMethods() {
    }

    // ---- code point indexing ----

    public static boolean isBmpOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code len(s)}. */
    public static int length(String s) {
        return isBmpOnly(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** Code unit offset of code point index {@code cp} (0 <= cp <= len). */
    public static int offset(String s, int cp) {
        if (isBmpOnly(s)) {
            return cp;
        }
        return s.offsetByCodePoints(0, cp);
    }

    /** Code point index of code unit offset {@code off}. */
    public static int cpIndex(String s, int off) {
        if (isBmpOnly(s)) {
            return off;
        }
        return s.codePointCount(0, off);
    }

    /** The code point at code point index {@code i} (already normalized into range). */
    public static String charAt(String s, int i) {
        if (isBmpOnly(s)) {
            return String.valueOf(s.charAt(i));
        }
        int off = s.offsetByCodePoints(0, i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    /** {@code s[start:stop:step]} with already-adjusted slice indices and length. */
    public static String slice(String s, int start, int step, int sliceLength) {
        if (sliceLength <= 0) {
            return "";
        }
        boolean bmp = isBmpOnly(s);
        if (step == 1) {
            return bmp ? s.substring(start, start + sliceLength) : s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, start + sliceLength));
        }
        int[] cps = bmp ? null : s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(sliceLength);
        for (int k = 0, i = start; k < sliceLength; k++, i += step) {
            if (bmp) {
                sb.append(s.charAt(i));
            } else {
                sb.appendCodePoint(cps[i]);
            }
        }
        return sb.toString();
    }

    /** Adjusts {@code start/end} arguments like slice indices: returns {startCp, endCp} clamped to [0, len]. */
    public static int[] adjustIndices(long start, long end, int len) {
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new int[]{(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    // ---- searching ----

    /** {@code s.find(sub, start, end)} with raw (unadjusted) start/end; returns a code point index or -1. */
    public static int find(String s, String sub, long start, long end) {
        int len = length(s);
        int[] se = adjustIndices(start, end, len);
        int st = se[0];
        int en = se[1];
        if (st > len || en - st < length(sub)) {
            return -1;
        }
        int from = offset(s, st);
        int to = offset(s, en);
        int r = s.indexOf(sub, from);
        if (r < 0 || r + sub.length() > to) {
            return -1;
        }
        return cpIndex(s, r);
    }

    public static int rfind(String s, String sub, long start, long end) {
        int len = length(s);
        int[] se = adjustIndices(start, end, len);
        int st = se[0];
        int en = se[1];
        if (st > len || en - st < length(sub)) {
            return -1;
        }
        int from = offset(s, st);
        int to = offset(s, en);
        int r = s.lastIndexOf(sub, to - sub.length());
        if (r < from) {
            return -1;
        }
        return cpIndex(s, r);
    }

    public static long count(String s, String sub, long start, long end) {
        int len = length(s);
        int[] se = adjustIndices(start, end, len);
        int st = se[0];
        int en = se[1];
        if (st > len || en < st) {
            return 0;
        }
        if (sub.isEmpty()) {
            return en - st + 1;
        }
        int from = offset(s, st);
        int to = offset(s, en);
        long n = 0;
        int i = s.indexOf(sub, from);
        while (i >= 0 && i + sub.length() <= to) {
            n++;
            i = s.indexOf(sub, i + sub.length());
        }
        return n;
    }

    /** {@code startswith}/{@code endswith} for one prefix with raw start/end. */
    public static boolean startsWith(String s, String prefix, long start, long end, boolean atEnd) {
        int len = length(s);
        int[] se = adjustIndices(start, end, len);
        int st = se[0];
        int en = se[1];
        if (st > len) {
            return false;
        }
        if (en - st < length(prefix)) {
            return false;
        }
        int from = offset(s, st);
        int to = offset(s, en);
        if (atEnd) {
            return s.startsWith(prefix, to - prefix.length()) && to - prefix.length() >= from;
        }
        return s.startsWith(prefix, from);
    }

    // ---- splitting ----

    /** {@code s.split()} (sep=None): runs of whitespace separate, leading/trailing whitespace ignored. */
    public static List<String> splitWhitespace(String s, long maxsplit) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        while (true) {
            while (i < n && UnicodeProps.isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i >= n) {
                break;
            }
            if (maxsplit-- == 0) {
                out.add(s.substring(i));
                break;
            }
            int j = i;
            while (j < n && !UnicodeProps.isSpace(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    public static List<String> rsplitWhitespace(String s, long maxsplit) {
        List<String> out = new ArrayList<>();
        int i = s.length();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        while (true) {
            while (i > 0 && UnicodeProps.isSpace(s.codePointBefore(i))) {
                i -= Character.charCount(s.codePointBefore(i));
            }
            if (i <= 0) {
                break;
            }
            if (maxsplit-- == 0) {
                out.add(s.substring(0, i));
                break;
            }
            int j = i;
            while (j > 0 && !UnicodeProps.isSpace(s.codePointBefore(j))) {
                j -= Character.charCount(s.codePointBefore(j));
            }
            out.add(s.substring(j, i));
            i = j;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** {@code s.split(sep, maxsplit)} with a non-empty separator (the caller raises "empty separator"). */
    public static List<String> split(String s, String sep, long maxsplit) {
        List<String> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int i = 0;
        while (maxsplit-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    public static List<String> rsplit(String s, String sep, long maxsplit) {
        List<String> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int end = s.length();
        while (maxsplit-- > 0) {
            int j = s.lastIndexOf(sep, end - sep.length());
            if (j < 0) {
                break;
            }
            out.add(s.substring(j + sep.length(), end));
            end = j;
        }
        out.add(s.substring(0, end));
        java.util.Collections.reverse(out);
        return out;
    }

    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !UnicodeProps.isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.add(s.substring(i, eol));
            i = j;
        }
        return out;
    }

    // ---- stripping ----

    /** @param chars null for whitespace; @param mode 0 both, 1 left, 2 right */
    public static String strip(String s, String chars, int mode) {
        int start = 0;
        int end = s.length();
        if (mode != 2) {
            while (start < end) {
                int c = s.codePointAt(start);
                if (!(chars == null ? UnicodeProps.isSpace(c) : contains(chars, c))) {
                    break;
                }
                start += Character.charCount(c);
            }
        }
        if (mode != 1) {
            while (end > start) {
                int c = s.codePointBefore(end);
                if (!(chars == null ? UnicodeProps.isSpace(c) : contains(chars, c))) {
                    break;
                }
                end -= Character.charCount(c);
            }
        }
        return s.substring(start, end);
    }

    private static boolean contains(String chars, int c) {
        return c < 0x10000 ? chars.indexOf(c) >= 0 : chars.indexOf(new String(Character.toChars(c))) >= 0;
    }

    // ---- replace, padding, tabs ----

    public static String replace(String s, String old, String rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0) {
            return s;
        }
        if (old.isEmpty()) {
            // insert rep before every code point and at the end, at most count times
            StringBuilder sb = new StringBuilder(s.length() + rep.length() * 4);
            int i = 0;
            long done = 0;
            while (done < count) {
                sb.append(rep);
                done++;
                if (i >= s.length()) {
                    return sb.toString();
                }
                int c = s.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            sb.append(s, i, s.length());
            return sb.toString();
        }
        int i = s.indexOf(old);
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        while (i >= 0 && count-- > 0) {
            sb.append(s, last, i).append(rep);
            last = i + old.length();
            i = s.indexOf(old, last);
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }

    public static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long column = 0;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - (column % tabsize);
                    if (sb.length() + spaces > Integer.MAX_VALUE - 16) {
                        throw FormatError.overflowError("result too long");
                    }
                    sb.repeat(' ', (int) spaces);
                    column += spaces;
                }
            } else {
                sb.appendCodePoint(c);
                column++;
                if (c == '\n' || c == '\r') {
                    column = 0;
                }
            }
        }
        return sb.toString();
    }

    /** center/ljust/rjust: {@code align} is '^', '<' or '>'. */
    public static String pad(String s, long width, int fill, char align) {
        int len = length(s);
        if (width <= len) {
            return s;
        }
        long marg = width - len;
        long left = switch (align) {
            case '<' -> 0;
            case '>' -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        String f = new String(Character.toChars(fill));
        return f.repeat((int) left) + s + f.repeat((int) (marg - left));
    }

    public static String zfill(String s, long width) {
        int len = length(s);
        if (width <= len) {
            return s;
        }
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder((int) width);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0)).repeat('0', fill).append(s, 1, s.length());
        } else {
            sb.repeat('0', fill).append(s);
        }
        return sb.toString();
    }

    // ---- case ----

    public static String upper(String s) {
        if (isAscii(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            appendUpper(sb, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    public static String lower(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            appendLower(sb, s, i, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** Full lowercase of one code point at index {@code i} of {@code s}, applying the final-sigma rule. */
    private static void appendLower(StringBuilder sb, String s, int i, int c) {
        if (c == 0x3a3) {
            sb.append(isFinalSigma(s, i) ? 'ς' : 'σ');
        } else if (c == 0x130) {
            sb.append("i\u0307");
        } else {
            int l = Character.toLowerCase(c);
            sb.appendCodePoint(l != c && (UnicodeProps.isNewerThan15(c) || UnicodeProps.isNewerThan15(l)) ? c : l);
        }
    }

    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        boolean casedBefore = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (UnicodeProps.isCaseIgnorable(c)) {
                continue;
            }
            casedBefore = UnicodeProps.isCased(c);
            break;
        }
        if (!casedBefore) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (UnicodeProps.isCaseIgnorable(c)) {
                continue;
            }
            return !UnicodeProps.isCased(c);
        }
        return true;
    }

    private static void appendUpper(StringBuilder sb, int c) {
        String one = new String(Character.toChars(c));
        String u = one.toUpperCase(Locale.ROOT);
        sb.append(UnicodeProps.mentionsNewerThan15(c, u) ? one : u);
    }

    /** Full titlecase mapping of one code point. */
    public static String titleOf(int c) {
        String one = new String(Character.toChars(c));
        String u = one.toUpperCase(Locale.ROOT);
        if (UnicodeProps.mentionsNewerThan15(c, u)) {
            return one;
        }
        if (u.codePointCount(0, u.length()) == 1) {
            return new String(Character.toChars(Character.toTitleCase(c)));
        }
        if ((c >= 0x1f80 && c <= 0x1faf) || c == 0x1fb3 || c == 0x1fbc || c == 0x1fc3 || c == 0x1fcc || c == 0x1ff3 || c == 0x1ffc) {
            return new String(Character.toChars(Character.toTitleCase(c)));
        }
        if (c == 0x149) {
            return u;
        }
        int first = u.codePointAt(0);
        String rest = u.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        if (c >= 0x1f80 && c <= 0x1fff) {
            rest = rest.replace('\u03b9', '\u0345'); // the iota subscript stays a combining ypogegrammeni
        }
        return new String(Character.toChars(first)) + rest;
    }

    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int c0 = s.codePointAt(0);
        sb.append(titleOf(c0));
        for (int i = Character.charCount(c0); i < s.length();) {
            int c = s.codePointAt(i);
            appendLower(sb, s, i, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (previousCased) {
                appendLower(sb, s, i, c);
            } else {
                sb.append(titleOf(c));
            }
            previousCased = UnicodeProps.isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (UnicodeProps.isUpper(c)) {
                appendLower(sb, s, i, c);
            } else if (UnicodeProps.isLower(c)) {
                appendUpper(sb, c);
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    public static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            sb.append(casefoldOf(c));
        }
        return sb.toString();
    }

    public static String casefoldOf(int c) {
        if (c < 128) {
            return String.valueOf((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        if (c >= 0x13f8 && c <= 0x13fd) {
            return String.valueOf((char) (c - 8));
        }
        if (c >= 0xab70 && c <= 0xabbf) {
            return String.valueOf((char) (c - 0xab70 + 0x13a0));
        }
        if ((c >= 0x13a0 && c <= 0x13f5) || c == 0x131) {
            return String.valueOf((char) c);
        }
        String one = new String(Character.toChars(c));
        String u = one.toUpperCase(Locale.ROOT);
        if (UnicodeProps.mentionsNewerThan15(c, u)) {
            return one;
        }
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < u.length();) {
            int x = u.codePointAt(i);
            i += Character.charCount(x);
            if (x == 0x130) {
                sb.append("i\u0307");
            } else if (x == 0x1e9e) {
                sb.append("ss");
            } else {
                sb.appendCodePoint(Character.toLowerCase(x));
            }
        }
        return sb.toString();
    }

    // ---- predicates ----

    public interface CodePointPredicate {
        boolean test(int c);
    }

    /** True when non-empty and every code point satisfies {@code p} (isalpha, isdigit, ...). */
    public static boolean all(String s, CodePointPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (!p.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    public static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
                return false;
            }
            if (!cased && UnicodeProps.isLower(c)) {
                cased = true;
            }
        }
        return cased;
    }

    public static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (UnicodeProps.isLower(c) || UnicodeProps.isTitle(c)) {
                return false;
            }
            if (!cased && UnicodeProps.isUpper(c)) {
                cased = true;
            }
        }
        return cased;
    }

    public static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeProps.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    public static boolean isPrintable(String s) {
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (!UnicodeProps.isPrintable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    public static boolean isIdentifier(String s) {
        if (s.isEmpty() || !UnicodeProps.isIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length();) {
            int c = s.codePointAt(i);
            if (!UnicodeProps.isIdentifierPart(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    // ---- misc ----

    /** {@code sep.join(items)} once the items are known to be str. */
    public static String join(String sep, List<String> items) {
        return String.join(sep, items);
    }
}
