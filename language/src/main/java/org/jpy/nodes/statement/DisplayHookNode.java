package org.jpy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.modules.sys.SysModule;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** An expression statement of interactive input (PRINT_EXPR): the value goes to {@code sys.displayhook}. */
public final class DisplayHookNode extends StatementNode {
    @Child private ExpressionNode value;

    public DisplayHookNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        display(value.execute(frame));
    }

    @TruffleBoundary
    private void display(Object v) {
        Object hook = SysModule.get(JpyContext.get(this)).getModule().getDict().getItem("displayhook");
        if (hook == null) {
            throw PRaise.raise(this, PythonBuiltinClassType.RuntimeError, "lost sys.displayhook");
        }
        PyObjectCallNode.callUncached(hook, v);
    }
}
