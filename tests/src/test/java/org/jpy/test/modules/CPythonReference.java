package org.jpy.test.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script on the reference CPython 3.12 ({@code jpy.cpython.home}) and returns its standard output, cached in
 * {@code jpy.cache} by a hash of the script, so expectations always come from CPython and never from a hand-written
 * file.
 */
final class CPythonReference {
    private CPythonReference() {
    }

    static Path home() {
        String home = System.getProperty("jpy.cpython.home");
        if (home == null) {
            throw new IllegalStateException("system property jpy.cpython.home is not set");
        }
        return Path.of(home);
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

    static String run(String script) throws IOException, InterruptedException {
        Path cacheDir = Path.of(System.getProperty("jpy.cache", System.getProperty("java.io.tmpdir") + "/jpy-cpython-cache"));
        String key;
        try {
            key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path cached = cacheDir.resolve("modules-" + key + ".out");
        if (Files.exists(cached)) {
            return Files.readString(cached, StandardCharsets.UTF_8);
        }
        Files.createDirectories(cacheDir);
        Path scriptFile = Files.createTempFile("jpy-ref", ".py");
        Path outFile = Files.createTempFile("jpy-ref", ".out");
        try {
            Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
            Path home = home();
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/python3.12").toString(), scriptFile.toString());
            pb.environment().put("LD_LIBRARY_PATH", home.resolve("lib").toString());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.redirectOutput(outFile.toFile());
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            Process process = pb.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("reference CPython timed out");
            }
            if (process.exitValue() != 0) {
                throw new IOException("reference CPython failed with status " + process.exitValue());
            }
            String out = Files.readString(outFile, StandardCharsets.UTF_8);
            Files.writeString(cached, out, StandardCharsets.UTF_8);
            return out;
        } finally {
            Files.deleteIfExists(scriptFile);
            Files.deleteIfExists(outFile);
        }
    }
}
