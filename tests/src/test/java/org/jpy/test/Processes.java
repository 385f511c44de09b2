package org.jpy.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs a child process with stdin fed and stdout/stderr collected concurrently, with a time limit. */
public final class Processes {
    private Processes() {
    }

    public static CPython.Result run(List<String> cmd, Path workDir, byte[] stdin, Consumer<Map<String, String>> envEdit, long timeout, TimeUnit unit)
                    throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        envEdit.accept(pb.environment());
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread tOut = pump(p.getInputStream(), out);
        Thread tErr = pump(p.getErrorStream(), err);
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        } catch (IOException e) {
            // the child may exit without reading its input
        }
        try {
            if (!p.waitFor(timeout, unit)) {
                p.destroyForcibly();
                throw new IOException("timed out after " + timeout + " " + unit + ": " + cmd);
            }
            tOut.join();
            tErr.join();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        return new CPython.Result(out.toByteArray(), err.toByteArray(), p.exitValue());
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(sink);
            } catch (IOException e) {
                // process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
