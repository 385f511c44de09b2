package org.jpy.test.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jpy.parser.ast.Arg;
import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.MatchCase;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Pattern;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.TypeParam;
import org.jpy.parser.ast.WithItem;
import org.jpy.parser.scope.Scope;
import org.jpy.parser.scope.SymbolTable;

/**
 * Checks {@link Scope#nameOp} against the instructions CPython emits: every LOAD/STORE/DELETE of a name whose
 * source position is exactly a Name node's must use the access kind jpy predicts for that node in the scope the
 * compiler compiles it in. The walk mirrors which scope compiles each subexpression (defaults and decorators
 * outside the function, the outermost iterable outside the comprehension, ...).
 */
final class NameOpChecker {
    private final SymbolTable st;
    private final Map<String, List<String>> ops;
    private final boolean futureAnnotations;
    int checked;

    private NameOpChecker(SymbolTable st, Map<String, List<String>> ops) {
        this.st = st;
        this.ops = ops;
        this.futureAnnotations = (st.getFutureFlags() & 0x1000000) != 0;
    }

    @SuppressWarnings("unchecked")
    static int check(Mod mod, SymbolTable st, Map<String, Object> code) {
        Map<String, List<String>> ops = new HashMap<>();
        collect(code, ops);
        NameOpChecker c = new NameOpChecker(st, ops);
        Scope top = st.getModuleScope();
        switch (mod) {
            case Mod.Module m -> c.stmts(m.body(), top);
            case Mod.Interactive m -> c.stmts(m.body(), top);
            case Mod.Expression m -> c.expr(m.body(), top);
            default -> {
            }
        }
        return c.checked;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> code, Map<String, List<String>> ops) {
        for (Object o : (List<Object>) code.get("ops")) {
            List<Object> op = (List<Object>) o;
            String pos = "@" + op.get(2) + ":" + op.get(3) + "-" + op.get(4) + ":" + op.get(5);
            if (op.get(0).equals("LOAD_FAST_AND_CLEAR")) {
                ops.computeIfAbsent("LOAD_FAST_AND_CLEAR" + pos, k -> new ArrayList<>()).add((String) op.get(1));
            } else {
                ops.computeIfAbsent(op.get(1) + pos, k -> new ArrayList<>()).add((String) op.get(0));
            }
        }
        for (Object c : (List<Object>) code.get("children")) {
            collect((Map<String, Object>) c, ops);
        }
    }

    private static Scope.NameOp kind(String opname) {
        return switch (opname) {
            case "LOAD_FAST", "LOAD_FAST_CHECK", "STORE_FAST", "DELETE_FAST" -> Scope.NameOp.FAST;
            case "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF" -> Scope.NameOp.DEREF;
            case "LOAD_FROM_DICT_OR_DEREF" -> Scope.NameOp.DICT_OR_DEREF;
            case "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL" -> Scope.NameOp.GLOBAL;
            case "LOAD_FROM_DICT_OR_GLOBALS" -> Scope.NameOp.DICT_OR_GLOBALS;
            default -> Scope.NameOp.NAME;
        };
    }

    private void name(Expr.Name n, Scope s) {
        String key = s.mangle(n.id()) + "@" + n.loc().lineno() + ":" + n.loc().colOffset() + "-" + n.loc().endLineno() + ":" +
                        n.loc().endColOffset();
        List<String> found = ops.get(key);
        if (found == null) {
            return;
        }
        for (String op : found) {
            boolean load = op.startsWith("LOAD");
            assertEquals(kind(op), s.nameOp(n.id(), load), op + " of " + key + " in " + s);
            checked++;
        }
    }

    private void stmts(List<Stmt> body, Scope s) {
        for (Stmt x : body) {
            stmt(x, s);
        }
    }

    private void exprs(List<Expr> es, Scope s) {
        for (Expr e : es) {
            if (e != null) {
                expr(e, s);
            }
        }
    }

    private void annotations(Arguments a, Expr returns, Scope s) {
        if (futureAnnotations) {
            return;
        }
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        all.addAll(a.kwonlyargs());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Arg x : all) {
            if (x.annotation() != null) {
                expr(x.annotation(), s);
            }
        }
        if (returns != null) {
            expr(returns, s);
        }
    }

    private void typeParams(List<TypeParam> tps) {
        for (TypeParam tp : tps) {
            if (tp instanceof TypeParam.TypeVar tv && tv.bound() != null) {
                expr(tv.bound(), st.getTypeVarBoundScope(tv));
            }
        }
    }

    private void function(Stmt s, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, List<TypeParam> tps, Scope cur) {
        exprs(decorators, cur);
        exprs(args.defaults(), cur);
        exprs(args.kwDefaults(), cur);
        Scope ann = cur;
        if (!tps.isEmpty()) {
            ann = st.getTypeParamsScope(s);
            typeParams(tps);
        }
        annotations(args, returns, ann);
        stmts(body, st.getScope(s));
    }

    private void stmt(Stmt stmt, Scope s) {
        switch (stmt) {
            case Stmt.FunctionDef f -> function(f, f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), s);
            case Stmt.AsyncFunctionDef f -> function(f, f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), s);
            case Stmt.ClassDef c -> {
                exprs(c.decoratorList(), s);
                Scope b = s;
                if (!c.typeParams().isEmpty()) {
                    b = st.getTypeParamsScope(c);
                    typeParams(c.typeParams());
                }
                exprs(c.bases(), b);
                for (Keyword k : c.keywords()) {
                    expr(k.value(), b);
                }
                stmts(c.body(), st.getScope(c));
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value(), s);
                }
            }
            case Stmt.Delete d -> exprs(d.targets(), s);
            case Stmt.Assign a -> {
                exprs(a.targets(), s);
                expr(a.value(), s);
            }
            case Stmt.TypeAlias a -> {
                expr(a.name(), s);
                typeParams(a.typeParams());
                expr(a.value(), st.getScope(a));
            }
            case Stmt.AugAssign a -> {
                expr(a.target(), s);
                expr(a.value(), s);
            }
            case Stmt.AnnAssign a -> {
                expr(a.target(), s);
                if (!futureAnnotations) {
                    expr(a.annotation(), s);
                }
                if (a.value() != null) {
                    expr(a.value(), s);
                }
            }
            case Stmt.For f -> {
                expr(f.target(), s);
                expr(f.iter(), s);
                stmts(f.body(), s);
                stmts(f.orelse(), s);
            }
            case Stmt.AsyncFor f -> {
                expr(f.target(), s);
                expr(f.iter(), s);
                stmts(f.body(), s);
                stmts(f.orelse(), s);
            }
            case Stmt.While w -> {
                expr(w.test(), s);
                stmts(w.body(), s);
                stmts(w.orelse(), s);
            }
            case Stmt.If i -> {
                expr(i.test(), s);
                stmts(i.body(), s);
                stmts(i.orelse(), s);
            }
            case Stmt.With w -> withItems(w.items(), w.body(), s);
            case Stmt.AsyncWith w -> withItems(w.items(), w.body(), s);
            case Stmt.Match m -> {
                expr(m.subject(), s);
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern(), s);
                    if (c.guard() != null) {
                        expr(c.guard(), s);
                    }
                    stmts(c.body(), s);
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc(), s);
                }
                if (r.cause() != null) {
                    expr(r.cause(), s);
                }
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), s);
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), s);
            case Stmt.Assert a -> {
                expr(a.test(), s);
                if (a.msg() != null) {
                    expr(a.msg(), s);
                }
            }
            case Stmt.ExprStmt e -> expr(e.value(), s);
            default -> {
            }
        }
    }

    private void withItems(List<WithItem> items, List<Stmt> body, Scope s) {
        for (WithItem w : items) {
            expr(w.contextExpr(), s);
            if (w.optionalVars() != null) {
                expr(w.optionalVars(), s);
            }
        }
        stmts(body, s);
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Scope s) {
        stmts(body, s);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type(), s);
            }
            stmts(h.body(), s);
        }
        stmts(orelse, s);
        stmts(finalbody, s);
    }

    private void pattern(Pattern p, Scope s) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value(), s);
            case Pattern.MatchSequence q -> q.patterns().forEach(x -> pattern(x, s));
            case Pattern.MatchMapping m -> {
                exprs(m.keys(), s);
                m.patterns().forEach(x -> pattern(x, s));
            }
            case Pattern.MatchClass c -> {
                expr(c.cls(), s);
                c.patterns().forEach(x -> pattern(x, s));
                c.kwdPatterns().forEach(x -> pattern(x, s));
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern(), s);
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(x -> pattern(x, s));
            default -> {
            }
        }
    }

    private void comprehension(Expr e, List<Comprehension> gens, List<Expr> tail, Scope s) {
        expr(gens.get(0).iter(), s);
        Scope c = st.getScope(e);
        if (c.isInlinedComprehension()) {
            String key = "LOAD_FAST_AND_CLEAR@" + e.loc().lineno() + ":" + e.loc().colOffset() + "-" + e.loc().endLineno() + ":" +
                            e.loc().endColOffset();
            // A finally body is compiled twice (normal and exceptional exit), so CPython may repeat the sequence.
            List<String> expected = ops.getOrDefault(key, List.of());
            List<String> mine = c.getIsolatedNames();
            if (!mine.isEmpty() && expected.size() > mine.size() && expected.size() % mine.size() == 0) {
                expected = expected.subList(0, mine.size());
            }
            assertEquals(expected, mine, "isolated names of " + c);
            checked++;
        }
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            expr(g.target(), c);
            if (i > 0) {
                expr(g.iter(), c);
            }
            exprs(g.ifs(), c);
        }
        exprs(tail, c);
    }

    private void expr(Expr expr, Scope s) {
        switch (expr) {
            case Expr.Name n -> name(n, s);
            case Expr.NamedExpr e -> {
                expr(e.target(), s);
                expr(e.value(), s);
            }
            case Expr.BoolOp e -> exprs(e.values(), s);
            case Expr.BinOp e -> {
                expr(e.left(), s);
                expr(e.right(), s);
            }
            case Expr.UnaryOp e -> expr(e.operand(), s);
            case Expr.Lambda e -> {
                exprs(e.args().defaults(), s);
                exprs(e.args().kwDefaults(), s);
                expr(e.body(), st.getScope(e));
            }
            case Expr.IfExp e -> {
                expr(e.test(), s);
                expr(e.body(), s);
                expr(e.orelse(), s);
            }
            case Expr.Dict e -> {
                exprs(e.keys(), s);
                exprs(e.values(), s);
            }
            case Expr.Set e -> exprs(e.elts(), s);
            case Expr.ListComp e -> comprehension(e, e.generators(), List.of(e.elt()), s);
            case Expr.SetComp e -> comprehension(e, e.generators(), List.of(e.elt()), s);
            case Expr.GeneratorExp e -> comprehension(e, e.generators(), List.of(e.elt()), s);
            case Expr.DictComp e -> comprehension(e, e.generators(), List.of(e.key(), e.value()), s);
            case Expr.Await e -> expr(e.value(), s);
            case Expr.Yield e -> {
                if (e.value() != null) {
                    expr(e.value(), s);
                }
            }
            case Expr.YieldFrom e -> expr(e.value(), s);
            case Expr.Compare e -> {
                expr(e.left(), s);
                exprs(e.comparators(), s);
            }
            case Expr.Call e -> {
                expr(e.func(), s);
                exprs(e.args(), s);
                for (Keyword k : e.keywords()) {
                    expr(k.value(), s);
                }
            }
            case Expr.FormattedValue e -> {
                expr(e.value(), s);
                if (e.formatSpec() != null) {
                    expr(e.formatSpec(), s);
                }
            }
            case Expr.JoinedStr e -> exprs(e.values(), s);
            case Expr.Attribute e -> expr(e.value(), s);
            case Expr.Subscript e -> {
                expr(e.value(), s);
                expr(e.slice(), s);
            }
            case Expr.Starred e -> expr(e.value(), s);
            case Expr.ListExpr e -> exprs(e.elts(), s);
            case Expr.Tuple e -> exprs(e.elts(), s);
            case Expr.Slice e -> {
                if (e.lower() != null) {
                    expr(e.lower(), s);
                }
                if (e.upper() != null) {
                    expr(e.upper(), s);
                }
                if (e.step() != null) {
                    expr(e.step(), s);
                }
            }
            default -> {
            }
        }
    }
}
