package org.jpy.nodes.exception;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.objects.exception.PBaseException;
import org.jpy.runtime.PException;

/**
 * {@code try: body except ...: ... else: orelse}. Python exceptions are Truffle exceptions, so this is a Java
 * {@code catch} of {@link PException}; handlers are tested in order (the handler list is exploded). When an
 * exception is caught, the frame's traceback entry is recorded and {@code __context__} chained before any handler
 * code runs; the {@code else} suite runs outside the protected region, as in CPython. {@code except*} handlers
 * work on exception groups ({@link ExceptStarSupport}).
 */
public final class TryExceptNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orelse;
    private final boolean star;
    private final BranchProfile caught = BranchProfile.create();

    public TryExceptNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse, boolean star, int unusedSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.star = star;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            caught.enter();
            handle(frame, e);
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        ExceptionSupport.recordFrame(e, (PythonRootNode) getRootNode(), frame.materialize(), false);
        ExceptionSupport.chainContext(e);
        if (star) {
            ExceptStarSupport.handle(frame, e, handlers, this);
            return;
        }
        PBaseException exc = e.getPythonException();
        for (ExceptHandlerNode handler : handlers) {
            if (handler.matches(frame, exc)) {
                handler.executeHandler(frame, exc);
                return;
            }
        }
        throw e;
    }
}
