package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;

/** {@code return [value]}: the value node is a None constant for a bare {@code return}. */
public final class ReturnNode extends StatementNode {
    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value.execute(frame));
    }
}
