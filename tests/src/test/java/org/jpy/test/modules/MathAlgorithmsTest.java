package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jpy.modules.math.MathAlgorithms;
import org.jpy.modules.math.MathAlgorithms.MathError;
import org.junit.jupiter.api.Test;

/** {@code math.fsum}, integer logarithms and the integer functions against the reference CPython. */
public class MathAlgorithmsTest {
    private static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static double unhex(String s) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(s, 16));
    }

    @Test
    public void agreesWithCPython() throws Exception {
        String out = CPythonReference.runResource("/org/jpy/test/modules/math_cases.py");
        List<String> failures = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            String expected;
            String actual;
            switch (f[0]) {
                case "F": {
                    expected = f[2];
                    MathAlgorithms.Fsum sum = new MathAlgorithms.Fsum();
                    try {
                        if (!f[1].equals("-")) {
                            for (String x : f[1].split(",")) {
                                sum.add(unhex(x));
                            }
                        }
                        actual = hex(sum.result());
                    } catch (MathError e) {
                        actual = (e.overflow ? "OverflowError" : "ValueError") + ":" + e.getMessage().replace(' ', '_');
                    }
                    break;
                }
                case "I":
                    expected = f[2];
                    actual = MathAlgorithms.isqrt(new BigInteger(f[1])).toString();
                    break;
                case "C":
                    expected = f[3] + " " + f[4];
                    actual = MathAlgorithms.comb(new BigInteger(f[1]), new BigInteger(f[2])) + " " +
                                    MathAlgorithms.perm(new BigInteger(f[1]), new BigInteger(f[2]));
                    break;
                case "N":
                    expected = f[2];
                    actual = MathAlgorithms.factorial(Long.parseLong(f[1])).toString();
                    break;
                case "L": {
                    BigInteger v = new BigInteger(f[1]);
                    expected = f[2] + " " + f[3] + " " + f[4];
                    actual = hex(MathAlgorithms.logOfBig(v, 0)) + " " + hex(MathAlgorithms.logOfBig(v, 10)) + " " +
                                    hex(MathAlgorithms.logOfBig(v, 2));
                    break;
                }
                default:
                    expected = f[2];
                    actual = hex(MathAlgorithms.log2(unhex(f[1])));
                    break;
            }
            if (!expected.equals(actual)) {
                failures.add(line + "\n   got " + actual);
            }
        }
        assertEquals(0, failures.size(), String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
