package org.jpy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * fail, and a listed program that starts passing fails the run until its line is removed.
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
        List<Path> programs;
        try (Stream<Path> walk = Files.walk(root)) {
            programs = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        return programs.stream().map(p -> {
            String rel = root.relativize(p).toString();
            return DynamicTest.dynamicTest(rel, p.toUri(), () -> check(p, rel, known.contains(rel)));
        });
    }

    static void check(Path program, String rel, boolean knownFailure) throws IOException {
        Path stdinFile = program.resolveSibling(program.getFileName().toString().replaceAll("\\.py$", ".stdin"));
        byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
        CPython.Result expected = CPython.run(program.getParent(), stdin, program.toString());
        CPython.Result actual = Jpy.runFile(program, stdin);
        boolean same = expected.status() == actual.status() && java.util.Arrays.equals(expected.out(), actual.out())
                        && java.util.Arrays.equals(expected.err(), actual.err());
        if (knownFailure) {
            if (same) {
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
