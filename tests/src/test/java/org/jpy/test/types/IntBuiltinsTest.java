package org.jpy.test.types;

import org.junit.jupiter.api.Test;

/** int builtins called through a live jpy context, against CPython. */
public class IntBuiltinsTest {
    @Test
    public void constructorAndMethods() {
        try (Jpy jpy = new Jpy()) {
            CPython py = new CPython();
            Object intCls = jpy.builtin("int");
            String[] strs = {"12", " -0x1f ", "1_000", "abc", "0b101", "1.5", ""};
            for (String s : strs) {
                py.check("int(" + CPython.lit(s) + ")", () -> jpy.eval(() -> jpy.call(intCls, s)));
                py.check("int(" + CPython.lit(s) + ", 0)", () -> jpy.eval(() -> jpy.call(intCls, s, 0L)));
                py.check("int(" + CPython.lit(s) + ", 16)", () -> jpy.eval(() -> jpy.call(intCls, s, 16L)));
            }
            py.check("int(3.99)", () -> jpy.eval(() -> jpy.call(intCls, 3.99)));
            py.check("int(-3.99)", () -> jpy.eval(() -> jpy.call(intCls, -3.99)));
            py.check("int(1e30)", () -> jpy.eval(() -> jpy.call(intCls, 1e30)));
            py.check("int(float('nan'))", () -> jpy.eval(() -> jpy.call(intCls, Double.NaN)));
            py.check("int(True)", () -> jpy.eval(() -> jpy.call(intCls, true)));
            py.check("int(5, 10)", () -> jpy.eval(() -> jpy.call(intCls, 5L, 10L)));
            py.check("int('5', 1)", () -> jpy.eval(() -> jpy.call(intCls, "5", 1L)));
            py.check("int()", () -> jpy.eval(() -> jpy.call(intCls)));
            py.check("(255).to_bytes(2, 'little')", () -> jpy.eval(() -> jpy.method(255L, "to_bytes", 2L, "little")));
            py.check("(255).bit_length()", () -> jpy.eval(() -> jpy.method(255L, "bit_length")));
            py.check("(7).__add__(3)", () -> jpy.eval(() -> jpy.method(7L, "__add__", 3L)));
            py.check("(7).__add__(3.0)", () -> jpy.eval(() -> jpy.method(7L, "__add__", 3.0)));
            py.check("(7).__rsub__(3)", () -> jpy.eval(() -> jpy.method(7L, "__rsub__", 3L)));
            py.check("(-7).__floordiv__(2)", () -> jpy.eval(() -> jpy.method(-7L, "__floordiv__", 2L)));
            py.check("(7).__pow__(-1, 40)", () -> jpy.eval(() -> jpy.method(7L, "__pow__", -1L, 40L)));
            py.check("(7).__truediv__(0)", () -> jpy.eval(() -> jpy.method(7L, "__truediv__", 0L)));
            py.check("(1234567).__format__(',')", () -> jpy.eval(() -> jpy.method(1234567L, "__format__", ",")));
            py.check("(True).__format__('')", () -> jpy.eval(() -> jpy.method(true, "__format__", "")));
            py.check("(True).__add__(True)", () -> jpy.eval(() -> jpy.method(true, "__add__", true)));
            py.check("(1235).__round__(-1)", () -> jpy.eval(() -> jpy.method(1235L, "__round__", -1L)));
            py.check("(1245).__round__(-1)", () -> jpy.eval(() -> jpy.method(1245L, "__round__", -1L)));
            py.check("(5).__lt__(7)", () -> jpy.eval(() -> jpy.method(5L, "__lt__", 7L)));
            py.check("(5).__eq__(5.0)", () -> jpy.eval(() -> jpy.method(5L, "__eq__", 5.0)));
            py.check("int.from_bytes(b'\\x01\\x00', 'big')", () -> jpy.eval(() -> jpy.call(org.jpy.nodes.pyobject.PyObjectGetAttrNode.getAttributeUncached(intCls, "from_bytes"),
                            new org.jpy.objects.bytes.PBytes(new byte[]{1, 0}), "big")));
            py.verify();
        }
    }
}
