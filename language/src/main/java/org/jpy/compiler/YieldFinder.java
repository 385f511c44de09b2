package org.jpy.compiler;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.MatchCase;
import org.jpy.parser.ast.Node;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.WithItem;

/**
 * Answers "does this statement or expression contain a suspension point ({@code yield}, {@code yield from},
 * {@code await}) of the current generator body?" Only those subtrees need resumable nodes; everything else in a
 * generator compiles exactly like ordinary code. Nested function scopes (def, lambda, class, generator
 * expressions) are opaque: their yields belong to them. Inlined comprehensions are not ({@code await} in a list
 * comprehension suspends the enclosing coroutine). Results are memoized per node.
 */
final class YieldFinder {
    private final Map<Node, Boolean> cache = new IdentityHashMap<>();

    boolean anyContains(List<? extends Node> nodes) {
        for (Node n : nodes) {
            if (contains(n)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(Node node) {
        if (node == null) {
            return false;
        }
        Boolean cached = cache.get(node);
        if (cached != null) {
            return cached;
        }
        boolean result = compute(node);
        cache.put(node, result);
        return result;
    }

    private boolean any(Node... nodes) {
        for (Node n : nodes) {
            if (contains(n)) {
                return true;
            }
        }
        return false;
    }

    private boolean compute(Node node) {
        return switch (node) {
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Expr.Await a -> true;
            case Expr.Lambda l -> argumentsContain(l.args());
            case Expr.GeneratorExp g -> contains(g.generators().get(0).iter());
            case Expr.BoolOp b -> anyContains(b.values());
            case Expr.NamedExpr n -> contains(n.value());
            case Expr.BinOp b -> any(b.left(), b.right());
            case Expr.UnaryOp u -> contains(u.operand());
            case Expr.IfExp i -> any(i.test(), i.body(), i.orelse());
            case Expr.Dict d -> anyContains(d.values()) || d.keys().stream().anyMatch(this::contains);
            case Expr.Set s -> anyContains(s.elts());
            case Expr.ListComp c -> comprehension(c.generators()) || contains(c.elt());
            case Expr.SetComp c -> comprehension(c.generators()) || contains(c.elt());
            case Expr.DictComp c -> comprehension(c.generators()) || any(c.key(), c.value());
            case Expr.Compare c -> contains(c.left()) || anyContains(c.comparators());
            case Expr.Call c -> contains(c.func()) || anyContains(c.args()) || c.keywords().stream().anyMatch(k -> contains(k.value()));
            case Expr.FormattedValue f -> any(f.value(), f.formatSpec());
            case Expr.JoinedStr j -> anyContains(j.values());
            case Expr.Constant c -> false;
            case Expr.Attribute a -> contains(a.value());
            case Expr.Subscript s -> any(s.value(), s.slice());
            case Expr.Starred s -> contains(s.value());
            case Expr.Name n -> false;
            case Expr.ListExpr l -> anyContains(l.elts());
            case Expr.Tuple t -> anyContains(t.elts());
            case Expr.Slice s -> any(s.lower(), s.upper(), s.step());
            case Stmt.FunctionDef f -> anyContains(f.decoratorList()) || argumentsContain(f.args());
            case Stmt.AsyncFunctionDef f -> anyContains(f.decoratorList()) || argumentsContain(f.args());
            case Stmt.ClassDef c -> anyContains(c.decoratorList()) || anyContains(c.bases()) || c.keywords().stream().anyMatch(k -> contains(k.value()));
            case Stmt.Return r -> contains(r.value());
            case Stmt.Delete d -> anyContains(d.targets());
            case Stmt.Assign a -> anyContains(a.targets()) || contains(a.value());
            case Stmt.TypeAlias t -> false;
            case Stmt.AugAssign a -> any(a.target(), a.value());
            case Stmt.AnnAssign a -> any(a.target(), a.annotation(), a.value());
            case Stmt.For f -> any(f.target(), f.iter()) || anyContains(f.body()) || anyContains(f.orelse());
            case Stmt.AsyncFor f -> true;
            case Stmt.While w -> contains(w.test()) || anyContains(w.body()) || anyContains(w.orelse());
            case Stmt.If i -> contains(i.test()) || anyContains(i.body()) || anyContains(i.orelse());
            case Stmt.With w -> w.items().stream().anyMatch(this::contains) || anyContains(w.body());
            case Stmt.AsyncWith w -> true;
            case Stmt.Match m -> contains(m.subject()) || m.cases().stream().anyMatch(this::contains);
            case Stmt.Raise r -> any(r.exc(), r.cause());
            case Stmt.Try t -> anyContains(t.body()) || t.handlers().stream().anyMatch(this::contains) || anyContains(t.orelse()) || anyContains(t.finalbody());
            case Stmt.TryStar t -> anyContains(t.body()) || t.handlers().stream().anyMatch(this::contains) || anyContains(t.orelse()) || anyContains(t.finalbody());
            case Stmt.Assert a -> any(a.test(), a.msg());
            case Stmt.ExprStmt e -> contains(e.value());
            case WithItem w -> any(w.contextExpr(), w.optionalVars());
            case ExceptHandler h -> contains(h.type()) || anyContains(h.body());
            case MatchCase c -> contains(c.guard()) || anyContains(c.body());
            case Keyword k -> contains(k.value());
            default -> false;
        };
    }

    private boolean comprehension(List<Comprehension> gens) {
        for (Comprehension c : gens) {
            if (c.isAsync() != 0 || contains(c.iter()) || contains(c.target()) || anyContains(c.ifs())) {
                return true;
            }
        }
        return false;
    }

    private boolean argumentsContain(Arguments args) {
        return anyContains(args.defaults()) || args.kwDefaults().stream().anyMatch(this::contains);
    }
}
