package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.expression.IsTrueNode;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.nodes.util.ContextManagerSupport;
import org.jpy.objects.PNone;
import org.jpy.runtime.PException;

/**
 * {@code with cm as target: body} (BEFORE_WITH / WITH_EXCEPT_START). {@code __enter__} and {@code __exit__} are
 * looked up on the type before {@code __enter__} is called, as in CPython 3.12; the bound {@code __exit__} is kept
 * in a frame slot (reentrancy). An exception in the body is passed to {@code __exit__}, which may suppress it by
 * returning a true value; {@code return}/{@code break}/{@code continue} leave through {@code __exit__(None, None, None)}.
 */
public final class WithNode extends StatementNode {
    @Child private ExpressionNode context;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;
    @Child private IsTrueNode isTrue = IsTrueNode.create();
    private final int exitSlot;
    private final BranchProfile exceptional = BranchProfile.create();

    private WithNode(ExpressionNode context, AssignTargetNode target, StatementNode body, int exitSlot) {
        this.context = context;
        this.target = target;
        this.body = body;
        this.exitSlot = exitSlot;
    }

    public static WithNode create(ExpressionNode context, AssignTargetNode target, StatementNode body, int exitSlot) {
        return new WithNode(context, target, body, exitSlot);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object manager = context.execute(frame);
        Object[] enterExit = ContextManagerSupport.lookupEnterExit(this, manager, false);
        Object value = ContextManagerSupport.callMethod(enterExit[0], manager);
        frame.setObject(exitSlot, enterExit[1]);
        Object exitMethod = enterExit[1];
        try {
            if (target != null) {
                target.executeWrite(frame, value);
            }
            body.executeVoid(frame);
        } catch (PException e) {
            exceptional.enter();
            ExceptionSupport.recordFrame(e, (PythonRootNode) getRootNode(), frame.materialize(), false);
            ExceptionSupport.chainContext(e);
            ExceptionSupport.pushHandled(e.getPythonException());
            Object suppress;
            try {
                suppress = ContextManagerSupport.callExit(exitMethod, manager, e.getPythonException());
            } catch (PException inner) {
                ExceptionSupport.chainContext(inner);
                throw inner;
            } finally {
                ExceptionSupport.popHandled();
            }
            if (!isTrue.execute(suppress)) {
                throw e;
            }
            return;
        } catch (ControlFlowException e) {
            ContextManagerSupport.callMethod(exitMethod, manager, PNone.NONE, PNone.NONE, PNone.NONE);
            throw e;
        }
        ContextManagerSupport.callMethod(exitMethod, manager, PNone.NONE, PNone.NONE, PNone.NONE);
    }
}
