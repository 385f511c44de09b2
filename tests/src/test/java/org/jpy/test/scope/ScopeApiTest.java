package org.jpy.test.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.TypeParam;
import org.jpy.parser.scope.CompilationRecursionError;
import org.jpy.parser.scope.FutureFeatures;
import org.jpy.parser.scope.Scope;
import org.jpy.parser.scope.ScopeAnalyzer;
import org.jpy.parser.scope.SymbolTable;
import org.junit.jupiter.api.Test;

/** The scope API as the compiler uses it: node-to-scope lookup, the PEP 695 scopes, class cells, PEP 709 flags. */
public class ScopeApiTest {
    @SuppressWarnings("unchecked")
    private static Mod parse(String src) throws Exception {
        Map<String, Object> res = (Map<String, Object>) CPythonReference.run(List.of(src)).get(0);
        return AstFromJson.mod(res.get("ast"));
    }

    @Test
    void nodesMapToScopes() throws Exception {
        Mod mod = parse("""
                        class C[T: int](B):
                            x = 1
                            def m(self):
                                return super().m(), [x for x in ()], (y for y in ()), lambda: __class__
                            type A = x
                        """);
        SymbolTable st = ScopeAnalyzer.analyze(mod, "<s>");
        Stmt.ClassDef c = (Stmt.ClassDef) ((Mod.Module) mod).body().get(0);
        Scope cls = st.getScope(c);
        assertEquals(Scope.Kind.CLASS, cls.getKind());
        Scope tp = st.getTypeParamsScope(c);
        assertEquals(Scope.Kind.TYPE_PARAMS, tp.getKind());
        assertSame(tp, cls.getParent());
        Scope bound = st.getTypeVarBoundScope((TypeParam.TypeVar) c.typeParams().get(0));
        assertEquals(Scope.Kind.TYPE_VAR_BOUND, bound.getKind());
        assertTrue(cls.needsClassCell());
        assertTrue(cls.needsClassDict());
        assertEquals(List.of("__class__", "__classdict__"), cls.getCellvars());
        assertEquals(Scope.VarKind.CELL, cls.lookup("__class__"));
        assertEquals(Scope.VarKind.CELL, cls.lookup("__classdict__"));
        assertEquals(Scope.VarKind.LOCAL, cls.lookup("x"));
        assertEquals(Scope.VarKind.GLOBAL_IMPLICIT, cls.lookup("undefined"));
        assertEquals(List.of(".type_params"), cls.getFreevars());
        assertTrue(cls.isFreeInClassBody(".type_params"));
        assertFalse(cls.isFreeInClassBody("x"));

        Stmt.FunctionDef m = (Stmt.FunctionDef) c.body().get(1);
        Scope ms = st.getScope(m);
        assertEquals(Scope.Kind.FUNCTION, ms.getKind());
        assertEquals(Scope.VarKind.FREE, ms.lookup("__class__"));
        // PEP 709: the inlined comprehension's variable is a (hidden) local of the method.
        assertEquals(Scope.VarKind.LOCAL, ms.lookup("x"));
        assertEquals(Scope.VarKind.GLOBAL_IMPLICIT, ms.lookup("super"));
        assertEquals(1, ms.getArgCount());
        assertTrue(ms.isParameter("self"));
        Expr.Tuple t = (Expr.Tuple) ((Stmt.Return) m.body().get(0)).value();
        Scope lc = st.getScope(t.elts().get(1));
        assertEquals(Scope.Kind.COMPREHENSION, lc.getKind());
        assertTrue(lc.isInlinedComprehension());
        assertEquals(List.of("x"), lc.getIsolatedNames());
        assertEquals(Scope.NameOp.FAST, lc.nameOp("x", true));
        Scope ge = st.getScope(t.elts().get(2));
        assertEquals(Scope.Kind.GENERATOR_EXPRESSION, ge.getKind());
        assertTrue(ge.isGenerator());
        assertFalse(ge.isInlinedComprehension());
        assertEquals(Scope.Kind.LAMBDA, st.getScope(t.elts().get(3)).getKind());

        Stmt.TypeAlias a = (Stmt.TypeAlias) c.body().get(2);
        Scope as = st.getScope(a);
        assertEquals(Scope.Kind.TYPE_ALIAS, as.getKind());
        assertNull(st.getTypeParamsScope(a));
        assertTrue(as.canSeeClassScope());
        assertEquals(Scope.NameOp.DICT_OR_GLOBALS, as.nameOp("x", true));
        assertNull(st.getScope(a.value()));
    }

    @Test
    void manglingIsAppliedByLookup() throws Exception {
        Mod mod = parse("""
                        class C:
                            def m(self, __a):
                                __b = __a
                                return lambda: __b
                        """);
        SymbolTable st = ScopeAnalyzer.analyze(mod, "<s>");
        Stmt.ClassDef c = (Stmt.ClassDef) ((Mod.Module) mod).body().get(0);
        Scope m = st.getScope(c.body().get(0));
        assertEquals(List.of("self", "_C__a"), m.getVarnames());
        assertEquals(List.of("_C__b"), m.getCellvars());
        assertEquals(Scope.VarKind.CELL, m.lookup("__b"));
        assertEquals(Scope.VarKind.CELL, m.lookup("_C__b"));
        assertTrue(m.isParameter("__a"));
    }

    @Test
    void generatorAndCoroutineFlags() throws Exception {
        Mod mod = parse("""
                        def g(*a, **k):
                            yield
                        async def c():
                            await x
                        async def ag():
                            yield
                        """);
        SymbolTable st = ScopeAnalyzer.analyze(mod, "<s>");
        List<Stmt> body = ((Mod.Module) mod).body();
        Scope g = st.getScope(body.get(0));
        assertTrue(g.isGenerator() && !g.isCoroutine() && g.hasVarargs() && g.hasVarkeywords() && g.isNested() == false);
        Scope c = st.getScope(body.get(1));
        assertTrue(!c.isGenerator() && c.isCoroutine());
        Scope ag = st.getScope(body.get(2));
        assertTrue(ag.isGenerator() && ag.isCoroutine());
    }

    @Test
    void topLevelAwait() throws Exception {
        for (String src : List.of("await x\n", "async with a:\n    pass\n", "async for a in b:\n    pass\n", "[x async for x in y]\n", "(x async for x in y)\n")) {
            Mod mod = parse(src);
            SymbolTable st = ScopeAnalyzer.analyze(mod, "<s>");
            if (!src.startsWith("(")) {
                assertThrows(PySyntaxError.class, () -> org.jpy.parser.scope.CompileChecks.check(mod, st, "<s>"));
            }
            SymbolTable st2 = ScopeAnalyzer.analyze(mod, "<s>");
            org.jpy.parser.scope.CompileChecks.check(mod, st2, "<s>", true);
            assertTrue(st2.getModuleScope().isCoroutine(), src);
        }
        Mod plain = parse("x = 1\n");
        SymbolTable st = ScopeAnalyzer.analyze(plain, "<s>");
        org.jpy.parser.scope.CompileChecks.check(plain, st, "<s>", true);
        assertFalse(st.getModuleScope().isCoroutine());
    }

    @Test
    void futureFlags() throws Exception {
        Mod mod = parse("\"doc\"\nfrom __future__ import annotations, generator_stop\nx: int\n");
        SymbolTable st = ScopeAnalyzer.analyze(mod, "<s>");
        assertEquals(FutureFeatures.CO_FUTURE_ANNOTATIONS, st.getFutureFlags());
        assertEquals(FutureFeatures.CO_FUTURE_ANNOTATIONS, st.getModuleScope().getFutureFlags());
    }

    @Test
    void errorsCarryCPythonFields() throws Exception {
        Mod mod = parse("def f(x):\n    global x\n");
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> ScopeAnalyzer.analyze(mod, "file.py"));
        assertEquals("name 'x' is parameter and global", e.msg());
        assertEquals("file.py", e.filename());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());
        assertEquals(PySyntaxError.Kind.SYNTAX_ERROR, e.kind());
        assertFalse(e.isIncompleteInput());
    }

    @Test
    void deepTreesGiveRecursionError() {
        Expr e = new Expr.Name("x", org.jpy.parser.ast.ExprContext.Load, new Loc(1, 0, 1, 1));
        for (int i = 0; i < 2_000_000; i++) {
            e = new Expr.UnaryOp(org.jpy.parser.ast.UnaryOpKind.USub, e, new Loc(1, 0, 1, 1));
        }
        Mod mod = new Mod.Expression(e);
        assertThrows(CompilationRecursionError.class, () -> ScopeAnalyzer.analyze(mod, "<s>"));
    }

    @Test
    void childrenFollowCPythonOrder() throws Exception {
        Mod mod = parse("def f():\n    return [lambda: x for x in ()]\n");
        SymbolTable st = ScopeAnalyzer.analyze(mod, "<s>");
        Scope f = st.getModuleScope().getChildren().get(0);
        List<String> names = new ArrayList<>();
        for (Scope c : f.getChildren()) {
            names.add(c.getName());
        }
        // The inlined listcomp is replaced by its own children, as in CPython 3.12's symtable.
        assertEquals(List.of("lambda"), names);
        assertNotNull(st.getModuleScope());
    }
}
