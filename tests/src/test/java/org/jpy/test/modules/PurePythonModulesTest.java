package org.jpy.test.modules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * jpy's own pure-Python stand-ins for C modules ({@code stdlib/src/main/python}), run on the reference CPython next to
 * CPython's C module: every probed expression must give the same value, repr or exception message.
 */
public class PurePythonModulesTest {
    private static void check(String script, String module) throws Exception {
        String out = CPythonReference.runComparingModule(script, module);
        assertTrue(out.contains(" mismatches 0\n") && !out.contains("MISMATCH"), out);
    }

    @Test
    public void itertools() throws Exception {
        check("/org/jpy/test/modules/itertools_compare.py", "stdlib/src/main/python/itertools.py");
    }

    /** The Python layer of {@code posix} (its primitives served by CPython's os here). */
    @Test
    public void posix() throws Exception {
        check("/org/jpy/test/modules/posix_compare.py", "stdlib/src/main/python/posix.py");
    }

    /** jpy's {@code _io} (files through CPython's posix here). */
    @Test
    public void io() throws Exception {
        check("/org/jpy/test/modules/io_compare.py", "stdlib/src/main/python/_io.py");
    }

    @Test
    public void struct() throws Exception {
        check("/org/jpy/test/modules/struct_compare.py", "stdlib/src/main/python/_struct.py");
    }

    @Test
    public void time() throws Exception {
        check("/org/jpy/test/modules/time_compare.py", "stdlib/src/main/python/time.py");
    }

    @Test
    public void collections() throws Exception {
        check("/org/jpy/test/modules/collections_compare.py", "stdlib/src/main/python/_collections.py");
    }

    @Test
    public void string() throws Exception {
        check("/org/jpy/test/modules/string_compare.py", "stdlib/src/main/python/_string.py");
    }

    @Test
    public void codecs() throws Exception {
        check("/org/jpy/test/modules/codecs_compare.py", "stdlib/src/main/python/_codecs.py");
    }

    /** The object layer of {@code _sre} (its engine calls served by CPython's engine here; the Java engine is SreEngineTest's). */
    @Test
    public void sre() throws Exception {
        check("/org/jpy/test/modules/sre_compare.py", "stdlib/src/main/python/_sre.py");
    }
}
