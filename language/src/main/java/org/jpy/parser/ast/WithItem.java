package org.jpy.parser.ast;

/** ASDL {@code withitem = (expr context_expr, expr? optional_vars)}. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
}
