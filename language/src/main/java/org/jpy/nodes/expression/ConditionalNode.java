package org.jpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.jpy.nodes.ExpressionNode;

/** {@code a if test else b}. */
public final class ConditionalNode extends ExpressionNode {
    @Child private CoerceToBooleanNode test;
    @Child private ExpressionNode then;
    @Child private ExpressionNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public ConditionalNode(CoerceToBooleanNode test, ExpressionNode then, ExpressionNode otherwise) {
        this.test = test;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return profile.profile(test.executeBoolean(frame)) ? then.execute(frame) : otherwise.execute(frame);
    }
}
