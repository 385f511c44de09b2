package org.jpy.test.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.graalvm.polyglot.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.jpy.test.CPython;
import org.jpy.test.Jpy;

/**
 * The execution layer's end-to-end checks: small programs run as {@code -c} code through the polyglot API in main
 * mode (as the launcher runs them) and compared with the reference CPython 3.12 run at test time, stdout, stderr
 * and exit status byte for byte. The broader programs live in {@code tests/corpus/core/}.
 */
public class ExecSnippetTest {
    static Stream<String> snippets() {
        return Stream.of(
                        "print(sum(range(10)))",
                        "1/0",
                        "import sys; sys.exit(3)",
                        "import sys; sys.exit('bye')",
                        "raise SystemExit",
                        "def f(n):\n    return f(n + 1)\nf(0)",
                        "x = 1\ndef g():\n    print(x)\n    x = 2\ng()",
                        "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e",
                        "try:\n    1/0\nexcept ZeroDivisionError:\n    undefined_name",
                        "class A:\n    def m(self):\n        return super().__repr__()[:9]\nprint(A().m())",
                        "def g():\n    yield 1\n    return 2\nx = g()\nprint(next(x))\ntry:\n    next(x)\nexcept StopIteration as s:\n    print(s.value)",
                        "print([x * y for x in range(3) for y in range(3) if x != y])",
                        "import json\nprint(json.dumps([1, 2]))",
                        "a, *b = 'xyz'\nprint(a, b)",
                        "print(f'{1+1} {\"s\"!r:>5}')",
                        "match [1, 2]:\n    case [a, b]:\n        print(a + b)",
                        "assert False, 'message'",
                        "import nonexistent_module_xyz",
                        "from sys import nonexistent_name_xyz");
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void sameAsCPython(String code) {
        Path dir = Paths.get(System.getProperty("java.io.tmpdir"));
        CPython.Result expected = CPython.run(dir, null, "-c", code);
        Source source = Source.newBuilder("jpy", code, "<string>").buildLiteral();
        CPython.Result actual = Jpy.runMain(source, null, "-c");
        assertEquals(expected.outText(), actual.outText(), "stdout of: " + code);
        assertEquals(expected.errText(), actual.errText(), "stderr of: " + code);
        assertEquals(expected.status(), actual.status(), "exit status of: " + code);
    }
}
