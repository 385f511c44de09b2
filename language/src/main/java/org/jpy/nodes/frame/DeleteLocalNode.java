package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.util.Errors;

/** {@code del x} of a fast local: unbound again afterwards (a {@code null} object), an error if already unbound. */
public final class DeleteLocalNode extends StatementNode {
    private final int slot;
    private final String name;
    private final boolean quiet;

    public DeleteLocalNode(int slot, String name, boolean quiet) {
        this.slot = slot;
        this.name = name;
        this.quiet = quiet;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!quiet && frame.getValue(slot) == null) {
            throw Errors.unboundLocal(this, name);
        }
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, null);
    }
}
