package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.StatementNode;

/** {@code pass} (and empty suites). */
public final class PassNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
    }
}
