package org.jpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.jpy.parser.ast.ConstantValue;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.ExprContext;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target, the way CPython's
 * {@code _PyPegen_set_expr_context} does, and raises CPython's "cannot assign to ..." messages for the rest.
 * Parsing targets as expressions first keeps the statement parser free of backtracking.
 */
final class Targets {
    private Targets() {
    }

    static Expr store(PythonParser p, Expr e, boolean assignment) {
        Expr bad = invalid(e, ExprContext.Store);
        if (bad != null) {
            throw p.errorAtNode("cannot assign to " + exprName(bad), bad);
        }
        return withCtx(e, ExprContext.Store);
    }

    static Expr del(PythonParser p, Expr e) {
        Expr bad = invalid(e, ExprContext.Del);
        if (bad != null) {
            throw p.errorAtNode("cannot delete " + exprName(bad), bad);
        }
        return withCtx(e, ExprContext.Del);
    }

    static Expr annotationTarget(PythonParser p, Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return withCtx(e, ExprContext.Store);
        }
        if (e instanceof Expr.Tuple) {
            throw p.errorAtNode("only single target (not tuple) can be annotated", e);
        }
        if (e instanceof Expr.ListExpr) {
            throw p.errorAtNode("only single target (not list) can be annotated", e);
        }
        throw p.errorAtNode("illegal target for annotation", e);
    }

    static Expr augTarget(PythonParser p, Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return withCtx(e, ExprContext.Store);
        }
        throw p.errorAtNode("'" + exprName(e) + "' is an illegal expression for augmented assignment", e);
    }

    /**
     * The first sub-expression that cannot be a target, or null. Written with instanceof tests rather than a
     * pattern switch: this runs for every assignment, and a type switch costs a bootstrap at startup.
     */
    static Expr invalid(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Starred s) {
            return ctx == ExprContext.Del ? e : invalid(s.value(), ctx);
        }
        List<Expr> elts;
        if (e instanceof Expr.Tuple t) {
            elts = t.elts();
        } else if (e instanceof Expr.ListExpr l) {
            elts = l.elts();
        } else {
            return e;
        }
        for (Expr x : elts) {
            Expr b = invalid(x, ctx);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    static Expr withCtx(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.loc());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.loc());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.loc());
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(withCtx(s.value(), ctx), ctx, s.loc());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(mapCtx(t.elts(), ctx), ctx, t.loc());
        }
        if (e instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(mapCtx(l.elts(), ctx), ctx, l.loc());
        }
        return e;
    }

    private static List<Expr> mapCtx(List<Expr> elts, ExprContext ctx) {
        List<Expr> r = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            r.add(withCtx(x, ctx));
        }
        return r;
    }

    /** CPython's {@code _PyPegen_get_expr_name}. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == ConstantValue.NONE) {
                    yield "None";
                }
                if (v == Boolean.TRUE) {
                    yield "True";
                }
                if (v == Boolean.FALSE) {
                    yield "False";
                }
                if (v == ConstantValue.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
