package org.jpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;

/** {@code not x}: always a {@code bool}, through the truth test of the operand. */
public final class NotNode extends ExpressionNode {
    @Child private CoerceToBooleanNode operand;

    public NotNode(CoerceToBooleanNode operand) {
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return !operand.executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.executeBoolean(frame);
    }
}
