package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jpy.modules.collections.DequeStorage;
import org.junit.jupiter.api.Test;

/**
 * Replays random deque operation sequences recorded on the reference CPython; the index normalization and error
 * decisions here are the ones the module applies before calling the storage.
 */
public class DequeStorageTest {
    @Test
    public void agreesWithCPython() throws Exception {
        String out = CPythonReference.runResource("/org/jpy/test/modules/deque_cases.py");
        List<String> failures = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            DequeStorage d = new DequeStorage(Integer.parseInt(f[0]));
            List<String> got = new ArrayList<>();
            for (String opText : f[1].split(",")) {
                String[] op = opText.substring(0, opText.indexOf('=')).split(":");
                String res = "ok";
                switch (op[0]) {
                    case "a" -> d.append(Integer.parseInt(op[1]));
                    case "l" -> d.appendLeft(Integer.parseInt(op[1]));
                    case "p" -> res = d.size() == 0 ? "IndexError" : ok(d.pop());
                    case "q" -> res = d.size() == 0 ? "IndexError" : ok(d.popLeft());
                    case "r" -> d.rotate(Long.parseLong(op[1]));
                    case "v" -> d.reverse();
                    case "c" -> d.clear();
                    case "i" -> {
                        if (d.maxlen >= 0 && d.size() >= d.maxlen) {
                            res = "IndexError";
                        } else {
                            int i = Integer.parseInt(op[1]);
                            int n = d.size();
                            int at = i < 0 ? Math.max(0, n + i) : Math.min(i, n);
                            d.insert(at, Integer.parseInt(op[2]));
                        }
                    }
                    case "d" -> {
                        int i = norm(Integer.parseInt(op[1]), d.size());
                        if (i < 0) {
                            res = "IndexError";
                        } else {
                            d.removeAt(i);
                        }
                    }
                    default -> {
                        int i = norm(Integer.parseInt(op[1]), d.size());
                        if (i < 0) {
                            res = "IndexError";
                        } else {
                            d.set(i, Integer.parseInt(op[2]));
                        }
                    }
                }
                got.add(opText.substring(0, opText.indexOf('=')) + "=" + res);
            }
            List<String> items = new ArrayList<>();
            for (Object o : d.toArray()) {
                items.add(o.toString());
            }
            String actual = f[0] + " " + String.join(",", got) + " " + (items.isEmpty() ? "-" : String.join(",", items));
            if (!actual.equals(line)) {
                failures.add(line + "\n   got " + actual);
            }
        }
        assertEquals(0, failures.size(), String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    private static String ok(Object ignored) {
        return "ok";
    }

    private static int norm(int i, int n) {
        int at = i < 0 ? i + n : i;
        return at >= 0 && at < n ? at : -1;
    }
}
