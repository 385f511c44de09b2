package org.jpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;

/**
 * {@code a < b < c}: each middle operand is evaluated once; evaluation stops at the first false link, whose result
 * (which need not be a bool) is the value of the whole chain.
 */
public final class ChainedCompareNode extends ExpressionNode {
    @Children private final ExpressionNode[] operands;
    @Children private final CompareOperationNode[] compares;
    @Children private final IsTrueNode[] tests;

    ChainedCompareNode(org.jpy.parser.ast.CmpOp[] ops, ExpressionNode[] operands) {
        this.operands = operands;
        this.compares = new CompareOperationNode[ops.length];
        this.tests = new IsTrueNode[ops.length - 1];
        for (int i = 0; i < ops.length; i++) {
            compares[i] = CompareOperationNode.create(ops[i]);
        }
        for (int i = 0; i < tests.length; i++) {
            tests[i] = IsTrueNode.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        for (int i = 0; i < compares.length - 1; i++) {
            Object right = operands[i + 1].execute(frame);
            Object result = compares[i].execute(left, right);
            if (!tests[i].execute(result)) {
                return result;
            }
            left = right;
        }
        return compares[compares.length - 1].execute(left, operands[operands.length - 1].execute(frame));
    }
}
