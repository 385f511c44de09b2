package org.jpy.parser.ast;

import java.util.List;

/** ASDL {@code comprehension = (expr target, expr iter, expr* ifs, int is_async)} (no location). */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
}
