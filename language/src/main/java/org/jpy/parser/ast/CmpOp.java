package org.jpy.parser.ast;

/** ASDL enum; constant names are the ASDL constructor names. */
public enum CmpOp {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
