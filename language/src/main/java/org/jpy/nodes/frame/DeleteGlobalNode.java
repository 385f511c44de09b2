package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.util.Errors;
import org.jpy.nodes.util.NameSupport;

/** DELETE_GLOBAL. */
public final class DeleteGlobalNode extends StatementNode {
    private final int globalsSlot;
    private final String name;
    private final boolean quiet;

    public DeleteGlobalNode(int globalsSlot, String name, boolean quiet) {
        this.globalsSlot = globalsSlot;
        this.name = name;
        this.quiet = quiet;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!NameSupport.deleteItem(this, frame.getObject(globalsSlot), name) && !quiet) {
            throw Errors.nameNotDefined(this, name);
        }
    }
}
