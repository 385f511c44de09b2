package org.jpy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: the distribution's {@code bin/jpy} against the reference CPython for the same arguments. Only the
 * program name differs in CPython's own messages (it names its executable), so those lines compare with it replaced.
 */
public class LauncherTest {
    @TempDir
    Path dir;

    static void same(Path dir, byte[] stdin, String... args) throws IOException {
        CPython.Result expected = CPython.run(dir, stdin, args);
        CPython.Result actual = Jpy.launch(dir, stdin, args);
        String exe = CPython.executable().toString();
        String jpy = Jpy.distribution().resolve("bin/jpy").toString();
        assertEquals(expected.outText().replace(exe, "<exe>"), actual.outText().replace(jpy, "<exe>"), "stdout of " + String.join(" ", args));
        assertEquals(expected.errText().replace(exe, "<exe>"), actual.errText().replace(jpy, "<exe>"), "stderr of " + String.join(" ", args));
        assertEquals(expected.status(), actual.status(), "exit status of " + String.join(" ", args));
    }

    @Test
    void version() throws IOException {
        same(dir, null, "-V");
        same(dir, null, "--version");
    }

    @Test
    void usageErrors() throws IOException {
        same(dir, null, "-z");
        same(dir, null, "-c");
        same(dir, null, "-m");
        same(dir, null, "-W");
        same(dir, null, "-X");
        same(dir, null, "-h");
    }

    @Test
    void missingFile() throws IOException {
        CPython.Result r = Jpy.launch(dir, null, "nonexistent.py");
        assertEquals(2, r.status());
        assertEquals(Jpy.distribution().resolve("bin/jpy") + ": can't open file '" + dir.resolve("nonexistent.py") + "': [Errno 2] No such file or directory\n", r.errText());
    }

    @Test
    void commandPrintsSum() throws IOException {
        CPython.Result r = Jpy.launch(dir, null, "-c", "print(sum(range(10)))");
        assertEquals("45\n", r.outText(), r.errText());
        assertEquals("", r.errText());
        assertEquals(0, r.status());
    }

    @Test
    void uncaughtExceptionTraceback() throws IOException {
        same(dir, null, "-c", "1/0");
        Files.writeString(dir.resolve("boom.py"), "def f(x):\n    return 10 // x\n\nprint('before')\nf(0)\n");
        same(dir, null, dir.resolve("boom.py").toString());
    }

    @Test
    void exitStatus() throws IOException {
        same(dir, null, "-c", "import sys; sys.exit(3)");
        same(dir, null, "-c", "raise SystemExit('bye')");
        same(dir, null, "-c", "import sys; print(sys.argv)", "a", "b");
    }

    @Test
    void astDumpMatchesCPython() throws IOException {
        same(dir, null, "-c", "import ast; print(ast.dump(ast.parse('x: int = 1'), include_attributes=True))");
    }

    @Test
    void programFromStdin() throws IOException {
        byte[] program = "import sys\nprint('from stdin', sys.argv)\n".getBytes(StandardCharsets.UTF_8);
        same(dir, program);
        same(dir, program, "-", "x");
    }
}
