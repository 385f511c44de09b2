package org.jpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** A construct the translator does not support yet: a clear Python error when (and only if) it runs. */
public final class NotImplementedNode extends ExpressionNode {
    private final String message;

    public NotImplementedNode(String message) {
        this.message = message;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        throw PRaise.raise(this, PythonBuiltinClassType.NotImplementedError, "%s", message);
    }
}
