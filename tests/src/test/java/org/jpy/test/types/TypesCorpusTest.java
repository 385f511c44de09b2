package org.jpy.test.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Quick in-process check of {@code tests/corpus/types/*.py}: stdout under jpy (one embedded context, no distribution
 * needed) must equal CPython's. The lead's {@code CorpusTest} is the authoritative run (stdout, stderr, status).
 */
public class TypesCorpusTest {
    static Path dir() {
        return Path.of(System.getProperty("jpy.root", "..")).resolve("tests/corpus/types").toAbsolutePath().normalize();
    }

    static String cpython(Path program) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(CPython.home().resolve("bin/python3.12").toString(), "-I", program.toString());
        pb.environment().put("LD_LIBRARY_PATH", CPython.home().resolve("lib").toString());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        return new String(out, StandardCharsets.UTF_8);
    }

    static String jpy(Path program) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context c = Context.newBuilder("jpy").out(out).err(out).in(new ByteArrayInputStream(new byte[0])).allowAllAccess(true).build()) {
            c.eval(Source.newBuilder("jpy", Files.readString(program), program.toString()).build());
        } catch (PolyglotException e) {
            out.write(("<<" + e.getMessage() + ">>\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        List<Path> programs;
        try (Stream<Path> s = Files.list(dir())) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        String only = System.getProperty("types.only");
        return programs.stream().filter(p -> only == null || p.getFileName().toString().contains(only)).map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String expected = cpython(p);
            String actual = jpy(p);
            if (!expected.equals(actual)) {
                String[] e = expected.split("\n", -1);
                String[] a = actual.split("\n", -1);
                StringBuilder sb = new StringBuilder();
                int shown = 0;
                for (int i = 0; i < Math.max(e.length, a.length) && shown < 25; i++) {
                    String el = i < e.length ? e[i] : "<none>";
                    String al = i < a.length ? a[i] : "<none>";
                    if (!el.equals(al)) {
                        sb.append("\n line ").append(i + 1).append("\n   cpython: ").append(el).append("\n   jpy:     ").append(al);
                        shown++;
                    }
                }
                org.junit.jupiter.api.Assertions.fail(p.getFileName() + " differs:" + sb);
            }
        }));
    }
}
