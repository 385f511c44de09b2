package org.jpy.test.types;

import java.util.Arrays;
import java.util.Random;

import org.jpy.objects.complex.ComplexFormatter;
import org.jpy.objects.floats.FloatSum;
import org.jpy.objects.list.ListSort;
import org.jpy.objects.slice.SliceMath;
import org.jpy.runtime.formatting.FloatFormatter;
import org.junit.jupiter.api.Test;

/** Sorting, slice arithmetic, compensated sum and complex formatting against CPython. */
public class MiscAlgorithmsTest {
    @Test
    public void sortStableWithKeysAndReverse() {
        CPython py = new CPython();
        Random r = new Random(3);
        for (int t = 0; t < 30; t++) {
            int n = t < 10 ? t : r.nextInt(300);
            long[] vals = new long[n];
            for (int i = 0; i < n; i++) {
                vals[i] = r.nextInt(t % 3 == 0 ? 5 : 1000) - 50;
            }
            String lit = Arrays.toString(vals);
            for (boolean reverse : new boolean[]{false, true}) {
                // key = v // 7 gives many ties: stability is visible
                py.check("sorted(" + lit + ", key=lambda v: v // 7, reverse=" + (reverse ? "True" : "False") + ")", () -> {
                    Object[] v = new Object[n];
                    Object[] k = new Object[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = vals[i];
                        k[i] = Math.floorDiv(vals[i], 7);
                    }
                    ListSort.sort(v, k, n, reverse, (a, b) -> (Long) a < (Long) b);
                    return Arrays.toString(v);
                });
            }
        }
        py.verify();
    }

    @Test
    public void slices() {
        CPython py = new CPython();
        long N = SliceMath.NONE;
        long[] bounds = {N, 0, 1, 2, 5, 9, 10, 11, 100, -1, -2, -5, -10, -11, -100, Long.MAX_VALUE, -Long.MAX_VALUE};
        long[] steps = {N, 1, 2, 3, -1, -2, -3, Long.MAX_VALUE, -Long.MAX_VALUE};
        for (int len : new int[]{0, 1, 10}) {
            for (long a : bounds) {
                for (long b : bounds) {
                    for (long s : steps) {
                        String sl = (a == N ? "None" : a) + ", " + (b == N ? "None" : b) + ", " + (s == N ? "None" : s);
                        py.check("(lambda r: (r.start, r.stop, r.step, len(r)))(range(" + len + ")[slice(" + sl + ")]) if " + len +
                                        " else slice(" + sl + ").indices(0) + (len(range(0)[slice(" + sl + ")]),)", () -> {
                                            SliceMath.Bounds bd = SliceMath.adjust(a, b, s, len);
                                            return "(" + bd.start() + ", " + bd.stop() + ", " + bd.step() + ", " + bd.length() + ")";
                                        });
                    }
                }
            }
        }
        py.verify();
    }

    @Test
    public void compensatedSum() {
        CPython py = new CPython();
        double[][] cases = {{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, {1e100, 1.0, -1e100, 1e-100}, {1e308, 1e308, -1e308},
                        {Double.POSITIVE_INFINITY, 1.0}, {0.1, 0.2, 0.3}, {-0.0}, {1e16, 1.0, 1.0, 1.0}};
        for (double[] c : cases) {
            StringBuilder lit = new StringBuilder("[");
            for (double d : c) {
                lit.append(FloatFormatterTest.lit(d)).append(", ");
            }
            lit.append("]");
            py.check("sum(" + lit + ", 0.0)", () -> {
                FloatSum s = new FloatSum(0.0);
                for (double d : c) {
                    s.add(d);
                }
                return FloatFormatter.repr(s.result());
            });
        }
        py.verify();
    }

    @Test
    public void complexFormatting() {
        double[][] vals = {{0, 0}, {-0.0, 0}, {0, -0.0}, {-0.0, -0.0}, {1, 2}, {1.5, -2.5}, {0, 1}, {0, -1}, {1e16, 1e-5}, {Double.NaN, Double.POSITIVE_INFINITY},
                        {-1, Double.NEGATIVE_INFINITY}, {3, 0}, {123.456, 0.001}};
        String[] specs = {"", ".2f", "e", "g", ".3", "+", ">20", "<20.2e", "^25", "+.1f", " ", "d", "010", "=10", "0>15", ",.2f", "#g", "n", "*^20g"};
        CPython py = new CPython();
        for (double[] v : vals) {
            String lit = "complex(" + FloatFormatterTest.lit(v[0]) + ", " + FloatFormatterTest.lit(v[1]) + ")";
            py.check("repr(" + lit + ")", () -> ComplexFormatter.repr(v[0], v[1]));
            for (String s : specs) {
                py.check("format(" + lit + ", " + CPython.lit(s) + ")", () -> ComplexFormatter.format(v[0], v[1], s));
            }
        }
        py.verify();
    }
}
