package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jpy.modules.unicodedata.UnicodeNames;
import org.junit.jupiter.api.Test;

/**
 * {@code unicodedata} names and properties against the reference CPython for every code point assigned in Unicode
 * 15.0. Names must all agree; the JDK's Unicode 16 tables changed the properties of a handful of characters, which
 * are tolerated in small numbers.
 */
public class UnicodeNamesTest {
    @Test
    public void agreesWithCPython() throws Exception {
        String out = CPythonReference.runResource("/org/jpy/test/modules/ucd_cases.py");
        List<String> nameFailures = new ArrayList<>();
        int propertyDifferences = 0;
        int checked = 0;
        for (String line : out.split("\n")) {
            String[] f = line.split("\t");
            int cp = Integer.parseInt(f[0]);
            if (Character.getType(cp) == Character.UNASSIGNED) {
                continue;
            }
            checked++;
            String name = UnicodeNames.name(cp);
            if (!f[1].equals(name == null ? "-" : name)) {
                nameFailures.add(Integer.toHexString(cp) + " expected " + f[1] + " got " + name);
            }
            if (!name(f[1]).equals(name(name)) || f[1].equals("-")) {
                // lookup must invert name
            } else if (UnicodeNames.lookup(f[1]) != cp) {
                nameFailures.add("lookup " + f[1] + " gave " + UnicodeNames.lookup(f[1]));
            }
            if (!f[2].equals(UnicodeNames.category(cp)) || !f[3].equals(UnicodeNames.bidirectional(cp)) ||
                            !f[4].equals(Character.isMirrored(cp) ? "1" : "0")) {
                propertyDifferences++;
            }
        }
        assertTrue(checked > 140000, "too few code points: " + checked);
        assertEquals(0, nameFailures.size(), String.join("\n", nameFailures.subList(0, Math.min(20, nameFailures.size()))));
        assertTrue(propertyDifferences <= 20, "property differences: " + propertyDifferences);
    }

    private static String name(String n) {
        return n == null ? "-" : n;
    }
}
