package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jpy.modules.time.Strftime;
import org.junit.jupiter.api.Test;

/** {@code time.strftime} in the C locale against the reference CPython (run with TZ=UTC). */
public class StrftimeTest {
    @Test
    public void agreesWithCPython() throws Exception {
        String out = CPythonReference.run("import os, time\nos.environ['TZ'] = 'UTC'\ntime.tzset()\n" +
                        new String(StrftimeTest.class.getResourceAsStream("/org/jpy/test/modules/strftime_cases.py").readAllBytes(),
                                        StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            Strftime.Fields t = new Strftime.Fields(Long.parseLong(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]),
                            Integer.parseInt(f[7]), Integer.parseInt(f[8]), f[9], Long.parseLong(f[10]));
            String fmt = new String(HexFormat.of().parseHex(f[11]), StandardCharsets.UTF_8);
            String expected = f[12].equals("-") ? "" : new String(HexFormat.of().parseHex(f[12]), StandardCharsets.UTF_8);
            String actual = Strftime.format(fmt, t);
            n++;
            if (!expected.equals(actual)) {
                failures.add(fmt + " @ " + line.substring(0, 40) + "\n   expected [" + expected + "]\n   got      [" + actual + "]");
            }
        }
        assertEquals(0, failures.size(), n + " cases\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
