package org.jpy.nodes.exception;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.runtime.PException;

/**
 * {@code try: body finally: finalbody}. The final suite runs after the body whichever way it ends: normally, by
 * {@code return}/{@code break}/{@code continue} (control-flow exceptions), or by a Python exception, during which
 * the exception counts as being handled. If the final suite itself returns, breaks or raises, that replaces the
 * pending transfer, exactly as Java's own finally semantics and CPython agree.
 */
public final class TryFinallyNode extends StatementNode {
    @Child private StatementNode body;
    @Child private StatementNode finalbody;
    private final BranchProfile exceptional = BranchProfile.create();
    private final BranchProfile controlFlow = BranchProfile.create();

    public TryFinallyNode(StatementNode body, StatementNode finalbody) {
        this.body = body;
        this.finalbody = finalbody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            exceptional.enter();
            ExceptionSupport.recordFrame(e, (PythonRootNode) getRootNode(), frame.materialize(), false);
            ExceptionSupport.chainContext(e);
            ExceptionSupport.pushHandled(e.getPythonException());
            try {
                finalbody.executeVoid(frame);
            } catch (PException inner) {
                ExceptionSupport.chainContext(inner);
                throw inner;
            } finally {
                ExceptionSupport.popHandled();
            }
            throw e;
        } catch (ControlFlowException e) {
            controlFlow.enter();
            finalbody.executeVoid(frame);
            throw e;
        }
        finalbody.executeVoid(frame);
    }
}
