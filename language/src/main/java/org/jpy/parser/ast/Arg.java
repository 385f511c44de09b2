package org.jpy.parser.ast;

/** ASDL {@code arg = (identifier arg, expr? annotation, string? type_comment)}. */
public record Arg(String arg, Expr annotation, String typeComment, Loc loc) implements Located {
}
