package org.jpy.test.types;

import java.util.Random;

import org.jpy.runtime.formatting.FloatFormatter;
import org.junit.jupiter.api.Test;

/** Float repr and format() against CPython, over special values, powers of ten around the thresholds and random doubles. */
public class FloatFormatterTest {

    static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 2.675, 0.30000000000000004, 1e16, 1e15, 9999999999999998.0,
                    1e-4, 1e-5, 0.00012345, 123456789.125, 1e22, 1e23, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 1.0 / 3,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 100.0, 1234.5, -1234.5678, 0.05, 0.005, 99.995,
                    -0.0001, 1e100, 123e-20, 9.5, 0.95, 12345678901234567890.0};

    static String lit(double d) {
        if (Double.isNaN(d)) {
            return "float('nan')";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "float('inf')" : "float('-inf')";
        }
        return "float.fromhex('" + Double.toHexString(d) + "')";
    }

    @Test
    public void repr() {
        CPython py = new CPython();
        Random r = new Random(42);
        for (double d : SPECIAL) {
            py.check("repr(" + lit(d) + ")", () -> FloatFormatter.repr(d));
        }
        for (int i = 0; i < 3000; i++) {
            double d = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(r.nextLong());
                case 1 -> r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
                default -> (double) r.nextInt(100000) / Math.pow(10, r.nextInt(8));
            };
            py.check("repr(" + lit(d) + ")", () -> FloatFormatter.repr(d));
        }
        py.verify();
    }

    @Test
    public void format() {
        String[] specs = {"", "e", "E", "f", "F", "g", "G", "%", "n", ".0e", ".0f", ".0g", ".0", ".1", ".3", ".17", ".20e", ".3f", ".2%",
                        "#.0e", "#.0f", "#g", "#.3g", "#", "#.0", "+", " ", "-", "010", "010.2f", "<10", ">10", "^10", "=10", "*^12.3e",
                        "+012,.2f", ",", "_", ",.2f", "_.3e", "z.1f", "z", "z.0f", "+z.2e", "0=+15,.3f", "x", "d", "c", "s", ",n", "10n",
                        ".2n", ".50f", ".100e", "1,", "012,", "08,"};
        double[] values = {0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 1234567.891, -0.0001, 1e16, 1e-7, 123.456, 1e300, 5e-324, 0.05,
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100.0, 99.995, -0.004, 1.0 / 3};
        CPython py = new CPython();
        for (double v : values) {
            for (String s : specs) {
                py.check("format(" + lit(v) + ", " + CPython.lit(s) + ")", () -> FloatFormatter.format(v, s));
            }
        }
        py.verify();
    }
}
