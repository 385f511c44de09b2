package org.jpy.parser.ast;

/** ASDL enum; constant names are the ASDL constructor names. */
public enum Operator {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
