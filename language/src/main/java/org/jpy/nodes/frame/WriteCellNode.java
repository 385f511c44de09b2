package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.objects.function.PCell;

/** Stores into a cell or free variable (STORE_DEREF). */
public final class WriteCellNode extends AssignTargetNode {
    private final int slot;

    public WriteCellNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        ((PCell) frame.getObject(slot)).setRef(value);
    }
}
