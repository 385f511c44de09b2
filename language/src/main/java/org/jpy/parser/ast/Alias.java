package org.jpy.parser.ast;

/** ASDL {@code alias = (identifier name, identifier? asname)}. */
public record Alias(String name, String asname, Loc loc) implements Located {
}
