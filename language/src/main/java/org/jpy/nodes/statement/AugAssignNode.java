package org.jpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.parser.ast.Operator;

/**
 * {@code target op= value}: read the target, apply the in-place operator ({@code __iadd__}, falling back to
 * {@code __add__}/{@code __radd__} inside the abstract API), store the result back. The translator makes the
 * read and the write share the evaluated container and key (temporaries), so {@code a[f()] += 1} calls
 * {@code f} once. {@code long += long} stays unboxed.
 */
public final class AugAssignNode extends StatementNode {
    protected final Operator op;
    @Child private ExpressionNode read;
    @Child private ExpressionNode value;
    @Child private AssignTargetNode write;
    @Child private InplaceOpNode inplace;

    private AugAssignNode(Operator op, ExpressionNode read, ExpressionNode value, AssignTargetNode write) {
        this.op = op;
        this.read = read;
        this.value = value;
        this.write = write;
        this.inplace = InplaceOpNodeGen.create(op);
    }

    public static AugAssignNode create(Operator op, ExpressionNode read, ExpressionNode value, AssignTargetNode write) {
        return new AugAssignNode(op, read, value, write);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object current = read.execute(frame);
        Object operand = value.execute(frame);
        write.executeWrite(frame, inplace.execute(current, operand));
    }
}
