package org.jpy.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs Python under jpy, the way tests need it: in-process with a fresh context per program on one shared engine (fast,
 * same semantics as the launcher's main mode), or through the distribution's {@code bin/jpy} as a child process when the
 * command line itself is under test.
 */
public final class Jpy {
    private static Engine engine;

    private Jpy() {
    }

    public static synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.newBuilder("jpy").option("engine.WarnInterpreterOnly", "false").build();
        }
        return engine;
    }

    /** Runs {@code file} as the main program, with {@code sys.argv = [file, args...]}, returning out/err/status. */
    public static CPython.Result runFile(Path file, byte[] stdin, String... args) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String abs = file.toAbsolutePath().normalize().toString();
        Source source = Source.newBuilder("jpy", new String(bytes, java.nio.charset.StandardCharsets.UTF_8), abs).uri(file.toUri()).build();
        List<String> argv = new ArrayList<>();
        argv.add(abs);
        argv.addAll(List.of(args));
        return runMain(source, stdin, argv.toArray(new String[0]));
    }

    /** A program still running after this long is cancelled and reported as a timeout (status -1). */
    static final long TIMEOUT_SECONDS = Long.getLong("jpy.test.timeout", 30);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jpy-test-watchdog");
        t.setDaemon(true);
        return t;
    });

    public static CPython.Result runMain(Source source, byte[] stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = 0;
        AtomicBoolean timedOut = new AtomicBoolean();
        try (Context context = Context.newBuilder("jpy").engine(engine()).allowAllAccess(true) //
                        .arguments("jpy", argv) //
                        .in(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin)) //
                        .out(out).err(err) //
                        .option("jpy.MainMode", "true") //
                        .option("jpy.Home", distribution().toString()) //
                        .option("jpy.Executable", distribution().resolve("bin/jpy").toString()) //
                        .build()) {
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                context.close(true);
            }, TIMEOUT_SECONDS, TimeUnit.SECONDS);
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (timedOut.get() || e.isCancelled()) {
                    status = -1;
                    err.writeBytes(("[jpy test harness] cancelled after " + TIMEOUT_SECONDS + " s\n").getBytes());
                } else if (e.isExit()) {
                    status = e.getExitStatus();
                } else {
                    status = 1;
                    err.writeBytes(("[jpy test harness] uncaught " + (e.isInternalError() ? "internal error" : "exception") + ": " + e + "\n").getBytes());
                    if (e.isInternalError()) {
                        for (StackTraceElement el : e.getStackTrace()) {
                            err.writeBytes(("    at " + el + "\n").getBytes());
                        }
                    }
                }
            } finally {
                watchdog.cancel(false);
            }
        } catch (PolyglotException e) {
            if (timedOut.get() || e.isCancelled()) {
                status = -1;
            } else if (e.isExit()) {
                status = e.getExitStatus();
            } else {
                status = 1;
                err.writeBytes(("[jpy test harness] context close failed: " + e + "\n").getBytes());
            }
        }
        return new CPython.Result(out.toByteArray(), err.toByteArray(), status);
    }

    /** The standalone distribution built by the component module ({@code component/target/jpy}). */
    public static Path distribution() {
        return Paths.get(System.getProperty("jpy.dist", "../component/target/jpy")).toAbsolutePath().normalize();
    }

    /** Runs the distribution's {@code bin/jpy} as a child process. */
    public static CPython.Result launch(Path workDir, byte[] stdin, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(distribution().resolve("bin/jpy").toString());
        cmd.addAll(List.of(args));
        return Processes.run(cmd, workDir, stdin, env -> {
            env.remove("JPY_JAVA_OPTS");
            env.put("PYTHONHASHSEED", "0");
        }, 300, TimeUnit.SECONDS);
    }
}
