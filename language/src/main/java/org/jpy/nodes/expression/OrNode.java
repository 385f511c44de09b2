package org.jpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;

/** {@code a or b or c}: the first truthy operand, else the last one; operands after a truthy one are not evaluated. */
public final class OrNode extends ExpressionNode {
    @Children private final ExpressionNode[] operands;
    @Children private final IsTrueNode[] tests;

    public OrNode(ExpressionNode[] operands) {
        this.operands = operands;
        this.tests = new IsTrueNode[operands.length - 1];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = IsTrueNode.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        for (int i = 0; i < tests.length; i++) {
            Object value = operands[i].execute(frame);
            if (tests[i].execute(value)) {
                return value;
            }
        }
        return operands[operands.length - 1].execute(frame);
    }
}
