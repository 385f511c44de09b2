package org.jpy.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;

import org.jpy.runtime.JpyContext;

/**
 * The per-interpreter table of POSIX file descriptors that {@code posix.open}/{@code read}/{@code write} work on.
 * Descriptors 0, 1 and 2 are the Truffle environment's standard streams (so output goes wherever the embedder sent
 * it); higher numbers are {@link SeekableByteChannel}s of {@link TruffleFile}s, so file access obeys the context's
 * I/O policy.
 */
public final class FileDescriptors {
    private static final String HOOK = "posix.fds";

    /** One open descriptor: a channel, or one of the standard streams. */
    static final class Entry {
        final SeekableByteChannel channel;
        final InputStream in;
        final OutputStream out;
        final TruffleFile file;
        final boolean append;

        Entry(SeekableByteChannel channel, TruffleFile file, boolean append) {
            this.channel = channel;
            this.in = null;
            this.out = null;
            this.file = file;
            this.append = append;
        }

        Entry(InputStream in, OutputStream out) {
            this.channel = null;
            this.in = in;
            this.out = out;
            this.file = null;
            this.append = false;
        }
    }

    private final Map<Integer, Entry> open = new HashMap<>();
    private int next = 3;

    @TruffleBoundary
    static FileDescriptors get() {
        JpyContext context = JpyContext.get(null);
        Object o = context.getHook(HOOK);
        if (o instanceof FileDescriptors f) {
            return f;
        }
        FileDescriptors f = new FileDescriptors();
        TruffleLanguage.Env env = context.getEnv();
        if (env != null) {
            f.open.put(0, new Entry(env.in(), null));
            f.open.put(1, new Entry(null, env.out()));
            f.open.put(2, new Entry(null, env.err()));
        }
        context.setHook(HOOK, f);
        return f;
    }

    synchronized Entry lookup(int fd) {
        return open.get(fd);
    }

    synchronized int add(Entry e) {
        int fd = 3;
        while (open.containsKey(fd)) {
            fd++;
        }
        open.put(fd, e);
        next = Math.max(next, fd + 1);
        return fd;
    }

    synchronized Entry remove(int fd) {
        return open.remove(fd);
    }

    synchronized int dup(int fd) {
        Entry e = open.get(fd);
        return e == null ? -1 : add(e);
    }

    /** Closes a descriptor's channel unless another descriptor still shares it ({@code dup}). */
    synchronized void closeChannel(Entry e) throws IOException {
        if (e.channel != null && !open.containsValue(e)) {
            e.channel.close();
        }
    }
}
