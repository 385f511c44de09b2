package org.jpy.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference interpreter: CPython 3.12.1 from the org.bytedeco:cpython artifact, unpacked by the stdlib module's
 * build. Expected outputs always come from running it; results are cached under {@code tests/target/cpython-cache}
 * keyed by a hash of everything that can change them (program bytes, stdin, arguments, working directory).
 */
public final class CPython {
    private CPython() {
    }

    /** The artifact's {@code linux-x86_64} folder (bin/, lib/python3.12/ incl. test/). */
    public static Path home() {
        String home = System.getProperty("jpy.cpython.home");
        if (home == null) {
            home = Paths.get(System.getProperty("jpy.root", ".."), "stdlib/target/cpython/org/bytedeco/cpython/linux-x86_64").toString();
        }
        return Paths.get(home).toAbsolutePath().normalize();
    }

    public static Path executable() {
        return home().resolve("bin/python3.12");
    }

    public static Path stdlib() {
        return home().resolve("lib/python3.12");
    }

    /** Runs the reference interpreter; cached. */
    public static Result run(Path workDir, byte[] stdin, String... args) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update("cpython-run-v1\0".getBytes(StandardCharsets.UTF_8));
            md.update(workDir.toString().getBytes(StandardCharsets.UTF_8));
            for (String a : args) {
                md.update((byte) 0);
                md.update(a.getBytes(StandardCharsets.UTF_8));
                Path p = workDir.resolve(a);
                if (a.endsWith(".py") && Files.isRegularFile(p)) {
                    md.update(Files.readAllBytes(p));
                }
            }
            md.update((byte) 1);
            md.update(stdin == null ? new byte[0] : stdin);
            String key = HexFormat.of().formatHex(md.digest());
            Path cacheDir = cacheDir();
            Path cached = cacheDir.resolve(key);
            if (Files.isDirectory(cached)) {
                return new Result(Files.readAllBytes(cached.resolve("out")), Files.readAllBytes(cached.resolve("err")),
                                Integer.parseInt(Files.readString(cached.resolve("status")).trim()));
            }
            Result r = runUncached(workDir, stdin, args);
            Path tmp = Files.createDirectories(cacheDir).resolve(key + ".tmp" + ProcessHandle.current().pid());
            Files.createDirectories(tmp);
            Files.write(tmp.resolve("out"), r.out());
            Files.write(tmp.resolve("err"), r.err());
            Files.writeString(tmp.resolve("status"), Integer.toString(r.status()));
            try {
                Files.move(tmp, cached);
            } catch (IOException e) {
                // another run cached it first
            }
            return r;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot run reference CPython: " + e, e);
        }
    }

    /**
     * Runs Python source text on the reference interpreter (with {@code options} before the script, e.g. {@code -I}),
     * feeding {@code stdin}; cached like {@link #run}. The script is stored content-addressed in the cache folder, so the
     * same text always maps to the same cache entry.
     */
    public static Result runScript(String script, byte[] stdin, String... options) {
        try {
            byte[] text = script.getBytes(StandardCharsets.UTF_8);
            String name = "script-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)) + ".py";
            Path dir = Files.createDirectories(cacheDir().resolve("scripts")).toAbsolutePath();
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                Path tmp = dir.resolve(name + ".tmp" + ProcessHandle.current().pid());
                Files.write(tmp, text);
                try {
                    Files.move(tmp, file);
                } catch (IOException e) {
                    Files.deleteIfExists(tmp); // another run stored it first
                }
            }
            String[] args = new String[options.length + 1];
            System.arraycopy(options, 0, args, 0, options.length);
            args[options.length] = name;
            return run(dir, stdin, args);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot run reference CPython: " + e, e);
        }
    }

    private static Path cacheDir() {
        return Paths.get(System.getProperty("jpy.cache", "target/cpython-cache"));
    }

    public static Result runUncached(Path workDir, byte[] stdin, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable().toString());
        cmd.addAll(List.of(args));
        return Processes.run(cmd, workDir, stdin, env -> {
            env.put("LD_LIBRARY_PATH", home().resolve("lib").toString());
            env.remove("PYTHONPATH");
            env.remove("PYTHONHOME");
            env.remove("PYTHONSTARTUP");
            env.put("PYTHONHASHSEED", "0");
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            env.put("PYTHONIOENCODING", "utf-8");
        }, 120, TimeUnit.SECONDS);
    }

    /** A finished process: raw stdout and stderr bytes and the exit status. */
    public record Result(byte[] out, byte[] err, int status) {
        public String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        public String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }
}
