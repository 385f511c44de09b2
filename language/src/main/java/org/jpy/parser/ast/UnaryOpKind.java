package org.jpy.parser.ast;

/** ASDL enum; constant names are the ASDL constructor names. */
public enum UnaryOpKind {
    Invert, Not, UAdd, USub
}
