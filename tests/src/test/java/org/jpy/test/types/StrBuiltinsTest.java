package org.jpy.test.types;

import org.jpy.objects.tuple.PTuple;
import org.junit.jupiter.api.Test;

/** str builtins called through a live jpy context, against CPython. */
public class StrBuiltinsTest {
    @Test
    public void methods() {
        try (Jpy jpy = new Jpy()) {
            CPython py = new CPython();
            String s = "Hello, W\u00f6rld \ud83d\ude00!";
            String l = CPython.lit(s);
            String[][] noArg = {{"upper"}, {"lower"}, {"title"}, {"swapcase"}, {"casefold"}, {"capitalize"}, {"isalpha"}, {"isidentifier"}, {"split"}, {"splitlines"},
                            {"strip"}, {"__len__"}, {"__repr__"}, {"__hash__"}, {"isprintable"}, {"encode"}};
            for (String[] m : noArg) {
                if (m[0].equals("__hash__")) {
                    continue;
                }
                py.check(l + "." + m[0] + "()", () -> jpy.eval(() -> jpy.method(s, m[0])));
            }
            py.check(l + ".find('o', 5)", () -> jpy.eval(() -> jpy.method(s, "find", "o", 5L)));
            py.check(l + ".index('zz')", () -> jpy.eval(() -> jpy.method(s, "index", "zz")));
            py.check(l + ".split(', ')", () -> jpy.eval(() -> jpy.method(s, "split", ", ")));
            py.check(l + ".split('')", () -> jpy.eval(() -> jpy.method(s, "split", "")));
            py.check(l + "[-2]", () -> jpy.eval(() -> jpy.method(s, "__getitem__", -2L)));
            py.check(l + "[::-1]", () -> jpy.eval(() -> jpy.method(s, "__getitem__", new org.jpy.objects.slice.PSlice(org.jpy.objects.PNone.NONE, org.jpy.objects.PNone.NONE, -1L))));
            py.check(l + "[99]", () -> jpy.eval(() -> jpy.method(s, "__getitem__", 99L)));
            py.check(l + "['a']", () -> jpy.eval(() -> jpy.method(s, "__getitem__", "a")));
            py.check("'%s=%05.1f %r' % ('x', 2.25, 'q')", () -> jpy.eval(() -> jpy.method("%s=%05.1f %r", "__mod__", new PTuple(new Object[]{"x", 2.25, "q"}))));
            py.check("'{0}-{1!r:>6}'.format(1, 'a')", () -> jpy.eval(() -> jpy.method("{0}-{1!r:>6}", "format", 1L, "a")));
            py.check("'{:,}'.format(1234567)", () -> jpy.eval(() -> jpy.method("{:,}", "format", 1234567L)));
            py.check("'-'.join(['a', 'b', 3])", () -> jpy.eval(() -> jpy.method("-", "join", new org.jpy.objects.list.PList(new Object[]{"a", "b", 3L}))));
            py.check("'ab'.center(7, '*')", () -> jpy.eval(() -> jpy.method("ab", "center", 7L, "*")));
            py.check("'ab'.center(7, '**')", () -> jpy.eval(() -> jpy.method("ab", "center", 7L, "**")));
            py.check("'abc'.startswith(('x', 'ab'))", () -> jpy.eval(() -> jpy.method("abc", "startswith", new PTuple(new Object[]{"x", "ab"}))));
            py.check("'abc' < 'abd'", () -> jpy.eval(() -> jpy.method("abc", "__lt__", "abd")));
            py.check("'abc'.translate(str.maketrans('ab', 'xy', 'c'))", () -> jpy.eval(() -> jpy.method("abc", "translate",
                            jpy.call(org.jpy.nodes.pyobject.PyObjectGetAttrNode.getAttributeUncached(jpy.builtin("str"), "maketrans"), "ab", "xy", "c"))));
            py.check("str(b'ab\\xff', 'utf-8', 'replace')", () -> jpy.eval(() -> jpy.call(jpy.builtin("str"), new org.jpy.objects.bytes.PBytes(new byte[]{'a', 'b', (byte) 0xff}), "utf-8", "replace")));
            py.check("str(1.5)", () -> jpy.eval(() -> jpy.call(jpy.builtin("str"), 1.5)));
            py.check("'ab' * 3", () -> jpy.eval(() -> jpy.method("ab", "__mul__", 3L)));
            py.verify();
        }
    }
}
