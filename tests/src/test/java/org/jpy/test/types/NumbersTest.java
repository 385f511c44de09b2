package org.jpy.test.types;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.jpy.objects.floats.FloatMath;
import org.jpy.objects.ints.IntMath;
import org.jpy.runtime.formatting.FloatFormatter;
import org.jpy.runtime.formatting.IntFormatter;
import org.jpy.runtime.formatting.IntParser;
import org.jpy.runtime.formatting.StrRepr;
import org.junit.jupiter.api.Test;

/** int and float algorithms (parsing, formatting, arithmetic, hashing) against CPython. */
public class NumbersTest {
    static final String[] INTS = {"0", "1", "-1", "7", "-7", "255", "-255", "1234567", "-1234567", "65", "1114111", "1114112",
                    "9223372036854775807", "-9223372036854775808", "9223372036854775808", "123456789012345678901234567890",
                    "-98765432109876543210"};

    static String show(Object o) {
        if (o instanceof Double d) {
            return FloatFormatter.repr(d);
        }
        if (o instanceof Object[] a) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? ", " : "").append(show(a[i]));
            }
            return sb.append(")").toString();
        }
        if (o instanceof double[] a) {
            return "(" + FloatFormatter.repr(a[0]) + ", " + FloatFormatter.repr(a[1]) + ")";
        }
        if (o instanceof byte[] b) {
            return StrRepr.reprBytes(b, b.length);
        }
        if (o instanceof BigInteger b) {
            return IntFormatter.toString(b, 4300);
        }
        return String.valueOf(o);
    }

    @Test
    public void intFormat() {
        String[] specs = {"", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c", "n", ",", "_", "_b", "_x", "#_x", ",d", "+", " ",
                        "010", "#010x", "<8", "^9", "=+12,", "*>10", "08,", "x<5", "e", ".2f", "%", "g", ".3", "z", "+c", "#c", ",x",
                        ",c", "q", "s", ",_", "_,", ".", "=", "0=10", "\u00e9^7", "10.3e", "#012_b", "-#x", "F"};
        CPython py = new CPython();
        for (String v : INTS) {
            BigInteger b = new BigInteger(v);
            for (String s : specs) {
                py.check("format(" + v + ", " + CPython.lit(s) + ")", () -> IntFormatter.format(b, s, "int", 4300));
            }
            for (int radix : new int[]{2, 8, 16}) {
                String fn = radix == 2 ? "bin" : radix == 8 ? "oct" : "hex";
                py.check(fn + "(" + v + ")", () -> IntFormatter.toPrefixedBase(b, radix));
            }
        }
        py.check("str(10**4299)", () -> IntFormatter.toString(BigInteger.TEN.pow(4299), 4300));
        py.check("str(10**4300)", () -> IntFormatter.toString(BigInteger.TEN.pow(4300), 4300));
        py.check("str(-10**5000)", () -> IntFormatter.toString(BigInteger.TEN.pow(5000).negate(), 4300));
        py.check("format(10**4300, ',')", () -> IntFormatter.format(BigInteger.TEN.pow(4300), ",", "int", 4300));
        py.check("len(format(10**4300, 'x'))", () -> IntFormatter.format(BigInteger.TEN.pow(4300), "x", "int", 4300).length());
        py.verify();
    }

    @Test
    public void intParse() {
        String[] texts = {"0", "12", " 12 ", "-12", "+12", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101", "0b", "0x", "0_0",
                        "00", "01", "0_1", "z", "Z", "zz", "\u0663\u0664", "\u2003 12\u2003", "1 2", "", " ", "-", "+-1", "0x_1f", "0b_1",
                        "0x__1", "1\u0000", "99999999999999999999999", "-0x8000000000000000", "\u00a0 7", "ff", "0xff", "12.5", "١٢٣",
                        "1" + "0".repeat(4300), "1" + "0".repeat(4299), "0b" + "1".repeat(5000)};
        int[] bases = {0, 2, 8, 10, 16, 36, 3};
        CPython py = new CPython();
        for (String t : texts) {
            for (int base : bases) {
                py.check("int(" + CPython.lit(t) + ", " + base + ")", () -> show(IntParser.parse(t, base, StrRepr.repr(t), 4300)));
            }
        }
        py.verify();
    }

    @Test
    public void intArithmetic() {
        long[] vals = {0, 1, -1, 2, -2, 3, 7, -7, 10, -10, 255, Long.MAX_VALUE, Long.MIN_VALUE};
        String[] bigs = {"123456789012345678901234567890", "-98765432109876543210", "18446744073709551616"};
        CPython py = new CPython();
        java.util.List<String> all = new java.util.ArrayList<>();
        for (long v : vals) {
            all.add(Long.toString(v));
        }
        all.addAll(Arrays.asList(bigs));
        for (String a : all) {
            BigInteger x = new BigInteger(a);
            py.check("hash(" + a + ")", () -> IntMath.hash(x));
            py.check("(" + a + ").bit_length()", () -> IntMath.bitLength(x));
            py.check("(" + a + ").bit_count()", () -> IntMath.bitCount(x));
            for (String b : all) {
                BigInteger y = new BigInteger(b);
                py.check("(" + a + ") // (" + b + ")", () -> show(IntMath.floorDiv(x, y)));
                py.check("(" + a + ") % (" + b + ")", () -> show(IntMath.floorMod(x, y)));
                py.check("(" + a + ") / (" + b + ")", () -> show(IntMath.trueDivide(x, y)));
                py.check("pow(" + a + ", 3, " + b + ")", () -> show(IntMath.powMod(x, BigInteger.valueOf(3), y)));
                py.check("pow(" + a + ", -1, " + b + ")", () -> show(IntMath.powMod(x, BigInteger.valueOf(-1), y)));
            }
            for (int s : new int[]{0, 1, 3, 63, 64, 100, -1}) {
                py.check("(" + a + ") << " + s, () -> show(IntMath.lshift(x, s)));
                py.check("(" + a + ") >> " + s, () -> show(IntMath.rshift(x, s)));
            }
            for (int len : new int[]{0, 1, 2, 8, 9, 16}) {
                for (String order : new String[]{"big", "little"}) {
                    for (boolean signed : new boolean[]{false, true}) {
                        py.check("(" + a + ").to_bytes(" + len + ", '" + order + "', signed=" + (signed ? "True" : "False") + ")",
                                        () -> show(IntMath.toBytes(x, len, order.equals("little"), signed)));
                    }
                }
            }
        }
        Random r = new Random(7);
        for (int i = 0; i < 200; i++) {
            BigInteger a = new BigInteger(r.nextInt(300) + 1, r).subtract(BigInteger.ONE.shiftLeft(r.nextInt(200)));
            BigInteger b = new BigInteger(r.nextInt(300) + 1, r).add(BigInteger.ONE);
            py.check("(" + a + ") / (" + b + ")", () -> show(IntMath.trueDivide(a, b)));
            py.check("(" + a + ") // (" + b + ")", () -> show(IntMath.floorDiv(a, b)));
            py.check("(" + a + ") % (-" + b + ")", () -> show(IntMath.floorMod(a, b.negate())));
        }
        for (String hex : new String[]{"", "00", "ff", "0001", "8000", "ffffffffffffffffff", "7f00", "80000000000000000000"}) {
            byte[] bytes = HexFormat.of().parseHex(hex);
            for (String order : new String[]{"big", "little"}) {
                for (boolean signed : new boolean[]{false, true}) {
                    py.check("int.from_bytes(bytes.fromhex('" + hex + "'), '" + order + "', signed=" + (signed ? "True" : "False") + ")",
                                    () -> show(IntMath.fromBytes(bytes, bytes.length, order.equals("little"), signed)));
                }
            }
        }
        py.verify();
    }

    static final double[] FLOATS = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 1e16, 1e300, -1e-300, 5e-324, 123.456,
                    -7.25, 3.0, -3.0, 2.675, 1e22, 0.125, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                    4503599627370497.0, 9007199254740993.0, 1.0 / 3};

    @Test
    public void floatMethods() {
        CPython py = new CPython();
        for (double d : FLOATS) {
            String l = FloatFormatterTest.lit(d);
            py.check("(" + l + ").hex()", () -> FloatMath.toHex(d));
            py.check("float.fromhex((" + l + ").hex())", () -> show(FloatMath.fromHex(FloatMath.toHex(d))));
            py.check("(" + l + ").as_integer_ratio()", () -> show(FloatMath.asIntegerRatio(d)));
            py.check("(" + l + ").is_integer()", () -> FloatMath.isInteger(d) ? "True" : "False");
            if (!Double.isNaN(d)) {
                py.check("hash(" + l + ")", () -> FloatMath.hash(d));
            }
            py.check("round(" + l + ")", () -> show(FloatMath.roundToInt(d)));
            py.check("int(" + l + ")", () -> show(FloatMath.toInt(d)));
            for (int n : new int[]{-400, -308, -3, -1, 0, 1, 2, 3, 10, 400}) {
                py.check("round(" + l + ", " + n + ")", () -> show(FloatMath.round(d, n)));
            }
            for (double e : FLOATS) {
                String le = FloatFormatterTest.lit(e);
                py.check("(" + l + ") % (" + le + ")", () -> show(FloatMath.mod(d, e)));
                py.check("divmod(" + l + ", " + le + ")", () -> show(FloatMath.divmod(d, e)));
                py.check("(" + l + ") // (" + le + ")", () -> show(FloatMath.floorDiv(d, e)));
                if (!FloatMath.powNeedsComplex(d, e) && (e == Math.rint(e) || e == 0.5 || Double.isInfinite(e) || Double.isNaN(e) || Double.isInfinite(d))) {
                    py.check("(" + l + ") ** (" + le + ")", () -> show(FloatMath.pow(d, e)));
                }
            }
        }
        for (double re : new double[]{0.0, 1.5, -2.0, Double.POSITIVE_INFINITY}) {
            for (double im : new double[]{0.0, 1.0, -3.25, 1e300}) {
                py.check("hash(complex(" + FloatFormatterTest.lit(re) + ", " + FloatFormatterTest.lit(im) + "))", () -> FloatMath.hashComplex(re, im));
            }
        }
        String[] hexes = {"0x1p3", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0", "1", "ff",
                        "0x.8", "0x1.", "0x", "0xp1", "0x1p", "inf", "-Infinity", "nan", " 0x1p0 ", "0x1.fffffffffffffp1023",
                        "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-2000", "0x1p99999999999", "0x3p-1076", "1.5", "0x1g", "0x1.8p+1"};
        for (String h : hexes) {
            py.check("float.fromhex(" + CPython.lit(h) + ")", () -> show(FloatMath.fromHex(h)));
        }
        String[] texts = {"1", " 1.5 ", "-2.5e3", "1_000.5", "1__0", "_1", "1_", "1._5", "1_.5", "1e1_0", ".5", "5.", ".", "e5", "1e",
                        "1e+", "inf", "-inf", "+Infinity", "nAn", "-nan", "infinit", "0x10", "1.5f", "1d", "\u0663.\u0664", "\u2003 2 ",
                        "1e400", "-1e400", "1e-400", "", " ", "1 2", "1e5000000000", "00012", "1.5E+3", "12_3.4_5e6_7"};
        for (String t : texts) {
            py.check("float(" + CPython.lit(t) + ")", () -> show(FloatMath.parse(t)));
        }
        py.verify();
    }
}
