package org.jpy.nodes.function;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.controlflow.ReturnException;
import org.jpy.objects.PNone;
import org.jpy.runtime.PException;

/**
 * The body of a {@code def} or {@code lambda}. The prologue moves the bound arguments (calling convention:
 * {@code [PFunction, reserved, params in co_varnames order...]}) into their frame slots, creates the cells of
 * captured variables and loads the closure; then the body runs. {@code return} inside compound statements arrives
 * as a {@link ReturnException}, which Graal turns into a jump once body and root are compiled together.
 */
public final class FunctionRootNode extends PythonRootNode {
    @Child private StatementNode prologue;
    @Child private StatementNode body;
    @Child private CallDepthNode depth = new CallDepthNode();
    private final BranchProfile returnProfile = BranchProfile.create();

    public FunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String codeName, String qualname, String filename, SourceSection section, int globalsSlot,
                    StatementNode prologue, StatementNode body) {
        super(language, descriptor, codeName, qualname, filename, section, globalsSlot);
        this.prologue = prologue;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        depth.enter(this);
        try {
            prologue.executeVoid(frame);
            body.executeVoid(frame);
            return PNone.NONE;
        } catch (ReturnException r) {
            returnProfile.enter();
            return r.getValue();
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
