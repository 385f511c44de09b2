package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.util.NameSupport;

/** STORE_GLOBAL: into the module's globals dict. */
public final class WriteGlobalNode extends AssignTargetNode {
    private final int globalsSlot;
    private final String name;

    public WriteGlobalNode(int globalsSlot, String name) {
        this.globalsSlot = globalsSlot;
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        NameSupport.setItem(this, frame.getObject(globalsSlot), name, value);
    }
}
