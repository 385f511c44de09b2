package org.jpy.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.ExpressionNode;
import org.jpy.parser.ast.CmpOp;

/**
 * One comparison {@code a < b}. Like {@link BinaryOpNode}, the operator is a final field so only its own
 * specializations stay: unboxed {@code long}/{@code double} comparisons producing unboxed {@code boolean}s (which
 * {@code if}/{@code while} consume without boxing), then the rich-comparison protocol. {@code is}, {@code in} and
 * their negations are separate operations of the abstract API. Chains ({@code a < b < c}) are
 * {@link ChainedCompareNode}s.
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class CompareNode extends ExpressionNode {
    protected final CmpOp op;

    protected CompareNode(CmpOp op) {
        this.op = op;
    }

    public static CompareNode create(CmpOp op, ExpressionNode left, ExpressionNode right) {
        return CompareNodeGen.create(op, left, right);
    }

    public static ExpressionNode createChain(CmpOp[] ops, ExpressionNode[] operands, int tempSlot) {
        return new ChainedCompareNode(ops, operands);
    }

    protected static boolean isOrdering(CmpOp op) {
        return op == CmpOp.Eq || op == CmpOp.NotEq || op == CmpOp.Lt || op == CmpOp.LtE || op == CmpOp.Gt || op == CmpOp.GtE;
    }

    @Specialization(guards = "isOrdering(op)")
    boolean doLong(long a, long b) {
        return switch (op) {
            case Eq -> a == b;
            case NotEq -> a != b;
            case Lt -> a < b;
            case LtE -> a <= b;
            case Gt -> a > b;
            case GtE -> a >= b;
            default -> throw new IllegalStateException();
        };
    }

    @Specialization(guards = "isOrdering(op)")
    boolean doDouble(double a, double b) {
        return switch (op) {
            case Eq -> a == b;
            case NotEq -> a != b;
            case Lt -> a < b;
            case LtE -> a <= b;
            case Gt -> a > b;
            case GtE -> a >= b;
            default -> throw new IllegalStateException();
        };
    }

    @Specialization(guards = "op == EQ_OP")
    static boolean doStringEq(String a, String b) {
        return a.equals(b);
    }

    static final CmpOp EQ_OP = CmpOp.Eq;

    @Specialization(replaces = {"doLong", "doDouble", "doStringEq"})
    Object generic(Object a, Object b,
                    @Cached("create(op)") CompareOperationNode compare) {
        return compare.execute(a, b);
    }
}
