package org.jpy.test.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.jpy.runtime.formatting.FormatError;

/**
 * Runs the reference CPython 3.12 to produce expected values, so no expectation in these tests is written by hand.
 * A test collects cases (a Python expression and the Java computation that must agree with it), the expressions run in one
 * CPython process (results cached by content hash under {@code jpy.cache}), and every disagreement is reported at once.
 *
 * <p>Protocol: each expression's result is rendered as {@code r if type(r) is str else repr(r)}, or
 * {@code !ExcName: message} when it raises, and printed as one JSON string per line (so newlines and lone surrogates
 * survive).
 */
public final class CPython {
    private final List<String> exprs = new ArrayList<>();
    private final List<Supplier<Object>> actuals = new ArrayList<>();
    private final String prelude;

    public CPython() {
        this("");
    }

    /** {@code prelude} is Python code run before the expressions (imports, helper functions). */
    public CPython(String prelude) {
        this.prelude = prelude;
    }

    /** Adds a case: Python {@code expr} must render like the Java {@code actual} (a String, or something whose toString is the repr). */
    public CPython check(String expr, Supplier<Object> actual) {
        exprs.add(expr);
        actuals.add(actual);
        return this;
    }

    public void verify() {
        List<String> expected = run(exprs, prelude);
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (int i = 0; i < exprs.size(); i++) {
            String got;
            try {
                Object o = actuals.get(i).get();
                got = String.valueOf(o);
            } catch (FormatError e) {
                got = "!" + e.kind + ": " + e.getMessage();
            } catch (RuntimeException | StackOverflowError e) {
                got = "!!java " + e;
            }
            if (!expected.get(i).equals(got)) {
                failed++;
                if (failed <= 40) {
                    String e = expected.get(i);
                    String a = got;
                    if (e.length() > 300 || a.length() > 300) {
                        int k = 0;
                        while (k < e.length() && k < a.length() && e.charAt(k) == a.charAt(k)) {
                            k++;
                        }
                        int from = Math.max(0, k - 60);
                        e = "..." + e.substring(from, Math.min(e.length(), k + 120));
                        a = "..." + a.substring(from, Math.min(a.length(), k + 120));
                    }
                    failures.append("\n  ").append(exprs.get(i)).append("\n    expected: ").append(show(e))
                                    .append("\n    actual:   ").append(show(a));
                }
            }
        }
        assertEquals(0, failed, failed + " of " + exprs.size() + " cases differ from CPython:" + failures);
    }

    private static String show(String s) {
        if (s.length() > 400) {
            s = s.substring(0, 400) + "...";
        }
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c >= 32 && c < 127) {
                sb.appendCodePoint(c);
            } else {
                sb.append(String.format("\\u{%x}", c));
            }
        });
        return sb.append('"').toString();
    }

    /** A Python string literal for {@code s} (for building expressions from Java data). */
    public static String lit(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c > 0xffff) {
                i++;
            }
            if (c == '\\' || c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c >= 32 && c < 127) {
                sb.append((char) c);
            } else if (c > 0xffff) {
                sb.append(String.format("\\U%08x", c));
            } else {
                sb.append(String.format("\\u%04x", c));
            }
        }
        return sb.append('\'').toString();
    }

    public static Path home() {
        return org.jpy.test.CPython.home();
    }

    static List<String> run(List<String> exprs, String prelude) {
        StringBuilder script = new StringBuilder();
        script.append("import json, sys\n").append(prelude).append('\n');
        script.append("def _show(f):\n");
        script.append("    try:\n        r = f()\n        s = r if type(r) is str else repr(r)\n");
        script.append("    except Exception as e:\n        s = '!' + type(e).__name__ + ': ' + str(e)\n");
        script.append("    sys.stdout.write(json.dumps(s) + '\\n')\n");
        for (String e : exprs) {
            script.append("_show(lambda: ").append(e).append(")\n");
        }
        String text = script.toString();
        org.jpy.test.CPython.Result r = org.jpy.test.CPython.runScript(text, null, "-I");
        if (r.status() != 0) {
            throw new IllegalStateException("CPython failed: " + r.errText());
        }
        {
            List<String> lines = r.outText().lines().toList();
            List<String> result = new ArrayList<>();
            for (String line : lines) {
                result.add(decodeJsonString(line));
            }
            if (result.size() != exprs.size()) {
                throw new IllegalStateException("CPython printed " + result.size() + " results for " + exprs.size() + " cases");
            }
            return result;
        }
    }

    static String decodeJsonString(String json) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = json.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
