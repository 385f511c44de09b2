package org.jpy.test.types;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

import org.jpy.objects.str.StrMethods;
import org.jpy.objects.str.UnicodeProps;
import org.junit.jupiter.api.Test;

/** str method algorithms against CPython: Unicode predicates and case mappings over every code point, and method cases. */
public class StrMethodsTest {
    static final String PRELUDE = """
                    def _ranges(f):
                        out = []
                        start = None
                        for c in range(0x110000):
                            if 0xd800 <= c < 0xe000:
                                ok = f(chr(c))
                            else:
                                ok = f(chr(c))
                            if ok and start is None:
                                start = c
                            elif not ok and start is not None:
                                out.append('%x-%x' % (start, c - 1))
                                start = None
                        if start is not None:
                            out.append('%x-%x' % (start, 0x10ffff))
                        return ' '.join(out)
                    def _maps(f):
                        out = []
                        for c in range(0x110000):
                            r = f(chr(c))
                            if r != chr(c):
                                out.append('%x:%s' % (c, ','.join('%x' % ord(x) for x in r)))
                        return ' '.join(out)
                    """;

    static String ranges(IntPredicate p) {
        StringBuilder sb = new StringBuilder();
        int start = -1;
        for (int c = 0; c < 0x110000; c++) {
            boolean ok = p.test(c);
            if (ok && start < 0) {
                start = c;
            } else if (!ok && start >= 0) {
                sb.append(sb.isEmpty() ? "" : " ").append(String.format("%x-%x", start, c - 1));
                start = -1;
            }
        }
        if (start >= 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format("%x-%x", start, 0x10ffff));
        }
        return sb.toString();
    }

    static String maps(Function<String, String> f) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 0x110000; c++) {
            String one = new String(Character.toChars(c));
            String r = f.apply(one);
            if (!r.equals(one)) {
                sb.append(sb.isEmpty() ? "" : " ").append(String.format("%x:", c));
                StringBuilder h = new StringBuilder();
                r.codePoints().forEach(x -> h.append(h.isEmpty() ? "" : ",").append(String.format("%x", x)));
                sb.append(h);
            }
        }
        return sb.toString();
    }

    @Test
    public void predicates() {
        CPython py = new CPython(PRELUDE);
        py.check("_ranges(str.isspace)", () -> ranges(UnicodeProps::isSpace));
        py.check("_ranges(str.isprintable)", () -> ranges(UnicodeProps::isPrintable));
        py.check("_ranges(str.isdecimal)", () -> ranges(UnicodeProps::isDecimal));
        py.check("_ranges(str.isdigit)", () -> ranges(UnicodeProps::isDigit));
        py.check("_ranges(str.isnumeric)", () -> ranges(UnicodeProps::isNumeric));
        py.check("_ranges(str.isalpha)", () -> ranges(UnicodeProps::isAlpha));
        py.check("_ranges(str.isalnum)", () -> ranges(UnicodeProps::isAlnum));
        py.check("_ranges(str.islower)", () -> ranges(c -> StrMethods.isLower(new String(Character.toChars(c)))));
        py.check("_ranges(str.isupper)", () -> ranges(c -> StrMethods.isUpper(new String(Character.toChars(c)))));
        py.check("_ranges(str.istitle)", () -> ranges(c -> StrMethods.isTitle(new String(Character.toChars(c)))));
        py.check("_ranges(str.isidentifier)", () -> ranges(c -> StrMethods.isIdentifier(new String(Character.toChars(c)))));
        py.check("_ranges(lambda c: ('a' + c).isidentifier())", () -> ranges(c -> StrMethods.isIdentifier("a" + new String(Character.toChars(c)))));
        py.check("_ranges(lambda c: len(c.splitlines()) == 1 and c.splitlines(True)[0] != c or c.splitlines() == [''])",
                        () -> ranges(c -> {
                            List<String> l = StrMethods.splitlines(new String(Character.toChars(c)), false);
                            return l.size() == 1 && l.get(0).isEmpty();
                        }));
        py.verify();
    }

    @Test
    public void caseMappings() {
        CPython py = new CPython(PRELUDE);
        py.check("_maps(str.upper)", () -> maps(StrMethods::upper));
        py.check("_maps(str.lower)", () -> maps(StrMethods::lower));
        py.check("_maps(str.title)", () -> maps(StrMethods::title));
        py.check("_maps(str.capitalize)", () -> maps(StrMethods::capitalize));
        py.check("_maps(str.swapcase)", () -> maps(StrMethods::swapcase));
        py.check("_maps(str.casefold)", () -> maps(StrMethods::casefold));
        String[] words = {"hello world", "HELLO", "ǆemal", "ŉ", "ß straße", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "aΣ", "Σa", "a.Σ", "aΣ.b", "ﬁsh ﬂy", "they're bill's",
                        "İstanbul", "ǅ", "1st 2nd", "a\u0301Σ", "Σ\u0301", "AB\u00adΣ", "x \u1fb3 \u1f80"};
        for (String w : words) {
            String l = CPython.lit(w);
            py.check(l + ".upper()", () -> StrMethods.upper(w));
            py.check(l + ".lower()", () -> StrMethods.lower(w));
            py.check(l + ".title()", () -> StrMethods.title(w));
            py.check(l + ".capitalize()", () -> StrMethods.capitalize(w));
            py.check(l + ".swapcase()", () -> StrMethods.swapcase(w));
            py.check(l + ".casefold()", () -> StrMethods.casefold(w));
            py.check(l + ".istitle()", () -> py(StrMethods.isTitle(w)));
            py.check(l + ".islower()", () -> py(StrMethods.isLower(w)));
            py.check(l + ".isupper()", () -> py(StrMethods.isUpper(w)));
        }
        py.verify();
    }

    static String py(Object o) {
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(org.jpy.runtime.formatting.StrRepr.repr((String) l.get(i)));
            }
            return sb.append("]").toString();
        }
        return String.valueOf(o);
    }

    @Test
    public void methods() {
        String[] texts = {"", " ", "a", "  a b  c  ", "a,b,,c,", ",a,", "\t\n x\u00a0y\u2003z\u200b ", "line1\nline2\r\nline3\rline4\u2028l5\u0085\u000b\u000c\u001c\u001d\u001e",
                        "\n", "\r\n\r\n", "abcabcabc", "a\tb\tc\n12345\tx\r\t", "\ud83d\ude00a\ud83d\ude00b", "mississippi", "-42", "+7", "x", "aaa"};
        String[] subs = {"", "a", "ab", "bc", "ss", ",", "\ud83d\ude00", "abc", "zz", " "};
        long[][] ranges = {{0, Long.MAX_VALUE}, {1, Long.MAX_VALUE}, {-3, Long.MAX_VALUE}, {2, 5}, {0, -1}, {5, 2}, {100, Long.MAX_VALUE}, {-100, 3}};
        CPython py = new CPython();
        for (String t : texts) {
            String l = CPython.lit(t);
            py.check(l + ".split()", () -> py(StrMethods.splitWhitespace(t, -1)));
            py.check(l + ".split(None, 1)", () -> py(StrMethods.splitWhitespace(t, 1)));
            py.check(l + ".rsplit()", () -> py(StrMethods.rsplitWhitespace(t, -1)));
            py.check(l + ".rsplit(None, 1)", () -> py(StrMethods.rsplitWhitespace(t, 1)));
            py.check(l + ".split(None, 0)", () -> py(StrMethods.splitWhitespace(t, 0)));
            py.check(l + ".rsplit(None, 0)", () -> py(StrMethods.rsplitWhitespace(t, 0)));
            py.check(l + ".splitlines()", () -> py(StrMethods.splitlines(t, false)));
            py.check(l + ".splitlines(True)", () -> py(StrMethods.splitlines(t, true)));
            py.check(l + ".strip()", () -> StrMethods.strip(t, null, 0));
            py.check(l + ".lstrip()", () -> StrMethods.strip(t, null, 1));
            py.check(l + ".rstrip()", () -> StrMethods.strip(t, null, 2));
            py.check(l + ".strip('a,\ud83d\ude00')", () -> StrMethods.strip(t, "a,\ud83d\ude00", 0));
            py.check(l + ".expandtabs()", () -> StrMethods.expandtabs(t, 8));
            py.check(l + ".expandtabs(3)", () -> StrMethods.expandtabs(t, 3));
            py.check(l + ".expandtabs(0)", () -> StrMethods.expandtabs(t, 0));
            for (int w : new int[]{0, 5, 10, 11}) {
                py.check(l + ".center(" + w + ", '*')", () -> StrMethods.pad(t, w, '*', '^'));
                py.check(l + ".ljust(" + w + ")", () -> StrMethods.pad(t, w, ' ', '<'));
                py.check(l + ".rjust(" + w + ", '\u00e9')", () -> StrMethods.pad(t, w, '\u00e9', '>'));
                py.check(l + ".zfill(" + w + ")", () -> StrMethods.zfill(t, w));
            }
            py.check("len(" + l + ")", () -> StrMethods.length(t));
            for (String sub : subs) {
                String sl = CPython.lit(sub);
                if (!sub.isEmpty()) {
                    py.check(l + ".split(" + sl + ")", () -> py(StrMethods.split(t, sub, -1)));
                    py.check(l + ".split(" + sl + ", 1)", () -> py(StrMethods.split(t, sub, 1)));
                    py.check(l + ".rsplit(" + sl + ", 1)", () -> py(StrMethods.rsplit(t, sub, 1)));
                    py.check(l + ".rsplit(" + sl + ")", () -> py(StrMethods.rsplit(t, sub, -1)));
                }
                py.check(l + ".replace(" + sl + ", '<>')", () -> StrMethods.replace(t, sub, "<>", -1));
                py.check(l + ".replace(" + sl + ", '', 2)", () -> StrMethods.replace(t, sub, "", 2));
                py.check(l + ".replace(" + sl + ", '-', 3)", () -> StrMethods.replace(t, sub, "-", 3));
                for (long[] r : ranges) {
                    String args = sl + ", " + r[0] + (r[1] == Long.MAX_VALUE ? "" : ", " + r[1]);
                    py.check(l + ".find(" + args + ")", () -> StrMethods.find(t, sub, r[0], r[1]));
                    py.check(l + ".rfind(" + args + ")", () -> StrMethods.rfind(t, sub, r[0], r[1]));
                    py.check(l + ".count(" + args + ")", () -> StrMethods.count(t, sub, r[0], r[1]));
                    py.check(l + ".startswith(" + args + ")", () -> py(StrMethods.startsWith(t, sub, r[0], r[1], false)));
                    py.check(l + ".endswith(" + args + ")", () -> py(StrMethods.startsWith(t, sub, r[0], r[1], true)));
                }
            }
        }
        py.verify();
    }
}
