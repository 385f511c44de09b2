package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jpy.modules.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** {@code _random.Random(seed)}: jpy's generator must give CPython's exact sequences. */
public class MersenneTwisterTest {
    @Test
    public void sequencesMatchCPython() throws Exception {
        String out = CPythonReference.runResource("/org/jpy/test/modules/random_cases.py");
        int lines = 0;
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            MersenneTwister mt = new MersenneTwister();
            mt.seed(new BigInteger(f[1]));
            List<String> floats = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                floats.add(HexFormat.of().withUpperCase().formatHex(
                                java.nio.ByteBuffer.allocate(8).putDouble(mt.random()).array()).toLowerCase());
            }
            assertEquals(f[2], String.join(",", floats), "random() for seed " + f[1]);
            List<String> bits = new ArrayList<>();
            for (int k : new int[]{1, 5, 31, 32, 33, 63, 64, 65, 100, 128, 129, 1000}) {
                bits.add(mt.getrandbits(k).toString());
            }
            assertEquals(f[3], String.join(",", bits), "getrandbits for seed " + f[1]);
            long[] state = mt.getState();
            assertEquals(f[4] + " " + f[5] + " " + f[6], state[0] + " " + state[623] + " " + state[624]);
            lines++;
        }
        assertEquals(10, lines);
    }
}
