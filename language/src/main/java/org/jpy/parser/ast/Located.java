package org.jpy.parser.ast;

/** A node with CPython's {@code lineno/col_offset/end_lineno/end_col_offset} attributes. */
public interface Located extends Node {
    Loc loc();
}
