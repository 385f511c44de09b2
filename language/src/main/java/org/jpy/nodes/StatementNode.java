package org.jpy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A Python statement: executed for its effect. Control transfer (return/break/continue) travels as
 * {@link com.oracle.truffle.api.nodes.ControlFlowException}s that Graal compiles into plain jumps once the
 * catching loop or root is in the same compilation unit.
 */
public abstract class StatementNode extends JpyNode {
    public abstract void executeVoid(VirtualFrame frame);
}
