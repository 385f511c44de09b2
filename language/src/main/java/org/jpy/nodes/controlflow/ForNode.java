package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.objects.PNone;
import org.jpy.runtime.PException;

/**
 * {@code for target in iterable: body else: orelse} (GET_ITER / FOR_ITER). The iterator is kept in a dedicated
 * frame slot (a node field would not be reentrant under recursion). The body runs in a {@link LoopNode}, so long
 * loops are compiled by OSR; the abstract API's next-node has the fast paths for lists, tuples and ranges.
 */
public final class ForNode extends StatementNode {
    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int iteratorSlot;

    private ForNode(ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse, int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(iteratorSlot, target, body));
        this.orelse = orelse;
    }

    public static ForNode create(ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse, int iteratorSlot) {
        return new ForNode(iterable, target, body, orelse, iteratorSlot);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object iterator = getIter.execute(iterable.execute(frame));
        frame.setObject(iteratorSlot, iterator);
        Object status = loop.execute(frame);
        frame.setObject(iteratorSlot, null);
        if (orelse != null && status != LoopStatus.BROKEN) {
            orelse.executeVoid(frame);
        }
    }

    static final class ForRepeatingNode extends Node implements RepeatingNode {
        private final int iteratorSlot;
        @Child private PyIterNextNode next = PyIterNextNode.create();
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        ForRepeatingNode(int iteratorSlot, AssignTargetNode target, StatementNode body) {
            this.iteratorSlot = iteratorSlot;
            this.target = target;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return executeRepeatingWithValue(frame) == CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            Object value;
            try {
                value = next.execute(frame.getObject(iteratorSlot));
            } catch (PException e) {
                ExceptionSupport.passedThroughCall(e, this.getParent());
                throw e;
            }
            if (value == PNone.NO_VALUE) {
                return LoopStatus.EXHAUSTED;
            }
            target.executeWrite(frame, value);
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
