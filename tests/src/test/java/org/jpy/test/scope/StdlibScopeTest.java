package org.jpy.test.scope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the same comparison as {@link ScopeAnalyzerTest} on real code: modules of the reference interpreter's own
 * standard library. By default a fixed sample; {@code -Djpy.scope.stdlib=N} takes the first N modules of
 * {@code Lib/} in name order (0 = all), starting at {@code -Djpy.scope.stdlibFrom=M}.
 */
public class StdlibScopeTest {
    private static final List<String> SAMPLE = List.of("abc.py", "argparse.py", "ast.py", "asyncio/tasks.py", "collections/__init__.py",
                    "contextlib.py", "dataclasses.py", "enum.py", "functools.py", "inspect.py", "json/decoder.py", "pathlib.py",
                    "re/_compiler.py", "typing.py", "unittest/case.py", "zipfile/__init__.py", "tomllib/_parser.py", "statistics.py",
                    "pydoc.py", "doctest.py");

    @TestFactory
    Stream<DynamicTest> stdlib() throws Exception {
        Path lib = CPythonReference.home().resolve("lib/python3.12");
        List<Path> files = new ArrayList<>();
        String prop = System.getProperty("jpy.scope.stdlib");
        if (prop == null) {
            for (String s : SAMPLE) {
                files.add(lib.resolve(s));
            }
        } else {
            int n = Integer.parseInt(prop);
            try (Stream<Path> walk = Files.walk(lib)) {
                walk.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages") &&
                                !p.toString().contains("lib2to3/tests/data") && !p.toString().contains("/test/bad")).sorted().forEach(files::add);
            }
            int from = Math.min(files.size(), Integer.getInteger("jpy.scope.stdlibFrom", 0));
            files = files.subList(from, n > 0 ? Math.min(files.size(), from + n) : files.size());
        }
        // Batches keep the reference's JSON (a few MB per module) out of the heap once a batch is checked.
        List<Path> all = files;
        int batch = 100;
        return Stream.iterate(0, i -> i < all.size(), i -> i + batch).flatMap(from -> batch(lib, all.subList(from, Math.min(all.size(), from + batch))));
    }

    /** Every example of the reference test suite's syntax doctests, many of them scope and compiler errors. */
    @TestFactory
    Stream<DynamicTest> syntaxDoctests() throws Exception {
        String script = """
                        import doctest, importlib, json, sys, warnings
                        warnings.simplefilter("ignore")
                        out = []
                        for name in ["test.test_syntax", "test.test_genexps", "test.test_listcomps", "test.test_setcomps",
                                     "test.test_unpack", "test.test_unpack_ex", "test.test_generators", "test.test_extcall",
                                     "test.test_metaclass"]:
                            m = importlib.import_module(name)
                            for t in doctest.DocTestFinder().find(m):
                                for ex in t.examples:
                                    out.append(ex.source)
                        json.dump(out, sys.stdout)
                        """;
        Path py = java.nio.file.Files.createTempFile("jpy-doctests", ".py");
        java.nio.file.Files.writeString(py, script);
        ProcessBuilder pb = new ProcessBuilder(CPythonReference.home().resolve("bin/python3.12").toString(), "-I", py.toString());
        pb.environment().put("LD_LIBRARY_PATH", CPythonReference.home().resolve("lib").toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        java.nio.file.Files.delete(py);
        List<String> sources = new ArrayList<>();
        for (Object o : (List<?>) Json.parse(out)) {
            sources.add((String) o);
        }
        List<Object> results = CPythonReference.run(sources);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String src = sources.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> res = (Map<String, Object>) results.get(i);
            String title = String.format("%04d %s", i, src.strip().replace('\n', '|'));
            tests.add(DynamicTest.dynamicTest(title.length() > 90 ? title.substring(0, 90) : title, () -> ScopeAnalyzerTest.check(src, res)));
        }
        return tests.stream();
    }

    /**
     * Every source string the reference test suites of the scope- and compiler-related features pass to compile(),
     * exec() or eval() (recorded by running those suites in the reference interpreter with the builtins wrapped).
     */
    @TestFactory
    Stream<DynamicTest> compiledByReferenceTests() throws Exception {
        String script = """
                        import builtins, json, sys, unittest, warnings, io
                        warnings.simplefilter("ignore")
                        seen = {}
                        orig_compile, orig_exec, orig_eval = builtins.compile, builtins.exec, builtins.eval
                        def rec(src, mode):
                            if isinstance(src, bytes):
                                try: src = src.decode()
                                except Exception: return
                            if isinstance(src, str) and len(src) < 5000 and "\\0" not in src:
                                seen.setdefault((mode, src), None)
                        def compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kw):
                            if not (flags & 0x400):  # not PyCF_ONLY_AST
                                rec(source, mode)
                            return orig_compile(source, filename, mode, flags, dont_inherit, optimize, **kw)
                        def exec_(src, *a, **k):
                            rec(src, "exec"); return orig_exec(src, *a, **k)
                        def eval_(src, *a, **k):
                            rec(src, "eval"); return orig_eval(src, *a, **k)
                        builtins.compile = compile; builtins.exec = exec_; builtins.eval = eval_
                        names = sys.argv[1:]
                        suite = unittest.defaultTestLoader.loadTestsFromNames(names)
                        unittest.TextTestRunner(stream=io.StringIO()).run(suite)
                        out = []
                        for (mode, src) in seen:
                            if mode in ("exec", "eval", "single"):
                                out.append(src if mode == "exec" else "#mode:" + mode + "\\n" + src)
                        json.dump(out, sys.stdout)
                        """;
        List<String> modules = List.of("test.test_named_expressions", "test.test_scope", "test.test_type_params", "test.test_patma",
                        "test.test_syntax", "test.test_compile", "test.test_type_aliases", "test.test_coroutines", "test.test_super",
                        "test.test_future_stmt.test_future", "test.test_positional_only_arg", "test.test_keywordonlyarg", "test.test_class",
                        "test.test_exceptions", "test.test_except_star", "test.test_global", "test.test_grammar", "test.test_symtable");
        List<String> sources = new ArrayList<>();
        for (Object o : (List<?>) Json.parse(runCached(script, modules))) {
            sources.add((String) o);
        }
        List<Object> results = CPythonReference.run(sources);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String src = sources.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> res = (Map<String, Object>) results.get(i);
            String title = String.format("%04d %s", i, src.strip().replace('\n', '|'));
            tests.add(DynamicTest.dynamicTest(title.length() > 90 ? title.substring(0, 90) : title, () -> ScopeAnalyzerTest.check(src, res)));
        }
        return tests.stream();
    }

    /** Runs a helper script in the reference interpreter, caching its output like CPythonReference does. */
    private static String runCached(String script, List<String> args) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        md.update(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(args.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path cache = Path.of(System.getProperty("jpy.cache", "target/cpython-cache")).resolve(
                        "scope-collect-" + java.util.HexFormat.of().formatHex(md.digest()) + ".json");
        if (Files.exists(cache)) {
            return Files.readString(cache);
        }
        Path py = Files.createTempFile("jpy-collect", ".py");
        Files.writeString(py, script);
        List<String> cmd = new ArrayList<>(List.of(CPythonReference.home().resolve("bin/python3.12").toString(), "-I", py.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LD_LIBRARY_PATH", CPythonReference.home().resolve("lib").toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int rc = p.waitFor();
        Files.delete(py);
        if (rc != 0 || out.isEmpty()) {
            throw new java.io.IOException("reference helper script failed");
        }
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, out);
        return out;
    }

    private static Stream<DynamicTest> batch(Path lib, List<Path> files) {
        List<String> sources = new ArrayList<>();
        List<Object> results;
        try {
            for (Path p : files) {
                try {
                    sources.add(Files.readString(p));
                } catch (java.nio.charset.MalformedInputException e) {
                    // A few test files use a latin-1 coding cookie; their text is what matters here.
                    sources.add(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
            results = CPythonReference.run(sources);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String src = sources.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> res = (Map<String, Object>) results.get(i);
            tests.add(DynamicTest.dynamicTest(lib.relativize(files.get(i)).toString(), () -> ScopeAnalyzerTest.check(src, res)));
        }
        return tests.stream();
    }
}
