package org.jpy.test.types;

import org.jpy.objects.PNone;
import org.jpy.objects.list.PList;
import org.jpy.objects.slice.PSlice;
import org.jpy.objects.tuple.PTuple;
import org.junit.jupiter.api.Test;

/** Containers and builtin functions called through a live jpy context, against CPython. */
public class ContainersTest {
    static PList list(Object... items) {
        return new PList(items);
    }

    @Test
    public void containers() {
        try (Jpy jpy = new Jpy()) {
            CPython py = new CPython();
            Object b = null;
            py.check("repr([1, 'a', 2.5, (1,), ()])", () -> jpy.eval(() -> jpy.callBuiltin("repr", list(1L, "a", 2.5, new PTuple(new Object[]{1L}), new PTuple(new Object[0])))));
            py.check("[1,2,3,4,5][::2]", () -> jpy.eval(() -> jpy.method(list(1L, 2L, 3L, 4L, 5L), "__getitem__", new PSlice(PNone.NONE, PNone.NONE, 2L))));
            py.check("sorted(['b', 'A', 'c'])", () -> jpy.eval(() -> jpy.callBuiltin("sorted", list("b", "A", "c"))));
            py.check("max([3, 9, 2])", () -> jpy.eval(() -> jpy.callBuiltin("max", list(3L, 9L, 2L))));
            py.check("min([])", () -> jpy.eval(() -> jpy.callBuiltin("min", list())));
            py.check("min()", () -> jpy.eval(() -> jpy.callBuiltin("min")));
            py.check("sum([0.1] * 10)", () -> jpy.eval(() -> jpy.callBuiltin("sum", list(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))));
            py.check("sum([1, 2, 3])", () -> jpy.eval(() -> jpy.callBuiltin("sum", list(1L, 2L, 3L))));
            py.check("sum(['a'], '')", () -> jpy.eval(() -> jpy.callBuiltin("sum", list("a"), "")));
            py.check("len([1, 2])", () -> jpy.eval(() -> jpy.callBuiltin("len", list(1L, 2L))));
            py.check("list((1, 2)) + [3]", () -> jpy.eval(() -> jpy.method(jpy.callBuiltin("list", new PTuple(new Object[]{1L, 2L})), "__add__", list(3L))));
            py.check("[1] + (2,)", () -> jpy.eval(() -> jpy.method(list(1L), "__add__", new PTuple(new Object[]{2L}))));
            py.check("[1, 2] < [1, 3]", () -> jpy.eval(() -> jpy.method(list(1L, 2L), "__lt__", list(1L, 3L))));
            py.check("(1, 2) == (1, 2)", () -> jpy.eval(() -> jpy.method(new PTuple(new Object[]{1L, 2L}), "__eq__", new PTuple(new Object[]{1L, 2L}))));
            py.check("hash((1, 2))", () -> jpy.eval(() -> jpy.callBuiltin("hash", new PTuple(new Object[]{1L, 2L}))));
            py.check("[1, 2, 3].index(4)", () -> jpy.eval(() -> jpy.method(list(1L, 2L, 3L), "index", 4L)));
            py.check("[].pop()", () -> jpy.eval(() -> jpy.method(list(), "pop")));
            py.check("dict(a=1, b=2)", () -> jpy.eval(() -> {
                Object d = jpy.callBuiltin("dict");
                jpy.method(d, "__setitem__", "a", 1L);
                jpy.method(d, "__setitem__", "b", 2L);
                return d;
            }));
            py.check("{'a': 1}['b']", () -> jpy.eval(() -> {
                Object d = jpy.callBuiltin("dict");
                jpy.method(d, "__setitem__", "a", 1L);
                return jpy.method(d, "__getitem__", "b");
            }));
            py.check("{'a': 1, 'b': 2}.popitem()", () -> jpy.eval(() -> {
                Object d = jpy.callBuiltin("dict");
                jpy.method(d, "__setitem__", "a", 1L);
                jpy.method(d, "__setitem__", "b", 2L);
                return jpy.method(d, "popitem");
            }));
            py.check("{'a': 1, 'b': 2}.keys()", () -> jpy.eval(() -> {
                Object d = jpy.callBuiltin("dict");
                jpy.method(d, "__setitem__", "a", 1L);
                jpy.method(d, "__setitem__", "b", 2L);
                return jpy.method(d, "keys");
            }));
            py.check("set([1, 3, 1])", () -> jpy.eval(() -> jpy.callBuiltin("set", list(1L, 3L, 1L))));
            py.check("frozenset([1]) | {2}", () -> jpy.eval(() -> jpy.method(jpy.callBuiltin("frozenset", list(1L)), "__or__", jpy.callBuiltin("set", list(2L)))));
            py.check("hash(frozenset([1, 2, 3]))", () -> jpy.eval(() -> jpy.callBuiltin("hash", jpy.callBuiltin("frozenset", list(1L, 2L, 3L)))));
            py.check("set()", () -> jpy.eval(() -> jpy.callBuiltin("set")));
            py.check("ord('\u00e9')", () -> jpy.eval(() -> jpy.callBuiltin("ord", "\u00e9")));
            py.check("ord('ab')", () -> jpy.eval(() -> jpy.callBuiltin("ord", "ab")));
            py.check("chr(0x1f600)", () -> jpy.eval(() -> jpy.callBuiltin("chr", 0x1f600L)));
            py.check("chr(-1)", () -> jpy.eval(() -> jpy.callBuiltin("chr", -1L)));
            py.check("hex(-255)", () -> jpy.eval(() -> jpy.callBuiltin("hex", -255L)));
            py.check("bin(5)", () -> jpy.eval(() -> jpy.callBuiltin("bin", 5L)));
            py.check("round(2.675, 2)", () -> jpy.eval(() -> jpy.callBuiltin("round", 2.675, 2L)));
            py.check("round(2.5)", () -> jpy.eval(() -> jpy.callBuiltin("round", 2.5)));
            py.check("divmod(-7, 2)", () -> jpy.eval(() -> jpy.callBuiltin("divmod", -7L, 2L)));
            py.check("pow(3, -1, 7)", () -> jpy.eval(() -> jpy.callBuiltin("pow", 3L, -1L, 7L)));
            py.check("format(3.14159, '.2f')", () -> jpy.eval(() -> jpy.callBuiltin("format", 3.14159, ".2f")));
            py.check("ascii('\u00e9x')", () -> jpy.eval(() -> jpy.callBuiltin("ascii", "\u00e9x")));
            py.check("abs(-3)", () -> jpy.eval(() -> jpy.callBuiltin("abs", -3L)));
            py.check("any([0, '', 3])", () -> jpy.eval(() -> jpy.callBuiltin("any", list(0L, "", 3L))));
            py.check("isinstance(True, int)", () -> jpy.eval(() -> jpy.callBuiltin("isinstance", true, jpy.builtin("int"))));
            py.check("isinstance(1, 5)", () -> jpy.eval(() -> jpy.callBuiltin("isinstance", 1L, 5L)));
            py.check("float('1_0.5')", () -> jpy.eval(() -> jpy.callBuiltin("float", "1_0.5")));
            py.check("float('x')", () -> jpy.eval(() -> jpy.callBuiltin("float", "x")));
            py.check("(1.5).hex()", () -> jpy.eval(() -> jpy.method(1.5, "hex")));
            py.check("(0.1).__add__(1)", () -> jpy.eval(() -> jpy.method(0.1, "__add__", 1L)));
            py.check("(7.5).__floordiv__(-2)", () -> jpy.eval(() -> jpy.method(7.5, "__floordiv__", -2L)));
            py.check("(1e300).__mul__(1e300)", () -> jpy.eval(() -> jpy.method(1e300, "__mul__", 1e300)));
            py.check("True.__and__(False)", () -> jpy.eval(() -> jpy.method(true, "__and__", false)));
            py.check("True.__or__(2)", () -> jpy.eval(() -> jpy.method(true, "__or__", 2L)));
            py.check("repr(True)", () -> jpy.eval(() -> jpy.callBuiltin("repr", true)));
            py.check("bool([])", () -> jpy.eval(() -> jpy.callBuiltin("bool", list())));
            py.check("next(iter([1]))", () -> jpy.eval(() -> jpy.callBuiltin("next", jpy.callBuiltin("iter", list(1L)))));
            py.check("next(iter([]), 'd')", () -> jpy.eval(() -> jpy.callBuiltin("next", jpy.callBuiltin("iter", list()), "d")));
            py.check("tuple('ab')", () -> jpy.eval(() -> jpy.callBuiltin("tuple", "ab")));
            py.check("getattr(1, 'zz', 5)", () -> jpy.eval(() -> jpy.callBuiltin("getattr", 1L, "zz", 5L)));
            py.check("getattr(1, 'zz')", () -> jpy.eval(() -> jpy.callBuiltin("getattr", 1L, "zz")));
            py.verify();
        }
    }
}
