package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.expression.CoerceToBooleanNode;

/**
 * {@code if test: body else: orelse} ({@code elif} chains nest). The condition profile lets Graal lay out the
 * likely branch first and drop a never-taken one.
 */
public final class IfNode extends StatementNode {
    @Child private CoerceToBooleanNode condition;
    @Child private StatementNode thenPart;
    @Child private StatementNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(CoerceToBooleanNode condition, StatementNode thenPart, StatementNode elsePart) {
        this.condition = condition;
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.executeBoolean(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
