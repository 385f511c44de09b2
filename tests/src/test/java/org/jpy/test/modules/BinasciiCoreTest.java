package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.jpy.modules.binascii.BinasciiCore;
import org.junit.jupiter.api.Test;

/** {@code binascii}'s algorithms against the reference CPython. */
public class BinasciiCoreTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String res(Supplier<byte[]> f) {
        try {
            return HEX.formatHex(f.get());
        } catch (BinasciiCore.Error e) {
            return "Error:" + e.getMessage().replace(' ', '_');
        }
    }

    @Test
    public void agreesWithCPython() throws Exception {
        String out = CPythonReference.runResource("/org/jpy/test/modules/binascii_cases.py");
        List<String> failures = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            byte[] d = f[1].equals("-") ? new byte[0] : HEX.parseHex(f[1]);
            List<String> got = new ArrayList<>();
            got.add(f[0]);
            got.add(f[1]);
            switch (f[0]) {
                case "A":
                    got.add(res(() -> BinasciiCore.a2bBase64(d, d.length, false)));
                    got.add(res(() -> BinasciiCore.a2bBase64(d, d.length, true)));
                    break;
                case "B":
                    got.add(res(() -> BinasciiCore.b2aBase64(d, d.length, true)));
                    got.add(res(() -> BinasciiCore.b2aBase64(d, d.length, false)));
                    got.add(String.valueOf(BinasciiCore.crc32(d, 0, d.length, 0)));
                    got.add(String.valueOf(BinasciiCore.crc32(d, 0, d.length, 12345)));
                    got.add(String.valueOf(BinasciiCore.crcHqx(d, d.length, 0)));
                    got.add(String.valueOf(BinasciiCore.crcHqx(d, d.length, 0xabcd)));
                    for (int n : new int[]{1, 2, 3, -2, -3}) {
                        got.add(res(() -> BinasciiCore.hexlify(d, d.length, '-', n)));
                    }
                    break;
                default:
                    got.add(res(() -> BinasciiCore.unhexlify(d, d.length)));
                    break;
            }
            String actual = String.join(" ", got).replace(" ", " ");
            String expected = line.replaceAll(" $", " ");
            if (!expected.equals(actual.replaceAll(" $", " "))) {
                failures.add(line + "\n   got " + actual);
            }
        }
        assertEquals(0, failures.size(), String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
