package org.jpy.nodes.exception;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.JpyNode;
import org.jpy.nodes.StatementNode;
import org.jpy.objects.PNone;
import org.jpy.objects.exception.PBaseException;
import org.jpy.runtime.PException;

/**
 * One {@code except [type [as name]]:} clause. While its body runs the exception is "being handled"
 * ({@code sys.exception()}, and the {@code __context__} of anything raised meanwhile); afterwards the name is
 * unbound, as CPython's {@code name = None; del name} does.
 */
public final class ExceptHandlerNode extends JpyNode {
    @Child private ExpressionNode type;
    @Child private AssignTargetNode name;
    @Child private StatementNode body;
    @Child private StatementNode unbind;
    @Child private ExceptionMatchNode match;

    public ExceptHandlerNode(ExpressionNode type, AssignTargetNode name, StatementNode body, StatementNode unbind) {
        this.type = type;
        this.name = name;
        this.body = body;
        this.unbind = unbind;
        this.match = type == null ? null : ExceptionMatchNode.create();
    }

    public boolean isBare() {
        return type == null;
    }

    public ExpressionNode getType() {
        return type;
    }

    /** Evaluates the clause's type expression and tests the exception against it. */
    public boolean matches(VirtualFrame frame, PBaseException exc) {
        if (type == null) {
            return true;
        }
        return match.execute(exc, type.execute(frame));
    }

    public void executeHandler(VirtualFrame frame, Object exc) {
        ExceptionSupport.pushHandled(exc);
        try {
            if (name != null) {
                name.executeWrite(frame, exc);
            }
            body.executeVoid(frame);
        } catch (PException inner) {
            ExceptionSupport.chainContext(inner);
            throw inner;
        } finally {
            ExceptionSupport.popHandled();
            if (unbind != null) {
                if (name != null) {
                    name.executeWrite(frame, PNone.NONE);
                }
                unbind.executeVoid(frame);
            }
        }
    }
}
