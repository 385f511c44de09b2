package org.jpy.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CI's regression check over CPython's own test suite: every test id in {@code conformance/passing.txt} (written by
 * {@code tools/conformance-run}: the cases that pass under jpy and CPython alike) must still pass under jpy. One dynamic
 * test per Lib/test module runs the distribution's {@code bin/jpy} on {@code tools/conformance/run_one.py} with just
 * that module's listed ids, so a regression names its module and its cases. A case that starts passing does not fail
 * the run; re-running the conformance command adds it to the list.
 */
public class ConformanceSubsetTest {
    private static final long TIMEOUT_SECONDS = 600;

    @TestFactory
    Stream<DynamicTest> passingCasesStillPass() throws IOException {
        Path root = Path.of(System.getProperty("jpy.root", "..")).toAbsolutePath().normalize();
        Path list = root.resolve("conformance/passing.txt");
        Map<String, List<String>> byModule = new TreeMap<>();
        if (Files.isRegularFile(list)) {
            for (String id : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                id = id.strip();
                if (id.isEmpty() || id.startsWith("#")) {
                    continue;
                }
                // test.<module>.<Class>.<method>; a package module such as test.test_json.test_dump keeps its first part
                String[] parts = id.split("\\.");
                byModule.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(id);
            }
        }
        return byModule.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(root, e.getKey(), e.getValue())));
    }

    private static void check(Path root, String module, List<String> ids) throws IOException {
        Path idsFile = Files.createTempFile("jpy-conformance-" + module, ".txt");
        try {
            Files.write(idsFile, ids, StandardCharsets.UTF_8);
            List<String> cmd = List.of(Jpy.distribution().resolve("bin/jpy").toString(), root.resolve("tools/conformance/run_one.py").toString(),
                            CPython.stdlib().toString(), module, idsFile.toString());
            CPython.Result r = Processes.run(cmd, root, new byte[0], env -> {
                env.remove("PYTHONPATH");
                env.put("PYTHONHASHSEED", "0");
            }, TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, String> status = new TreeMap<>();
            for (String line : r.outText().split("\n")) {
                if (line.startsWith("CASE ")) {
                    String[] p = line.split(" ", 3);
                    // a case with failing subtests reports more than once; any failure wins
                    if (!"fail".equals(status.get(p[2])) && !"error".equals(status.get(p[2]))) {
                        status.put(p[2], p[1]);
                    }
                }
            }
            List<String> regressions = new ArrayList<>();
            for (String id : ids) {
                String s = status.get(id);
                if (!"pass".equals(s) && !"xfail".equals(s)) {
                    regressions.add(id + " (" + (s == null ? "not run" : s) + ")");
                }
            }
            String err = r.errText();
            assertTrue(regressions.isEmpty(), regressions.size() + " of " + ids.size() + " passing cases of " + module + " regressed: " +
                            String.join(", ", regressions.subList(0, Math.min(20, regressions.size()))) + "\n" +
                            err.substring(Math.max(0, err.length() - 4000)));
        } finally {
            Files.deleteIfExists(idsFile);
        }
    }
}
