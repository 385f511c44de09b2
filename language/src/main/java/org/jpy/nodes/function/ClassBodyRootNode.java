package org.jpy.nodes.function;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.nodes.StatementNode;
import org.jpy.objects.PNone;
import org.jpy.objects.function.PCell;
import org.jpy.runtime.PException;

/**
 * A class body, run once by {@code __build_class__} with the namespace {@code __prepare__} returned as its locals:
 * arguments {@code [PFunction, reserved, namespace]}. Returns the {@code __class__} cell when methods use
 * {@code super()}/{@code __class__} (CPython returns it too; {@code type.__new__} fills it), else None.
 */
public final class ClassBodyRootNode extends PythonRootNode {
    public static final int ARG_NAMESPACE = 2;

    private final int localsSlot;
    private final int classCellSlot;
    @Child private StatementNode prologue;
    @Child private StatementNode body;
    @Child private CallDepthNode depth = new CallDepthNode();

    public ClassBodyRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String codeName, String qualname, String filename, SourceSection section,
                    int globalsSlot, int localsSlot, int classCellSlot, StatementNode prologue, StatementNode body) {
        super(language, descriptor, codeName, qualname, filename, section, globalsSlot);
        this.localsSlot = localsSlot;
        this.classCellSlot = classCellSlot;
        this.prologue = prologue;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        frame.setObject(localsSlot, frame.getArguments()[ARG_NAMESPACE]);
        depth.enter(this);
        try {
            prologue.executeVoid(frame);
            body.executeVoid(frame);
            if (classCellSlot >= 0) {
                return (PCell) frame.getObject(classCellSlot);
            }
            return PNone.NONE;
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
