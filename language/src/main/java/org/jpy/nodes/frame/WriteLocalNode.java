package org.jpy.nodes.frame;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.AssignTargetNode;

/**
 * Stores into a fast local (STORE_FAST). As in SimpleLanguage, the first write of an unboxed value sets the
 * slot kind in the (shared) descriptor, and later writes of other types generalize it to {@code Object} for good,
 * so a variable that is always an {@code int} stays a raw {@code long} in compiled code. The guards take the
 * frame so that the DSL re-checks the kind on each write.
 */
public abstract class WriteLocalNode extends AssignTargetNode {
    protected final int slot;

    protected WriteLocalNode(int slot) {
        this.slot = slot;
    }

    public final int getSlot() {
        return slot;
    }

    @Specialization(guards = "isKind(frame, LONG)")
    protected void doLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Long);
        frame.setLong(slot, value);
    }

    @Specialization(guards = "isKind(frame, DOUBLE)")
    protected void doDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Double);
        frame.setDouble(slot, value);
    }

    @Specialization(guards = "isKind(frame, BOOLEAN)")
    protected void doBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Boolean);
        frame.setBoolean(slot, value);
    }

    @Specialization(replaces = {"doLong", "doDouble", "doBoolean"})
    protected void doObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, value);
    }

    static final FrameSlotKind LONG = FrameSlotKind.Long;
    static final FrameSlotKind DOUBLE = FrameSlotKind.Double;
    static final FrameSlotKind BOOLEAN = FrameSlotKind.Boolean;

    /** True while the slot is still unused or holds the given kind: only then may the write stay unboxed. */
    protected final boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(slot);
        return current == kind || current == FrameSlotKind.Illegal;
    }

    public static WriteLocalNode create(int slot) {
        return WriteLocalNodeGen.create(slot);
    }
}
