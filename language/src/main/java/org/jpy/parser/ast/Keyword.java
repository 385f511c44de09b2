package org.jpy.parser.ast;

/** ASDL {@code keyword}; {@code arg} is null for {@code **kwargs}. */
public record Keyword(String arg, Expr value, Loc loc) implements Located {
}
