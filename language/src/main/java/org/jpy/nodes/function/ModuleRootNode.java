package org.jpy.nodes.function;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.objects.PNone;
import org.jpy.runtime.PException;

/**
 * Top-level code: a module body, an {@code exec}/{@code eval} source, or one interactive input. Its names live in
 * mappings, passed as arguments {@code [null, null, globals, locals]} (the same dict for a module). In
 * {@code eval} mode the root has a result expression instead of a body.
 */
public final class ModuleRootNode extends PythonRootNode {
    public static final int ARG_GLOBALS = 2;
    public static final int ARG_LOCALS = 3;

    private final int localsSlot;
    @Child private StatementNode body;
    @Child private ExpressionNode result;
    @Child private CallDepthNode depth = new CallDepthNode();

    public ModuleRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String filename, SourceSection section, int globalsSlot, int localsSlot,
                    StatementNode body, ExpressionNode result) {
        super(language, descriptor, "<module>", "<module>", filename, section, globalsSlot);
        this.localsSlot = localsSlot;
        this.body = body;
        this.result = result;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        frame.setObject(globalsSlot, args[ARG_GLOBALS]);
        frame.setObject(localsSlot, args[ARG_LOCALS]);
        depth.enter(this);
        try {
            if (body != null) {
                body.executeVoid(frame);
            }
            return result == null ? PNone.NONE : result.execute(frame);
        } catch (PException e) {
            exceptionLeaving(e, frame);
            throw e;
        } catch (StackOverflowError e) {
            PException p = CallDepthNode.recursionError(this);
            exceptionLeaving(p, frame);
            throw p;
        } finally {
            depth.exit();
        }
    }
}
