package org.jpy.test.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jpy.test.CPython;
import org.jpy.test.Jpy;
import org.junit.jupiter.api.Test;

/**
 * CPython's own {@code Lib/ast.py} running over jpy's {@code _ast}: each program (a test resource) is run by jpy in
 * process and by the reference CPython, and their standard outputs must be identical once object addresses are
 * masked. The expected text always comes from CPython at test time, never from a file.
 */
public class AstModuleTest {
    private static String mask(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+", " at 0x?");
    }

    private static void compare(String resource) throws IOException {
        Path dir = Files.createTempDirectory("jpy-ast");
        Path file = dir.resolve(resource);
        try (InputStream in = AstModuleTest.class.getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        CPython.Result expected = CPython.run(dir, null, resource);
        assertEquals(0, expected.status(), expected.errText());
        CPython.Result actual = Jpy.runFile(file, null);
        String exp = mask(expected.outText());
        String act = mask(actual.outText());
        if (!exp.equals(act)) {
            String[] e = exp.split("\n", -1);
            String[] a = act.split("\n", -1);
            StringBuilder diff = new StringBuilder();
            for (int i = 0; i < Math.max(e.length, a.length); i++) {
                String el = i < e.length ? e[i] : "<missing>";
                String al = i < a.length ? a[i] : "<missing>";
                if (!el.equals(al)) {
                    diff.append("line ").append(i + 1).append("\n  cpython: ").append(el).append("\n  jpy:     ").append(al).append('\n');
                }
            }
            assertEquals(exp, act, resource + " differs from CPython:\n" + diff + "\njpy stderr:\n" + actual.errText());
        }
        assertEquals(0, actual.status(), new String(actual.err(), StandardCharsets.UTF_8));
    }

    /** {@code ast.dump(ast.parse(src), include_attributes=True)} for snippets covering every node kind and mode. */
    @Test
    public void dumpMatchesCPython() throws IOException {
        compare("ast_dump.py");
    }

    /** unparse, literal_eval, NodeVisitor/NodeTransformer, compile() of rewritten trees, validation messages. */
    @Test
    public void apiMatchesCPython() throws IOException {
        compare("ast_api.py");
    }

    /** compile() of malformed trees: the validation errors (messages and exception types) CPython raises. */
    @Test
    public void invalidTreesMatchCPython() throws IOException {
        compare("ast_invalid.py");
    }

    /** Locations in tracebacks of compiled trees, copying, type comments, feature_version, optional-field defaults. */
    @Test
    public void miscMatchesCPython() throws IOException {
        compare("ast_misc.py");
    }
}
