package org.jpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;

/** {@code (name := value)}: stores and yields the value (the target resolves in the enclosing function scope). */
public final class NamedExprNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private AssignTargetNode target;

    public NamedExprNode(ExpressionNode value, AssignTargetNode target) {
        this.value = value;
        this.target = target;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        target.executeWrite(frame, v);
        return v;
    }
}
