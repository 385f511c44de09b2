package org.jpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;

/** An expression evaluated for its effect (a call, mostly); the value is dropped. */
public final class ExpressionStatementNode extends StatementNode {
    @Child private ExpressionNode expression;

    public ExpressionStatementNode(ExpressionNode expression) {
        this.expression = expression;
    }

    public ExpressionNode getExpression() {
        return expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.executeVoid(frame);
    }
}
