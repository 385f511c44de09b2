package org.jpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.Errors;
import org.jpy.nodes.util.NameSupport;

/**
 * LOAD_NAME, for module and class bodies (and {@code exec} code): the locals mapping (any mapping: class bodies
 * get what {@code __prepare__} returned), then globals, then builtins. At module level the locals are usually the
 * globals dict itself, which is then looked up once.
 */
public final class ReadNameNode extends ExpressionNode {
    private final int localsSlot;
    private final int globalsSlot;
    private final String name;
    private final BranchProfile notLocal = BranchProfile.create();

    public ReadNameNode(int localsSlot, int globalsSlot, String name) {
        this.localsSlot = localsSlot;
        this.globalsSlot = globalsSlot;
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object locals = frame.getObject(localsSlot);
        Object globals = frame.getObject(globalsSlot);
        Object value = NameSupport.getName(this, locals, name);
        if (value == null) {
            notLocal.enter();
            if (locals != globals) {
                value = NameSupport.getGlobal(globals, name);
            }
            if (value == null) {
                value = NameSupport.getBuiltin(this, globals, name);
                if (value == null) {
                    throw Errors.nameNotDefined(this, name);
                }
            }
        }
        return value;
    }
}
