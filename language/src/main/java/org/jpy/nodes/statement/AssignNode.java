package org.jpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;

/** {@code t1 = t2 = value}: the value once, then each target left to right. */
public final class AssignNode extends StatementNode {
    @Child private ExpressionNode value;
    @Children private final AssignTargetNode[] targets;

    public AssignNode(ExpressionNode value, AssignTargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.execute(frame);
        for (AssignTargetNode target : targets) {
            target.executeWrite(frame, v);
        }
    }
}
