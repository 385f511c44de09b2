package org.jpy.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.PyNumberUnaryOpNode;
import org.jpy.nodes.util.OperatorSupport;
import org.jpy.parser.ast.UnaryOpKind;

/**
 * {@code -x}, {@code +x}, {@code ~x} ({@code not} is {@link NotNode}). Negating a {@code long} inline unless it is
 * {@code Long.MIN_VALUE} (whose negation needs a big int: the generic path).
 */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class UnaryOpNode extends ExpressionNode {
    protected final UnaryOpKind op;

    protected UnaryOpNode(UnaryOpKind op) {
        this.op = op;
    }

    public static UnaryOpNode create(UnaryOpKind op, ExpressionNode operand) {
        return UnaryOpNodeGen.create(op, operand);
    }

    protected static boolean isNeg(UnaryOpKind op) {
        return op == UnaryOpKind.USub;
    }

    @Specialization(guards = "isNeg(op)", rewriteOn = ArithmeticException.class)
    static long negLong(long a) {
        return Math.negateExact(a);
    }

    @Specialization(guards = "isNeg(op)")
    static double negDouble(double a) {
        return -a;
    }

    @Specialization(replaces = "negLong")
    Object generic(Object a,
                    @Cached("createUnaryOp()") PyNumberUnaryOpNode unaryOp) {
        try {
            return unaryOp.execute(a);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, this);
            throw e;
        }
    }

    protected final PyNumberUnaryOpNode createUnaryOp() {
        return OperatorSupport.createUnaryOp(op);
    }
}
