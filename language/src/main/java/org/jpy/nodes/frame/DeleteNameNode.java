package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.util.Errors;
import org.jpy.nodes.util.NameSupport;

/** DELETE_NAME. */
public final class DeleteNameNode extends StatementNode {
    private final int localsSlot;
    private final String name;
    private final boolean quiet;

    public DeleteNameNode(int localsSlot, String name, boolean quiet) {
        this.localsSlot = localsSlot;
        this.name = name;
        this.quiet = quiet;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!NameSupport.deleteItem(this, frame.getObject(localsSlot), name) && !quiet) {
            throw Errors.nameNotDefined(this, name);
        }
    }
}
