package org.jpy.nodes.pyobject;

/** Unary operators with their special methods; {@code ABS} is {@code abs()}. */
public enum UnaryOp {
    NEG("-", "__neg__", "bad operand type for unary -: '%s'"),
    POS("+", "__pos__", "bad operand type for unary +: '%s'"),
    INVERT("~", "__invert__", "bad operand type for unary ~: '%s'"),
    ABS("abs()", "__abs__", "bad operand type for abs(): '%s'");

    private final String symbol;
    private final String methodName;
    private final String errorFormat;

    UnaryOp(String symbol, String methodName, String errorFormat) {
        this.symbol = symbol;
        this.methodName = methodName;
        this.errorFormat = errorFormat;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getMethodName() {
        return methodName;
    }

    public String getErrorFormat() {
        return errorFormat;
    }
}
