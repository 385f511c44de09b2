package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.util.Errors;
import org.jpy.objects.function.PCell;

/** {@code del x} of a cell variable (DELETE_DEREF). */
public final class DeleteCellNode extends StatementNode {
    private final int slot;
    private final String name;
    private final boolean quiet;

    public DeleteCellNode(int slot, String name, boolean quiet) {
        this.slot = slot;
        this.name = name;
        this.quiet = quiet;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PCell cell = (PCell) frame.getObject(slot);
        if (!quiet && cell.getRef() == null) {
            throw Errors.unboundLocal(this, name);
        }
        cell.setRef(null);
    }
}
