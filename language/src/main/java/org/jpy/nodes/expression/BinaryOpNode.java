package org.jpy.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.CaretAnchors;
import org.jpy.nodes.util.OperatorSupport;
import org.jpy.nodes.pyobject.PyNumberBinaryOpNode;
import org.jpy.parser.ast.Operator;

/**
 * A binary operator ({@code a + b}, ...). The operator is a final field, so the guards {@code op == ADD} fold away
 * and each node keeps only the specializations of its own operator: {@code long} arithmetic with
 * {@code Math.*Exact} (overflow rewrites to the generic path, which produces a big int), {@code double}
 * arithmetic, then the full protocol ({@code __add__}/{@code __radd__}, {@code NotImplemented}, TypeError) of the
 * abstract object API. The node remembers where its operator sits in the line for the 3.12 traceback carets.
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class BinaryOpNode extends ExpressionNode implements CaretAnchors {
    protected final Operator op;
    private final int anchorLeftEnd;
    private final int anchorRightStart;

    protected BinaryOpNode(Operator op, int[] anchors) {
        this.op = op;
        this.anchorLeftEnd = anchors == null ? -1 : anchors[0];
        this.anchorRightStart = anchors == null ? -1 : anchors[1];
    }

    public static BinaryOpNode create(Operator op, ExpressionNode left, ExpressionNode right, int[] anchors) {
        return BinaryOpNodeGen.create(op, anchors, left, right);
    }

    @Override
    public int getAnchorLeftEnd() {
        return anchorLeftEnd;
    }

    @Override
    public int getAnchorRightStart() {
        return anchorRightStart;
    }

    @Override
    public boolean isBinaryOperator() {
        return true;
    }

    protected static boolean isAdd(Operator op) {
        return op == Operator.Add;
    }

    protected static boolean isSub(Operator op) {
        return op == Operator.Sub;
    }

    protected static boolean isMul(Operator op) {
        return op == Operator.Mult;
    }

    @Specialization(guards = "isAdd(op)", rewriteOn = ArithmeticException.class)
    static long addLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(guards = "isSub(op)", rewriteOn = ArithmeticException.class)
    static long subLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization(guards = "isMul(op)", rewriteOn = ArithmeticException.class)
    static long mulLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization(guards = "isAdd(op)")
    static double addDouble(double a, double b) {
        return a + b;
    }

    @Specialization(guards = "isSub(op)")
    static double subDouble(double a, double b) {
        return a - b;
    }

    @Specialization(guards = "isMul(op)")
    static double mulDouble(double a, double b) {
        return a * b;
    }

    @Specialization(replaces = {"addLong", "subLong", "mulLong", "addDouble", "subDouble", "mulDouble"})
    Object generic(Object a, Object b,
                    @Cached("createBinaryOp()") PyNumberBinaryOpNode binaryOp) {
        try {
            return binaryOp.execute(a, b);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, this);
            throw e;
        }
    }

    protected final PyNumberBinaryOpNode createBinaryOp() {
        return OperatorSupport.createBinaryOp(op, false);
    }
}
