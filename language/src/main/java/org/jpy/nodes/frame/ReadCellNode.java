package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.Errors;
import org.jpy.objects.function.PCell;

/**
 * Reads a cell or free variable (LOAD_DEREF): the frame slot holds the {@link PCell} shared with the closures.
 * An empty cell is CPython's UnboundLocalError for a cell variable and NameError for a free one.
 */
public final class ReadCellNode extends ExpressionNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PCell cell = (PCell) frame.getObject(slot);
        Object value = cell.getRef();
        if (value == null) {
            throw free ? Errors.unboundFree(this, name) : Errors.unboundLocal(this, name);
        }
        return value;
    }
}
