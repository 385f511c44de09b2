package org.jpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;

/** An f-string: the parts (constant strs and {@link FormattedValueNode}s, all producing {@code str}) concatenated. */
public final class JoinedStrNode extends ExpressionNode {
    @Children private final ExpressionNode[] parts;

    public JoinedStrNode(ExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        String[] strings = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            strings[i] = (String) parts[i].execute(frame);
        }
        return concat(strings);
    }

    @TruffleBoundary
    private static String concat(String[] strings) {
        return String.join("", strings);
    }
}
