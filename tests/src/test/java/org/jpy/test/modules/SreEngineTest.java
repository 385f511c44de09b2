package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jpy.modules.sre.SreState;
import org.jpy.modules.sre.SreText;
import org.junit.jupiter.api.Test;

/**
 * Replays on jpy's SRE interpreter the programs that CPython's {@code re._compiler} emits for many patterns (our own
 * list, CPython's {@code test.re_tests} table, and deep-backtracking cases), and compares every span, group span and
 * {@code lastindex} with what CPython's engine answered for match/fullmatch/search/finditer.
 */
public class SreEngineTest {

    private record Program(int[] code, int groups) {
    }

    @Test
    public void engineAgreesWithCPython() throws Exception {
        String out = CPythonReference.runResource("/org/jpy/test/modules/sre_cases.py");
        Map<Integer, Program> programs = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : out.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" ", -1);
            if (f[0].equals("C")) {
                programs.put(Integer.parseInt(f[1]), new Program(parseInts(f[4]), Integer.parseInt(f[3])));
                continue;
            }
            Program program = programs.get(Integer.parseInt(f[1]));
            int[] subject = f[3].equals("-") ? new int[0] : parseInts(f[3]);
            SreText text;
            if (f[2].equals("s")) {
                text = SreText.ofString(new String(subject, 0, subject.length));
            } else {
                byte[] b = new byte[subject.length];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) subject[i];
                }
                text = SreText.ofBytes(b, b.length);
            }
            int pos = Integer.parseInt(f[4]);
            int endpos = Integer.parseInt(f[5]);
            String op = f[6];
            String expected = f[7];
            String actual;
            try {
                actual = run(program, text, pos, endpos, op);
            } catch (RuntimeException | StackOverflowError e) {
                actual = "exception " + e;
            }
            checked++;
            if (!expected.equals(actual)) {
                failures.add(line.length() > 300 ? line.substring(0, 300) + "..." : line);
                failures.add("   got " + (actual.length() > 200 ? actual.substring(0, 200) : actual) + "  code "
                                + java.util.Arrays.toString(program.code()));
            }
        }
        assertTrue(checked > 10000, "too few cases: " + checked);
        assertEquals(0, failures.size() / 2, "mismatches out of " + checked + ":\n" +
                        String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    private static String run(Program program, SreText text, int pos, int endpos, String op) {
        SreState state = new SreState(program.code(), program.groups(), text, pos, endpos);
        switch (op) {
            case "match":
                return state.match(false) ? describe(state) : "None";
            case "fullmatch":
                return state.match(true) ? describe(state) : "None";
            case "search":
                return state.search() ? describe(state) : "None";
            default: {
                List<String> all = new ArrayList<>();
                while (state.canContinue()) {
                    state.reset();
                    if (!state.search()) {
                        break;
                    }
                    all.add(describe(state));
                    state.advance();
                }
                return all.isEmpty() ? "-" : String.join("|", all);
            }
        }
    }

    private static String describe(SreState state) {
        StringBuilder sb = new StringBuilder();
        int[] spans = state.spans();
        for (int i = 0; i < spans.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(spans[i]);
        }
        return sb.append(';').append(state.lastindex()).toString();
    }

    private static int[] parseInts(String s) {
        String[] parts = s.split(",");
        int[] r = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            r[i] = (int) Long.parseLong(parts[i]);
        }
        return r;
    }
}
