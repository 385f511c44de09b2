package org.jpy.test.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.PercentFormatter;
import org.jpy.runtime.formatting.StrFormatter;
import org.jpy.runtime.formatting.StrRepr;
import org.jpy.runtime.formatting.StringFormatter;
import org.junit.jupiter.api.Test;

/** %-formatting, str.format, str.__format__, repr/ascii of str and bytes, against CPython. */
public class TextFormattingTest {
    static final JavaValueHooks HOOKS = new JavaValueHooks();

    /** A Python literal for a Java test value. */
    static String py(Object o) {
        if (o instanceof String s) {
            return CPython.lit(s);
        }
        if (o instanceof Double d) {
            return FloatFormatterTest.lit(d);
        }
        if (o instanceof byte[] b) {
            return "bytes.fromhex('" + java.util.HexFormat.of().formatHex(b) + "')";
        }
        if (o instanceof Object[] a) {
            StringBuilder sb = new StringBuilder("(");
            for (Object x : a) {
                sb.append(py(x)).append(", ");
            }
            return sb.append(")").toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : l) {
                sb.append(py(x)).append(", ");
            }
            return sb.append("]").toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (var e : m.entrySet()) {
                sb.append(py(e.getKey())).append(": ").append(py(e.getValue())).append(", ");
            }
            return sb.append("}").toString();
        }
        return HOOKS.repr(o);
    }

    static String err(FormatError e) {
        return "!" + e.kind + ": " + e.getMessage();
    }

    @Test
    public void percent() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("a", 1L);
        m.put("b", "xyz");
        m.put("f", 2.5);
        Object[][] cases = {{"%s", "x"}, {"%5%", new Object[]{1L}}, {"%d", "x"}, {"%x", 1.5}, {"%c", "ab"}, {"%c", 1.5}, {"%f", "x"},
                        {"%d", 3.7}, {"%(a)s", List.of(1L)}, {"%(a", m}, {"%", new Object[0]}, {"%z", 1L}, {"%s %s", new Object[]{1L}},
                        {"%s", new Object[]{1L, 2L}}, {"%*d", new Object[]{"x", 1L}}, {"%.*f", new Object[]{2L, 1.234}}, {"%c", -1L},
                        {"%c", 0x110000L}, {"%i", true}, {"%5.3s", "abcdef"}, {"%-5d|", 3L}, {"%05d", -3L}, {"%+.3d", 5L}, {"%#.3x", 5L},
                        {"%#o", 8L}, {"% d", 4L}, {"%e", 1e100}, {"%#.0f", 1.0}, {"%g", 1e-5}, {"%r", "a"}, {"%a", "\u00e9"}, {"%s", m},
                        {"%(x)s %s", m}, {"%x", new BigInteger("1180591620717411303424")}, {"%.0e", 0.5}, {"abc", 5L}, {"abc", new Object[0]},
                        {"abc", m}, {"abc", List.of()}, {"%(a)d %(b)s %(f).2f %(a)x", m}, {"%(b)-6s|%(a)+05d", m}, {"%c", "\u00e9"},
                        {"%5c", 65L}, {"%.2c", 65L}, {"%5r", 1L}, {"%x", true}, {"%X", -255L}, {"%#X", 255L}, {"%o", -8L}, {"%u", 5L},
                        {"%F", Double.POSITIVE_INFINITY}, {"%5.1f", -0.0}, {"%*s", new Object[]{-5L, "a"}}, {"%(a)*d", m},
                        {"%-+8.3e|", -12.5}, {"%08.2f", -3.14159}, {"% 08.2f", 3.14159}, {"%#g", 1.0}, {"%G", 1e-10}, {"%10.4g|", 123456.0},
                        {"%s %r %a", new Object[]{"\u00e9", "\u00e9", "\u00e9"}}, {"%ld %hd %Lf", new Object[]{1L, 2L, 3.0}},
                        {"%d%%", 50L}, {"%.3s|%-6.2s|", new Object[]{"abcdef", "xyz"}}, {"%s", new Object[]{new Object[]{1L, 2L}}},
                        {"%(a)s %(a)s", m}, {"%()s", m}, {"%((a))s", m}, {"%s", new Object[0]}, {"%d", new BigInteger("-99999999999999999999999")},
                        {"%.50d", 1L}, {"%0-5d|", 1L}, {"%#5x|", 255L}, {"%-#8o|", 8L}, {"%+x", 255L}, {"%e", Double.NaN}, {"%+f", Double.NaN},
                        {"%010f", Double.NEGATIVE_INFINITY}};
        CPython cp = new CPython();
        for (Object[] c : cases) {
            String f = (String) c[0];
            Object a = c[1];
            cp.check(CPython.lit(f) + " % " + py(a), () -> PercentFormatter.format(HOOKS, f, a));
        }
        Object[][] bcases = {{"%s", "x".getBytes()}, {"%s", "x"}, {"%a", "\u00e9"}, {"%r", "x".getBytes()}, {"%c", 65L},
                        {"%c", "A".getBytes()}, {"%c", "A"}, {"%d", 5L}, {"%s", 5L}, {"%b", "z".getBytes()}, {"%x|%5.1f|%-4d|", new Object[]{255L, 2.25, 7L}},
                        {"%c", 256L}, {"%s %s", new Object[]{"a".getBytes()}}, {"%y", 1L}, {"%s", new Object[]{1L, 2L}}};
        for (Object[] c : bcases) {
            String f = (String) c[0];
            Object a = c[1];
            cp.check("(" + "b" + CPython.lit(f) + " % " + py(a) + ").decode('latin-1')", () -> PercentFormatter.formatBytes(HOOKS, f, a));
        }
        cp.verify();
    }

    @Test
    public void strFormat() {
        String[] fmts = {"{", "}", "{}}", "{0", "{!}", "{!r", "{0!}", "{0!x}", "{0!rr}", "{0!r:>5}", "{}{0}", "{0}{}", "{a.}", "{0[}",
                        "{0[a]}", "{2}", "{a}", "{0:{1}}", "{0:{1:{2}}}", "{:{}}", "{0:}", "{0!s:}", "{ 0}", "{0 }", "{-1}",
                        "{0[-1]}", "{0}}}", "{{}}", "{0:{}}", "{:}", "{0[0}", "{0:x{}}}", "{0!s:{{}}}", "{0:}}", "{[0]}", "{00}", "{0!a}",
                        "{0:{", "{0:{}", "{1:>{2}}|{2:x}", "{a:*^{1}}", "{} {} {}", "{} {} {} {} {} {}", "{1[0]}{1[1]}", "{0[0]x}",
                        "{3[a]!r:^10}", "{1!r}", "{1!a}", "x{{y}}z", "{0{}", "{1:{2}.{2}}", "{a!s:>{1}}", "{3[b][0]}", "{3[b]}",
                        "{0[1]}", "{99999999999999999999}", "{1.x}", "{0[0][0]}"};
        Map<Object, Object> inner = new LinkedHashMap<>();
        inner.put("a", "va");
        inner.put("b", List.of(7L, 8L));
        Object[] args = {List.of(10L, 20L), "\u00e9t\u00e9", 5L, inner};
        Map<Object, Object> kw = new LinkedHashMap<>();
        kw.put("a", 7L);
        CPython cp = new CPython();
        for (String f : fmts) {
            cp.check(CPython.lit(f) + ".format(" + py(args[0]) + ", " + py(args[1]) + ", 5, " + py(args[3]) + ", a=7)",
                            () -> StrFormatter.format(HOOKS, f, args, kw));
        }
        cp.verify();
    }

    @Test
    public void strDunderFormat() {
        String[] specs = {",", "_", "+", "-", " ", "#", "=5", "z", "d", "05", ".2", "x<5.1", "^7", "s", ".0s", "10,s", "<", ".2,",
                        "\u00e9>6", "*^8.4", ">3", "", "0", "010", "<010"};
        CPython cp = new CPython();
        for (String s : specs) {
            cp.check("format('abc\u00e9', " + CPython.lit(s) + ")", () -> StringFormatter.format("abc\u00e9", s));
        }
        cp.verify();
    }

    @Test
    public void reprs() {
        List<String> strs = new ArrayList<>(List.of("", "a", "'", "\"", "'\"", "\\", "\t\n\r\u0000\u001f\u007f", "\u0080\u00a0\u00ad\u00e9",
                        "\u2028\u200b\ufeff\uffff", "\ud800", "\udfff", "\ud83d\ude00", "\udb40\udc01", "\u0378", "\ue000", "\u3000x",
                        "It's", "say \"hi\"", "\u0301", "\uD834\uDD1E", "\u00ff\u0100"));
        for (int c = 0; c < 0x3000; c += 7) {
            strs.add(new String(Character.toChars(c)));
        }
        for (int c = 0x10000; c < 0x30000; c += 97) {
            strs.add(new String(Character.toChars(c)));
        }
        CPython cp = new CPython();
        for (String s : strs) {
            cp.check("repr(" + CPython.lit(s) + ")", () -> StrRepr.repr(s));
            cp.check("ascii(" + CPython.lit(s) + ")", () -> StrRepr.ascii(s));
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        cp.check("repr(bytes(range(256)))", () -> StrRepr.reprBytes(all, 256));
        cp.check("repr(b\"'\")", () -> StrRepr.reprBytes("'".getBytes(), 1));
        cp.check("repr(b\"'\\\"\")", () -> StrRepr.reprBytes("'\"".getBytes(), 2));
        cp.verify();
    }
}
