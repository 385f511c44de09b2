package org.jpy.parser.ast;

import java.util.List;

/** ASDL {@code match_case = (pattern pattern, expr? guard, stmt* body)}. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {
}
