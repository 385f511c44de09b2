package org.jpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The frame slots through which a generator body is resumed: {@code resuming} is {@code Boolean.TRUE} from the
 * moment the generator is re-entered until the suspended {@code yield} is reached again (nodes on the way take
 * their saved state instead of starting afresh); {@code sent} holds the value of {@code send()} and
 * {@code thrown} the exception of {@code throw()}, both consumed by that {@code yield}.
 */
public final class GeneratorSlots {
    public final int resuming;
    public final int sent;
    public final int thrown;
    /** Async generators mark their own yields so a step awaitable can tell them from awaited values. */
    public final boolean asyncGenerator;

    public GeneratorSlots(int resuming, int sent, int thrown, boolean asyncGenerator) {
        this.resuming = resuming;
        this.sent = sent;
        this.thrown = thrown;
        this.asyncGenerator = asyncGenerator;
    }

    public boolean isResuming(VirtualFrame frame) {
        return frame.getObject(resuming) == Boolean.TRUE;
    }

    public void clearResuming(VirtualFrame frame) {
        frame.setObject(resuming, Boolean.FALSE);
    }
}
