package org.jpy.test.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Node;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.scope.CompileChecks;
import org.jpy.parser.scope.Scope;
import org.jpy.parser.scope.ScopeAnalyzer;
import org.jpy.parser.scope.SymbolTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares jpy's scope analysis with the reference CPython 3.12 on a corpus of snippets: the symtable tree (block
 * types, names, nesting, every symbol's raw flags, parameters), the code objects' co_varnames / co_cellvars /
 * co_freevars / argument counts / flags, and the SyntaxErrors raised by the symtable and by the compiler's context
 * checks (message, line, offset, end). The trees are CPython's own, converted from JSON.
 */
public class ScopeAnalyzerTest {
    private static final int FLAG_MASK = 0x10 | 0x20 | 0x80 | 0x200 | 0x04 | 0x08; // NESTED GENERATOR COROUTINE ASYNC_GENERATOR VARARGS VARKEYWORDS

    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        List<String> snippets = ScopeCorpus.all();
        List<Object> results = CPythonReference.run(snippets);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String src = snippets.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> res = (Map<String, Object>) results.get(i);
            String title = String.format("%03d %s", i, src.strip().replace('\n', '|'));
            tests.add(DynamicTest.dynamicTest(title.length() > 90 ? title.substring(0, 90) : title, () -> check(src, res)));
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    static void check(String src, Map<String, Object> res) {
        if (res.containsKey("parse_error")) {
            org.junit.jupiter.api.Assumptions.abort("snippet does not parse in CPython: " + res.get("parse_error"));
        }
        Mod mod = AstFromJson.mod(res.get("ast"));
        Map<String, Object> stErr = (Map<String, Object>) res.get("symtable_error");
        SymbolTable st;
        try {
            st = ScopeAnalyzer.analyze(mod, "<s>");
        } catch (PySyntaxError e) {
            if (stErr == null) {
                fail("unexpected SyntaxError " + describe(e) + "; CPython: " + res.get("compile_error"));
            }
            assertError(stErr, e);
            return;
        }
        if (stErr != null) {
            fail("missing symtable SyntaxError " + stErr);
        }
        compareSymtable((Map<String, Object>) res.get("symtable"), st.getModuleScope(), "top");
        Map<String, Object> compErr = (Map<String, Object>) res.get("compile_error");
        java.util.LinkedHashSet<String> warnings = new java.util.LinkedHashSet<>();
        try {
            CompileChecks.check(mod, st, "<s>", false, (category, message, filename, lineno) -> {
                warnings.add(message + "@" + lineno);
                return false;
            });
        } catch (PySyntaxError e) {
            if (compErr == null) {
                fail("unexpected compile SyntaxError " + describe(e));
            }
            assertError(compErr, e);
            return;
        }
        if (compErr != null) {
            fail("missing compile SyntaxError " + compErr);
        }
        if (res.containsKey("warnings")) {
            assertEquals(new ArrayList<>(new java.util.LinkedHashSet<>((List<String>) res.get("warnings"))), new ArrayList<>(warnings),
                            "compiler SyntaxWarnings");
        }
        if (res.containsKey("compile_crash")) {
            // CPython 3.12.1's compiler itself fails on a few snippets (e.g. super() in a class-level comprehension).
            return;
        }
        compareCode((Map<String, Object>) res.get("code"), st);
        NameOpChecker.check(mod, st, (Map<String, Object>) res.get("code"));
    }

    private static String describe(PySyntaxError e) {
        return "'" + e.msg() + "' " + e.lineno() + ":" + e.offset() + "-" + e.endLineno() + ":" + e.endOffset();
    }

    private static void assertError(Map<String, Object> expected, PySyntaxError e) {
        String exp = "'" + expected.get("msg") + "' " + expected.get("lineno") + ":" + expected.get("offset") + "-" + expected.get("end_lineno") +
                        ":" + (expected.get("end_offset") == null ? -1L : expected.get("end_offset"));
        assertEquals(exp, describe(e));
        assertEquals(expected.get("type"), "SyntaxError");
    }

    private static String typeName(Scope s) {
        return switch (s.getKind()) {
            case MODULE -> "module";
            case CLASS -> "class";
            case FUNCTION, LAMBDA, COMPREHENSION, GENERATOR_EXPRESSION -> "function";
            case TYPE_PARAMS -> "type parameter";
            case TYPE_ALIAS -> "type alias";
            case TYPE_VAR_BOUND -> "TypeVar bound";
        };
    }

    @SuppressWarnings("unchecked")
    private static void compareSymtable(Map<String, Object> exp, Scope s, String path) {
        String where = path + " (" + s + ")";
        assertEquals(exp.get("type"), typeName(s), "type of " + where);
        assertEquals(exp.get("name"), s.getName(), "name of " + where);
        assertEquals(((Long) exp.get("lineno")).intValue(), s.getLineno(), "lineno of " + where);
        assertEquals(exp.get("nested"), s.isNested(), "nested of " + where);
        Map<String, Integer> expSyms = new LinkedHashMap<>();
        ((Map<String, Object>) exp.get("symbols")).forEach((k, v) -> expSyms.put(k, ((Long) v).intValue()));
        assertEquals(new java.util.TreeMap<>(expSyms), new java.util.TreeMap<>(s.getSymbols()), "symbols of " + where);
        assertEquals(exp.get("params"), s.getParameters(), "params of " + where);
        List<Object> children = (List<Object>) exp.get("children");
        List<String> expNames = new ArrayList<>();
        for (Object c : children) {
            expNames.add((String) ((Map<String, Object>) c).get("name"));
        }
        List<String> names = new ArrayList<>();
        for (Scope c : s.getChildren()) {
            names.add(c.getName());
        }
        assertEquals(expNames, names, "children of " + where);
        for (int i = 0; i < children.size(); i++) {
            compareSymtable((Map<String, Object>) children.get(i), s.getChildren().get(i), path + "/" + names.get(i));
        }
    }

    // ---------------------------------------------------------------- code objects

    private record Unit(String name, int line, Scope scope) {
    }

    private static int firstLine(Node n, int line) {
        List<Expr> decorators = switch (n) {
            case Stmt.FunctionDef f -> f.decoratorList();
            case Stmt.AsyncFunctionDef f -> f.decoratorList();
            case Stmt.ClassDef c -> c.decoratorList();
            default -> List.of();
        };
        return decorators.isEmpty() ? line : decorators.get(0).loc().lineno();
    }

    private static void collectUnits(SymbolTable st, Scope s, List<Unit> out) {
        if (!s.isInlinedComprehension()) {
            String name = switch (s.getKind()) {
                case MODULE -> "<module>";
                case LAMBDA -> "<lambda>";
                case GENERATOR_EXPRESSION -> "<genexpr>";
                case COMPREHENSION -> "<" + s.getName() + ">";
                case TYPE_PARAMS -> "<generic parameters of " + s.getName() + ">";
                default -> s.getName();
            };
            int line = s.getKind() == Scope.Kind.MODULE ? 1 : firstLine(s.getNode(), s.getLineno());
            out.add(new Unit(name, line, s));
        }
        for (Scope c : s.getChildren()) {
            collectUnits(st, c, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static void compareCode(Map<String, Object> code, SymbolTable st) {
        List<Unit> units = new ArrayList<>();
        collectUnits(st, st.getModuleScope(), units);
        Set<Unit> used = new HashSet<>();
        compareCode(code, units, used, "");
    }

    @SuppressWarnings("unchecked")
    private static void compareCode(Map<String, Object> code, List<Unit> units, Set<Unit> used, String path) {
        String name = (String) code.get("name");
        int line = ((Long) code.get("line")).intValue();
        // Several code objects can share name and first line (e.g. nested generator expressions on one line); prefer
        // the candidate whose names match, as co_consts order differs from the symtable's.
        Unit unit = null;
        for (Unit u : units) {
            if (!used.contains(u) && u.name().equals(name) && u.line() == line) {
                if (unit == null || u.scope().getVarnames().equals(code.get("varnames"))) {
                    unit = u;
                }
                if (u.scope().getVarnames().equals(code.get("varnames"))) {
                    break;
                }
            }
        }
        String where = path + "/" + name + "@" + line;
        assertNotNull(unit, "no scope for code object " + where + " among " + units);
        used.add(unit);
        Scope s = unit.scope();
        assertEquals(code.get("varnames"), s.getVarnames(), "co_varnames of " + where);
        assertEquals(code.get("cellvars"), s.getCellvars(), "co_cellvars of " + where);
        assertEquals(code.get("freevars"), s.getFreevars(), "co_freevars of " + where);
        if (s.getKind() != Scope.Kind.MODULE && s.getKind() != Scope.Kind.CLASS) {
            assertEquals(((Long) code.get("argcount")).intValue(), s.getArgCount(), "co_argcount of " + where);
            assertEquals(((Long) code.get("posonly")).intValue(), s.getPosOnlyArgCount(), "co_posonlyargcount of " + where);
            assertEquals(((Long) code.get("kwonly")).intValue(), s.getKwOnlyArgCount(), "co_kwonlyargcount of " + where);
            int flags = 0;
            if (s.isNested()) {
                flags |= 0x10;
            }
            if (s.isGenerator() && s.isCoroutine()) {
                flags |= 0x200;
            } else if (s.isGenerator()) {
                flags |= 0x20;
            } else if (s.isCoroutine()) {
                flags |= 0x80;
            }
            if (s.hasVarargs()) {
                flags |= 0x04;
            }
            if (s.hasVarkeywords()) {
                flags |= 0x08;
            }
            assertEquals(Integer.toHexString(((Long) code.get("flags")).intValue() & FLAG_MASK), Integer.toHexString(flags), "co_flags of " + where);
        }
        for (Object c : (List<Object>) code.get("children")) {
            compareCode((Map<String, Object>) c, units, used, where);
        }
    }
}
