package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.expression.CoerceToBooleanNode;

/**
 * {@code while test: body else: orelse}. The body runs inside a Truffle {@link LoopNode}, so a long-running loop
 * is compiled by on-stack replacement even when its function is called only once. {@code break} and
 * {@code continue} are caught per iteration; the loop reports whether it ended by {@code break} so that the
 * {@code else} suite runs only on normal exhaustion, as in CPython.
 */
public final class WhileNode extends StatementNode {
    @Child private LoopNode loop;
    @Child private StatementNode orelse;

    public WhileNode(CoerceToBooleanNode condition, StatementNode body, StatementNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object status = loop.execute(frame);
        if (orelse != null && status != LoopStatus.BROKEN) {
            orelse.executeVoid(frame);
        }
    }

    static final class WhileRepeatingNode extends Node implements RepeatingNode {
        @Child private CoerceToBooleanNode condition;
        @Child private StatementNode body;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        WhileRepeatingNode(CoerceToBooleanNode condition, StatementNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return executeRepeatingWithValue(frame) == CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!condition.executeBoolean(frame)) {
                return LoopStatus.EXHAUSTED;
            }
            try {
                body.executeVoid(frame);
            } catch (BreakException e) {
                breakTaken.enter();
                return LoopStatus.BROKEN;
            } catch (ContinueException e) {
                continueTaken.enter();
            }
            return CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object initialLoopStatus() {
            return CONTINUE_LOOP_STATUS;
        }

        @Override
        public boolean shouldContinue(Object returnValue) {
            return returnValue == CONTINUE_LOOP_STATUS;
        }
    }
}
