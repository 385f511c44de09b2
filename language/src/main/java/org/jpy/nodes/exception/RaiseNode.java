package org.jpy.nodes.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code raise}, {@code raise exc} and {@code raise exc from cause} (CPython's {@code do_raise}). A class is
 * instantiated with no arguments; a bare {@code raise} re-raises the exception being handled with its traceback
 * unchanged (no new entry for this frame).
 */
public final class RaiseNode extends StatementNode {
    @Child private ExpressionNode exception;
    @Child private ExpressionNode cause;

    public RaiseNode(ExpressionNode exception, ExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exception == null) {
            throw reraise(frame.materialize());
        }
        Object value = exception.execute(frame);
        Object causeValue = cause == null ? null : cause.execute(frame);
        throw raise(this, value, causeValue, cause != null);
    }

    @TruffleBoundary
    private PException reraise(com.oracle.truffle.api.frame.MaterializedFrame frame) {
        Object handled = ExceptionSupport.currentHandled();
        if (!(handled instanceof PBaseException exc)) {
            return PRaise.raise(this, PythonBuiltinClassType.RuntimeError, "No active exception to reraise");
        }
        PException e = PRaise.raiseObject(this, exc);
        ExceptionSupport.markReraise(e, (PythonRootNode) getRootNode(), frame);
        return e;
    }

    @TruffleBoundary
    public static PException raise(Node node, Object value, Object causeValue, boolean hasCause) {
        PBaseException exc = instantiate(node, value, false);
        if (hasCause) {
            if (causeValue == PNone.NONE) {
                exc.setCause(PNone.NONE);
            } else {
                exc.setCause(instantiate(node, causeValue, true));
            }
        }
        return PRaise.raiseObject(node, exc);
    }

    @TruffleBoundary
    static PBaseException instantiate(Node node, Object value, boolean isCause) {
        if (value instanceof PBaseException exc) {
            return exc;
        }
        if (value instanceof PythonClass cls && ExceptionMatchNode.isExceptionClass(node, cls)) {
            Object created = PyObjectCallNode.callUncached(cls);
            if (created instanceof PBaseException exc) {
                return exc;
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "calling %s should have returned an instance of BaseException, not %s", cls.getName(),
                            PRaise.typeName(created));
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, isCause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException");
    }
}
