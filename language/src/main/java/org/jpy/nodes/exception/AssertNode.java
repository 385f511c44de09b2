package org.jpy.nodes.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.expression.CoerceToBooleanNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.objects.exception.PBaseException;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code assert test, msg}: dropped entirely under {@code -O} by the translator. */
public final class AssertNode extends StatementNode {
    @Child private CoerceToBooleanNode test;
    @Child private ExpressionNode message;

    public AssertNode(CoerceToBooleanNode test, ExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.executeBoolean(frame)) {
            throw fail(message == null ? null : message.execute(frame));
        }
    }

    @TruffleBoundary
    private PException fail(Object msg) {
        if (msg == null) {
            return PRaise.raise(this, PythonBuiltinClassType.AssertionError);
        }
        Object exc = PyObjectCallNode.callUncached(JpyContext.get(this).lookupType(PythonBuiltinClassType.AssertionError), msg);
        return PRaise.raiseObject(this, (PBaseException) exc);
    }
}
