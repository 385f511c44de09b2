package org.jpy.parser.ast;

/**
 * Source position of an AST node in CPython's units: 1-based lines, and column offsets counted in
 * UTF-8 bytes from the start of the line (what {@code ast} reports as {@code col_offset}). Kept as one
 * small record so every located node carries the four attributes CPython's ASDL gives it.
 */
public record Loc(int lineno, int colOffset, int endLineno, int endColOffset) {
    public static final Loc NONE = new Loc(0, 0, 0, 0);
}
