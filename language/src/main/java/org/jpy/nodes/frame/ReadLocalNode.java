package org.jpy.nodes.frame;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.Errors;

/**
 * Reads a fast local (CPython's LOAD_FAST). The frame slot's tag tells whether the last write stored an unboxed
 * {@code long}/{@code double}/{@code boolean}; the guards read the frame (not the descriptor), so one frame that
 * deviates only costs a respecialization, not a wrong value. An unbound local is a {@code null} object.
 */
public abstract class ReadLocalNode extends ExpressionNode {
    protected final int slot;
    protected final String name;

    protected ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    public final int getSlot() {
        return slot;
    }

    public final String getName() {
        return name;
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long doLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double doDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean doBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"doLong", "doDouble", "doBoolean"})
    protected Object doObject(VirtualFrame frame,
                    @Bind Node node,
                    @Cached InlinedBranchProfile unbound) {
        Object value = frame.getValue(slot);
        if (value == null) {
            unbound.enter(node);
            throw Errors.unboundLocal(this, name);
        }
        return value;
    }

    public static ReadLocalNode create(int slot, String name) {
        return ReadLocalNodeGen.create(slot, name);
    }
}
