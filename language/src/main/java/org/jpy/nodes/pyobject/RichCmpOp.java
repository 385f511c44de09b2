package org.jpy.nodes.pyobject;

/** The six rich comparisons with their special method names, reflections and symbols. */
public enum RichCmpOp {
    LT("<", "__lt__"),
    LE("<=", "__le__"),
    EQ("==", "__eq__"),
    NE("!=", "__ne__"),
    GT(">", "__gt__"),
    GE(">=", "__ge__");

    private final String symbol;
    private final String methodName;

    RichCmpOp(String symbol, String methodName) {
        this.symbol = symbol;
        this.methodName = methodName;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getMethodName() {
        return methodName;
    }

    /** The operation with swapped operands ({@code a < b} is {@code b > a}). */
    public RichCmpOp reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** Applies this comparison to the result of {@code compareTo}-style {@code cmp}. */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
