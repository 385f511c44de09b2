package org.jpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.StatementNode;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code match} statements. TODO: patterns; for now a clear error instead of wrong behaviour. */
public final class MatchNodes {
    private MatchNodes() {
    }

    public static StatementNode translate(Object translator, Object match) {
        return new Unsupported();
    }

    static final class Unsupported extends StatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw PRaise.raise(this, PythonBuiltinClassType.NotImplementedError, "match statements are not supported yet");
        }
    }
}
