package org.jpy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Where an assignment stores an already computed value: a name, {@code obj.attr}, {@code obj[key]}, or an
 * unpacking pattern of further targets. Separate from expressions because {@code for} loops, {@code with ... as},
 * {@code except ... as}, unpacking and imports all produce the value themselves.
 */
public abstract class AssignTargetNode extends JpyNode {
    public abstract void executeWrite(VirtualFrame frame, Object value);
}
