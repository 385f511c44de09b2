package org.jpy.parser.ast;

import java.util.List;

/**
 * ASDL {@code expr}. {@code Constant.value} holds: {@link ConstantValue#NONE}, {@link ConstantValue#ELLIPSIS},
 * {@link Boolean}, {@link Long} or {@link java.math.BigInteger} (ints, never Integer), {@link Double},
 * {@link ConstantValue.Complex}, {@link String} (str; may hold lone surrogates) or {@link ConstantValue.Bytes}.
 */
public sealed interface Expr extends Located {
    record BoolOp(BoolOpKind op, List<Expr> values, Loc loc) implements Expr {
    }

    record NamedExpr(Expr target, Expr value, Loc loc) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right, Loc loc) implements Expr {
    }

    record UnaryOp(UnaryOpKind op, Expr operand, Loc loc) implements Expr {
    }

    record Lambda(Arguments args, Expr body, Loc loc) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse, Loc loc) implements Expr {
    }

    /** A {@code null} key marks a {@code **mapping} entry, as in CPython. */
    record Dict(List<Expr> keys, List<Expr> values, Loc loc) implements Expr {
    }

    record Set(List<Expr> elts, Loc loc) implements Expr {
    }

    record ListComp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {
    }

    record SetComp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Loc loc) implements Expr {
    }

    record GeneratorExp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {
    }

    record Await(Expr value, Loc loc) implements Expr {
    }

    record Yield(Expr value, Loc loc) implements Expr {
    }

    record YieldFrom(Expr value, Loc loc) implements Expr {
    }

    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Loc loc) implements Expr {
    }

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Loc loc) implements Expr {
    }

    /** {@code conversion} is -1 (none) or the code point of 's', 'r' or 'a'. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Loc loc) implements Expr {
    }

    record JoinedStr(List<Expr> values, Loc loc) implements Expr {
    }

    /** {@code kind} is "u" for a {@code u"..."} literal, else null. */
    record Constant(Object value, String kind, Loc loc) implements Expr {
    }

    record Attribute(Expr value, String attr, ExprContext ctx, Loc loc) implements Expr {
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx, Loc loc) implements Expr {
    }

    record Starred(Expr value, ExprContext ctx, Loc loc) implements Expr {
    }

    record Name(String id, ExprContext ctx, Loc loc) implements Expr {
    }

    record ListExpr(List<Expr> elts, ExprContext ctx, Loc loc) implements Expr {
    }

    record Tuple(List<Expr> elts, ExprContext ctx, Loc loc) implements Expr {
    }

    record Slice(Expr lower, Expr upper, Expr step, Loc loc) implements Expr {
    }
}
