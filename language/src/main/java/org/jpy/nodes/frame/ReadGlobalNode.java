package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.Errors;
import org.jpy.nodes.util.NameSupport;

/**
 * LOAD_GLOBAL: the module's globals dict (kept in a frame slot by the root's prologue), then the builtins.
 * TODO(perf): cache the dict entry behind an assumption invalidated when the key is rebound.
 */
public final class ReadGlobalNode extends ExpressionNode {
    private final int globalsSlot;
    private final String name;
    private final BranchProfile builtinPath = BranchProfile.create();

    public ReadGlobalNode(int globalsSlot, String name) {
        this.globalsSlot = globalsSlot;
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object globals = frame.getObject(globalsSlot);
        Object value = NameSupport.getGlobal(globals, name);
        if (value == null) {
            builtinPath.enter();
            value = NameSupport.getBuiltin(this, globals, name);
            if (value == null) {
                throw Errors.nameNotDefined(this, name);
            }
        }
        return value;
    }

}
