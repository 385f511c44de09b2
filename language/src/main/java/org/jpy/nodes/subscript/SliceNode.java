package org.jpy.nodes.subscript;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.objects.PNone;
import org.jpy.objects.slice.PSlice;

/** {@code lower:upper:step} inside a subscript: a {@code slice} object, missing parts None. */
public final class SliceNode extends ExpressionNode {
    @Child private ExpressionNode lower;
    @Child private ExpressionNode upper;
    @Child private ExpressionNode step;

    private SliceNode(ExpressionNode lower, ExpressionNode upper, ExpressionNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    public static SliceNode create(ExpressionNode lower, ExpressionNode upper, ExpressionNode step) {
        return new SliceNode(lower, upper, step);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object lo = lower == null ? PNone.NONE : lower.execute(frame);
        Object hi = upper == null ? PNone.NONE : upper.execute(frame);
        Object st = step == null ? PNone.NONE : step.execute(frame);
        return new PSlice(lo, hi, st);
    }
}
