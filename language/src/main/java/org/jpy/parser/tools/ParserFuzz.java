package org.jpy.parser.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.jpy.parser.Parser;
import org.jpy.parser.ParserOptions;
import org.jpy.parser.PySyntaxError;

/**
 * Robustness check behind {@code tools/parser-fuzz}: feeds random mutations of real Python files (byte flips,
 * deletion or duplication of a token-like span, truncation) to the parser. Every input must end in a tree or a
 * {@link PySyntaxError}; anything else is an internal error, and so is a parse that takes longer than a second.
 * Parsing runs on a worker thread watched by the caller so that a hang is reported instead of blocking the run.
 */
public final class ParserFuzz {
    private ParserFuzz() {
    }

    /** Counts of one run. */
    public record Report(long inputs, long syntaxErrors, long internalErrors, long hangs, List<String> samples) {
    }

    public static List<byte[]> loadCorpus(Path root, int max) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        List<byte[]> corpus = new ArrayList<>();
        int step = max > 0 && files.size() > max ? files.size() / max : 1;
        for (int i = 0; i < files.size() && (max <= 0 || corpus.size() < max); i += step) {
            byte[] b = Files.readAllBytes(files.get(i));
            if (b.length < 200_000) {
                corpus.add(b);
            }
        }
        return corpus;
    }

    private static final ParserOptions TYPE_COMMENTS = new ParserOptions(true, 12, null);

    private static final String SPECIAL = "()[]{}:;,.'\"\\ \t\n#=*@!fr{}-+<>|%~^&0_";

    static boolean isWordByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b < 0;
    }

    /** One random mutation of {@code src}. */
    public static byte[] mutate(byte[] src, SplittableRandom rnd) {
        if (src.length == 0) {
            return src;
        }
        int kind = rnd.nextInt(6);
        int p = rnd.nextInt(src.length);
        switch (kind) {
            case 0: { // byte flip / replacement
                byte[] r = src.clone();
                int n = 1 + rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    int q = rnd.nextInt(r.length);
                    r[q] = rnd.nextInt(4) == 0 ? (byte) rnd.nextInt(256) : (byte) SPECIAL.charAt(rnd.nextInt(SPECIAL.length()));
                }
                return r;
            }
            case 1: // truncation
                return java.util.Arrays.copyOf(src, p);
            case 2:
            case 3: { // token deletion
                int[] span = tokenSpan(src, p);
                byte[] r = new byte[src.length - (span[1] - span[0])];
                System.arraycopy(src, 0, r, 0, span[0]);
                System.arraycopy(src, span[1], r, span[0], src.length - span[1]);
                return r;
            }
            default: { // token duplication
                int[] span = tokenSpan(src, p);
                int len = span[1] - span[0];
                byte[] r = new byte[src.length + len];
                System.arraycopy(src, 0, r, 0, span[1]);
                System.arraycopy(src, span[0], r, span[1], src.length - span[0]);
                return r;
            }
        }
    }

    private static int[] tokenSpan(byte[] src, int p) {
        int s = p;
        int e = p + 1;
        if (isWordByte(src[p])) {
            while (s > 0 && isWordByte(src[s - 1])) {
                s--;
            }
            while (e < src.length && isWordByte(src[e])) {
                e++;
            }
        }
        return new int[]{s, e};
    }

    /** Runs {@code n} mutations with the given seed (input k is derived from seed and k alone). */
    public static Report run(List<byte[]> corpus, long n, long seed) throws InterruptedException {
        long[] counts = new long[3];
        List<String> samples = new ArrayList<>();
        AtomicLong next = new AtomicLong(0);
        AtomicLong started = new AtomicLong(0);
        AtomicLong generation = new AtomicLong(0);
        byte[][] current = new byte[1][];
        long hangs = 0;
        while (next.get() < n) {
            long gen = generation.get();
            Thread worker = new Thread(null, () -> {
                long k;
                while (generation.get() == gen && (k = next.getAndIncrement()) < n) {
                    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + k);
                    byte[] m = mutate(corpus.get(rnd.nextInt(corpus.size())), rnd);
                    synchronized (samples) {
                        current[0] = m;
                    }
                    long t0 = System.nanoTime();
                    started.set(t0);
                    Throwable bad = null;
                    boolean syntaxError = false;
                    try {
                        // every fourth input also exercises the type-comment paths, every eighth the REPL mode
                        Parser.Mode mode = k % 8 == 7 ? Parser.Mode.SINGLE : Parser.Mode.EXEC;
                        Parser.parseBytes(m, "<fuzz>", mode, k % 4 == 3 ? TYPE_COMMENTS : ParserOptions.DEFAULT);
                    } catch (PySyntaxError e) {
                        syntaxError = true;
                    } catch (Throwable t) {
                        bad = t;
                    }
                    long dt = System.nanoTime() - t0;
                    started.set(0);
                    synchronized (samples) {
                        counts[0]++;
                        if (syntaxError) {
                            counts[1]++;
                        }
                        if (bad != null) {
                            counts[2]++;
                            if (samples.size() < 20) {
                                StringBuilder st = new StringBuilder();
                                for (StackTraceElement el : bad.getStackTrace()) {
                                    if (st.length() > 600) {
                                        break;
                                    }
                                    st.append("\n    at ").append(el);
                                }
                                samples.add("input " + k + ": " + bad + st + "\n" + preview(m));
                            }
                        } else if (dt > 1_000_000_000L) {
                            counts[2]++;
                            samples.add("input " + k + ": slow parse (" + dt / 1_000_000 + " ms)\n" + preview(m));
                        }
                    }
                }
            }, "fuzz-worker", 64L << 20);
            worker.setDaemon(true);
            worker.start();
            for (;;) {
                worker.join(200);
                if (!worker.isAlive()) {
                    break;
                }
                long st = started.get();
                if (st != 0 && System.nanoTime() - st > 5_000_000_000L) {
                    hangs++;
                    generation.incrementAndGet();
                    synchronized (samples) {
                        samples.add("HANG (> 5 s)\n" + preview(current[0]));
                    }
                    break;
                }
            }
            if (hangs >= 3) {
                break;
            }
        }
        synchronized (samples) {
            return new Report(counts[0], counts[1], counts[2], hangs, new ArrayList<>(samples));
        }
    }

    static String preview(byte[] m) {
        String s = new String(m, java.nio.charset.StandardCharsets.UTF_8);
        if (s.length() > 300) {
            s = "...(" + s.length() + " chars)";
        }
        return s;
    }

    /** Usage: ParserFuzz LIBDIR [N] [SEED] [FAILDIR] */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        long n = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12345;
        List<byte[]> corpus = loadCorpus(root, 0);
        long t0 = System.nanoTime();
        Report r = run(corpus, n, seed);
        double secs = (System.nanoTime() - t0) / 1e9;
        for (String s : r.samples()) {
            System.out.println("---- " + s);
        }
        System.out.printf("inputs %d, syntax errors %d, hangs %d, internal errors %d (%.1f s)%n", r.inputs(), r.syntaxErrors(), r.hangs(),
                        r.internalErrors(), secs);
        System.out.println("internal errors: " + (r.internalErrors() + r.hangs()));
        System.exit(r.internalErrors() + r.hangs() == 0 ? 0 : 1);
    }
}
