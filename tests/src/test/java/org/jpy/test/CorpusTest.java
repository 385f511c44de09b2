package org.jpy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus: every {@code tests/corpus/**}{@code /*.py} runs under jpy and under the reference CPython 3.12
 * and must produce byte-identical stdout, stderr and exit status. A sibling {@code name.stdin} file is fed to both.
 * One dynamic test per program, named by its path, so a failure names its program.
 *
 * <p>{@code tests/corpus/known-failures.txt} is a ratchet: programs listed there are reported as skipped while they
 * fail, and a listed program that starts passing fails the run until its line is removed. Regenerate it from a run with
 * {@code tools/run-tests -Dtest=CorpusTest -Djpy.corpus.updateKnownFailures=true}.
 */
public class CorpusTest {
    static Path corpusRoot() {
        return Paths.get(System.getProperty("jpy.root", "..")).resolve("tests/corpus").toAbsolutePath().normalize();
    }

    static Set<String> knownFailures() throws IOException {
        Path list = corpusRoot().resolve("known-failures.txt");
        Set<String> result = new TreeSet<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    result.add(l.split("\\s+")[0]);
                }
            }
        }
        return result;
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Path root = corpusRoot();
        Set<String> known = knownFailures();
        // (known is replaced by the measured set in update mode)
        List<Path> programs;
        try (Stream<Path> walk = Files.walk(root)) {
            programs = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        // Programs run ahead on a small pool (one per core; big stacks for deep Python recursion); each dynamic test
        // then waits for its own program, so results still arrive in order and a failure names its program.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                        r -> {
                            Thread t = new Thread(null, r, "corpus-runner", 512L << 20);
                            t.setDaemon(true);
                            return t;
                        });
        List<Future<CPython.Result[]>> runs = new ArrayList<>();
        for (Path p : programs) {
            runs.add(pool.submit(() -> runBoth(p)));
        }
        pool.shutdown();
        if (Boolean.getBoolean("jpy.corpus.updateKnownFailures")) {
            known = rewriteKnownFailures(root, programs, runs);
        }
        Set<String> knownFinal = known;
        return IntStream.range(0, programs.size()).mapToObj(i -> {
            Path p = programs.get(i);
            String rel = root.relativize(p).toString();
            return DynamicTest.dynamicTest(rel, p.toUri(), () -> check(runs.get(i).get(), rel, knownFinal.contains(rel)));
        });
    }

    /**
     * {@code -Djpy.corpus.updateKnownFailures=true}: waits for every program and rewrites the ratchet list with exactly
     * the programs that fail now (its leading comment lines are kept).
     */
    static Set<String> rewriteKnownFailures(Path root, List<Path> programs, List<Future<CPython.Result[]>> runs) throws IOException {
        Set<String> failing = new TreeSet<>();
        for (int i = 0; i < programs.size(); i++) {
            CPython.Result[] r;
            try {
                r = runs.get(i).get();
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                r = null;
            }
            if (r == null || !same(r[0], r[1])) {
                failing.add(root.relativize(programs.get(i)).toString());
            }
        }
        Path list = root.resolve("known-failures.txt");
        List<String> out = new ArrayList<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list)) {
                if (line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        out.addAll(failing);
        Files.write(list, out);
        return failing;
    }

    static boolean same(CPython.Result expected, CPython.Result actual) {
        return expected.status() == actual.status() && java.util.Arrays.equals(expected.out(), actual.out())
                        && java.util.Arrays.equals(expected.err(), actual.err());
    }

    static CPython.Result[] runBoth(Path program) throws IOException {
        Path stdinFile = program.resolveSibling(program.getFileName().toString().replaceAll("\\.py$", ".stdin"));
        byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
        return new CPython.Result[]{CPython.run(program.getParent(), stdin, program.toString()), Jpy.runFile(program, stdin)};
    }

    static void check(CPython.Result[] results, String rel, boolean knownFailure) {
        CPython.Result expected = results[0];
        CPython.Result actual = results[1];
        if (knownFailure) {
            if (same(expected, actual)) {
                fail(rel + " passes now: remove it from tests/corpus/known-failures.txt");
            }
            Assumptions.abort("known failure (tests/corpus/known-failures.txt)");
        }
        assertEquals(expected.outText(), actual.outText(), rel + ": stdout differs");
        assertEquals(expected.errText(), actual.errText(), rel + ": stderr differs");
        assertEquals(expected.status(), actual.status(), rel + ": exit status differs");
        assertEquals(new String(expected.out(), StandardCharsets.ISO_8859_1), new String(actual.out(), StandardCharsets.ISO_8859_1), rel + ": stdout bytes differ");
    }
}
