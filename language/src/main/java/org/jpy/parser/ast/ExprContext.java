package org.jpy.parser.ast;

/** ASDL enum; constant names are the ASDL constructor names. */
public enum ExprContext {
    Load, Store, Del
}
