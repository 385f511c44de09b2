package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.StatementNode;

/** {@code continue}. */
public final class ContinueNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}
