package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jpy.modules.struct.StructFormat;
import org.jpy.modules.struct.StructFormat.StructError;
import org.junit.jupiter.api.Test;

/** {@code struct} format parsing and single-value packing against the reference CPython. */
public class StructFormatTest {
    private static String error(StructError e) {
        return (e.overflow ? "OverflowError" : "error") + ":" + e.getMessage().replace(' ', '_');
    }

    @Test
    public void agreesWithCPython() throws Exception {
        String out = CPythonReference.runResource("/org/jpy/test/modules/struct_cases.py");
        List<String> failures = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            String expected;
            String actual;
            try {
                switch (f[0]) {
                    case "Z": {
                        expected = f[2];
                        String fmt = new String(hex.parseHex(f[1]), StandardCharsets.UTF_8);
                        actual = String.valueOf(StructFormat.parse(fmt).size);
                        break;
                    }
                    case "P": {
                        expected = f[3];
                        StructFormat sf = StructFormat.parse(f[1]);
                        StructFormat.Item item = sf.items()[0];
                        BigInteger v = new BigInteger(f[2]);
                        sf.checkRange(item.code(), item.size(), v);
                        byte[] buf = new byte[(int) sf.size];
                        sf.putInteger(buf, (int) item.offset(), item.size(), v.longValue());
                        Object back = sf.getInteger(buf, (int) item.offset(), item.size(), StructFormat.isSigned(item.code()));
                        actual = hex.formatHex(buf);
                        if (!back.toString().equals(v.toString()) && item.code() != 'P') {
                            actual += " roundtrip " + back;
                        }
                        break;
                    }
                    default: {
                        expected = f[3];
                        StructFormat sf = StructFormat.parse(f[1]);
                        double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[2], 16));
                        byte[] buf = new byte[(int) sf.size];
                        sf.putFloat(buf, 0, sf.items()[0].code(), x);
                        actual = hex.formatHex(buf) + ":" +
                                        String.format("%016x", Double.doubleToRawLongBits(sf.getFloat(buf, 0, sf.items()[0].code())));
                        break;
                    }
                }
            } catch (StructError e) {
                actual = error(e);
                expected = f[f.length - 1];
            }
            if (!expected.equals(actual)) {
                failures.add(line + "\n   got " + actual);
            }
        }
        assertEquals(0, failures.size(), String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }
}
