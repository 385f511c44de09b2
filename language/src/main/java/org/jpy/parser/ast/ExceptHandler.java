package org.jpy.parser.ast;

import java.util.List;

/** ASDL {@code excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Loc loc) implements Located {
}
