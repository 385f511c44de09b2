package org.jpy.nodes.statement;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.pyobject.PyNumberBinaryOpNode;
import org.jpy.nodes.util.OperatorSupport;
import org.jpy.parser.ast.Operator;

/** The in-place operator on two values, with the unboxed {@code +=}/{@code -=} fast paths. */
public abstract class InplaceOpNode extends com.oracle.truffle.api.nodes.Node {
    protected final Operator op;

    protected InplaceOpNode(Operator op) {
        this.op = op;
    }

    public abstract Object execute(Object a, Object b);

    protected static boolean isAdd(Operator op) {
        return op == Operator.Add;
    }

    protected static boolean isSub(Operator op) {
        return op == Operator.Sub;
    }

    @Specialization(guards = "isAdd(op)", rewriteOn = ArithmeticException.class)
    static long addLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(guards = "isSub(op)", rewriteOn = ArithmeticException.class)
    static long subLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization(guards = "isAdd(op)")
    static double addDouble(double a, double b) {
        return a + b;
    }

    @Specialization(replaces = {"addLong", "subLong", "addDouble"})
    Object generic(Object a, Object b,
                    @Cached("createOp()") PyNumberBinaryOpNode binaryOp) {
        try {
            return binaryOp.execute(a, b);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, this);
            throw e;
        }
    }

    protected final PyNumberBinaryOpNode createOp() {
        return OperatorSupport.createBinaryOp(op, true);
    }
}
