package org.jpy.nodes.pyobject;

/** The binary operators with their special methods ({@code __add__}, {@code __radd__}, {@code __iadd__}) and symbols. */
public enum BinaryOp {
    ADD("+", "add"),
    SUB("-", "sub"),
    MUL("*", "mul"),
    MATMUL("@", "matmul"),
    TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"),
    MOD("%", "mod"),
    POW("**", "pow"),
    LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"),
    AND("&", "and"),
    OR("|", "or"),
    XOR("^", "xor"),
    DIVMOD("divmod()", "divmod");

    private final String symbol;
    private final String method;
    private final String reflected;
    private final String inplace;

    BinaryOp(String symbol, String base) {
        this.symbol = symbol;
        this.method = "__" + base + "__";
        this.reflected = "__r" + base + "__";
        this.inplace = "__i" + base + "__";
    }

    public String getSymbol() {
        return symbol;
    }

    public String getMethodName() {
        return method;
    }

    public String getReflectedName() {
        return reflected;
    }

    /** {@code __iadd__}...; meaningless for {@link #DIVMOD}. */
    public String getInplaceName() {
        return inplace;
    }

    /** The operator as shown in "unsupported operand type(s) for X". */
    public String getErrorSymbol(boolean inplace) {
        if (this == POW) {
            return inplace ? "**=" : "** or pow()";
        }
        return inplace ? symbol + "=" : symbol;
    }
}
