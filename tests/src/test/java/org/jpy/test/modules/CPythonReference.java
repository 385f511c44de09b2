package org.jpy.test.modules;

import org.jpy.test.CPython;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script on the reference CPython 3.12 through {@link CPython#runScript} and returns its standard output (cached
 * by a hash of the script), so expectations always come from CPython and never from a hand-written
 * file.
 */
final class CPythonReference {
    private CPythonReference() {
    }

    /** Output of the classpath resource {@code resource} (relative to this package) run by CPython. */
    static String runResource(String resource) throws IOException, InterruptedException {
        try (InputStream in = CPythonReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return run(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Runs the resource with {@code JPY_MODULE} naming one of jpy's own pure-Python modules (in {@code jpy.root}), for
     * scripts that compare it with CPython's module; the module's content is part of the cache key.
     */
    static String runComparingModule(String resource, String moduleRelativePath) throws IOException, InterruptedException {
        Path module = Path.of(System.getProperty("jpy.root", ".")).resolve(moduleRelativePath).toAbsolutePath();
        String content = Files.readString(module, StandardCharsets.UTF_8);
        String prefix = "import os\nos.environ['JPY_MODULE'] = " + pyString(module.toString()) + "\n# module hash " +
                        Integer.toHexString(content.hashCode()) + " " + content.length() + "\n";
        try (InputStream in = CPythonReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return run(prefix + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String run(String script) throws IOException {
        CPython.Result r = CPython.runScript(script, null);
        if (r.status() != 0) {
            throw new IOException("reference CPython failed with status " + r.status() + ": " + r.errText());
        }
        return r.outText();
    }
}
