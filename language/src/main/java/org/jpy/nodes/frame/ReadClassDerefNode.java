package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.Errors;
import org.jpy.nodes.util.NameSupport;
import org.jpy.objects.function.PCell;

/**
 * LOAD_FROM_DICT_OR_DEREF in a class body: a name free in the class body is looked up in the class namespace
 * first, then in the enclosing function's cell.
 */
public final class ReadClassDerefNode extends ExpressionNode {
    private final int localsSlot;
    private final int cellSlot;
    private final String name;

    public ReadClassDerefNode(int localsSlot, int cellSlot, String name) {
        this.localsSlot = localsSlot;
        this.cellSlot = cellSlot;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = NameSupport.getName(this, frame.getObject(localsSlot), name);
        if (value != null) {
            return value;
        }
        Object cellValue = ((PCell) frame.getObject(cellSlot)).getRef();
        if (cellValue == null) {
            throw Errors.unboundFree(this, name);
        }
        return cellValue;
    }
}
