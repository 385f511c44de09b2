package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.StatementNode;

/**
 * A statement sequence (a suite). The loop is exploded: the children array is compilation-final, so Graal sees
 * straight-line code. Very long module bodies are compiled rarely (they run once), so no chunking is needed here.
 */
public final class BlockNode extends StatementNode {
    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    public StatementNode[] getStatements() {
        return statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StatementNode statement : statements) {
            statement.executeVoid(frame);
        }
    }
}
