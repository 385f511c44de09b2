package org.jpy.nodes.util;

/**
 * Nodes whose traceback line gets CPython 3.12's two-level markers ({@code ~~~^^^~~~}): binary operators and
 * subscripts. Positions are character indexes into the source; -1 when unknown.
 */
public interface CaretAnchors {
    int getAnchorLeftEnd();

    int getAnchorRightStart();

    /** Binary operators anchor on the operator token; subscripts on the brackets. */
    boolean isBinaryOperator();
}
