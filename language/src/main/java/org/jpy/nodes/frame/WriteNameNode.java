package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.util.NameSupport;

/** STORE_NAME: into the locals mapping of a module or class body ({@code __setitem__} for non-dict mappings). */
public final class WriteNameNode extends AssignTargetNode {
    private final int localsSlot;
    private final String name;

    public WriteNameNode(int localsSlot, String name) {
        this.localsSlot = localsSlot;
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        NameSupport.setItem(this, frame.getObject(localsSlot), name, value);
    }
}
