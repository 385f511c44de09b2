package org.jpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;

/** {@code a and b and c}: the first falsy operand, else the last one; operands after a falsy one are not evaluated. */
public final class AndNode extends ExpressionNode {
    @Children private final ExpressionNode[] operands;
    @Children private final IsTrueNode[] tests;

    public AndNode(ExpressionNode[] operands) {
        this.operands = operands;
        this.tests = new IsTrueNode[operands.length - 1];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = IsTrueNode.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object value = null;
        for (int i = 0; i < tests.length; i++) {
            value = operands[i].execute(frame);
            if (!tests[i].execute(value)) {
                return value;
            }
        }
        return operands[operands.length - 1].execute(frame);
    }
}
