package org.jpy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/**
 * The Graal JIT is on: under the tests' JVM configuration (the launcher's: JVMCI + compiler jars on the upgrade module
 * path) Truffle runs its optimizing runtime, and the launcher's TraceCompilation output shows compiled Python code.
 */
public class JitTest {
    @Test
    void optimizingRuntimeIsActive() {
        try (Engine engine = Engine.create("jpy")) {
            assertNotEquals("Interpreted", engine.getImplementationName(), "Truffle fell back to the interpreter-only runtime");
        }
    }

    @Test
    void launcherCompilesAHotLoop() throws IOException {
        String program = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n"
                        + "for _ in range(200):\n    r = f(10000)\nprint(r)\n";
        // synchronous compilation: the hot function is compiled when it crosses the threshold, however loaded the machine is
        CPython.Result r = Jpy.launch(Paths.get("."), null, "--experimental-options", "--engine.TraceCompilation=true",
                        "--engine.BackgroundCompilation=false", "-c", program);
        assertEquals(0, r.status(), r.errText());
        assertTrue(r.errText().contains("opt done"), "no 'opt done' line in:\n" + r.errText());
    }
}
