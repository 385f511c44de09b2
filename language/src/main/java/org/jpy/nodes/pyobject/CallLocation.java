package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

/**
 * Makes Python code called from the slow paths of the abstract API report the right location: sets the calling
 * (adopted) node as the encapsulating node, which Truffle uses as the call site of calls made without a call node,
 * so tracebacks show the line of {@code a < b} rather than the start of the enclosing function.
 *
 * <pre>
 * Node prev = CallLocation.enter(node);
 * try { ... } finally { CallLocation.exit(prev); }
 * </pre>
 */
public final class CallLocation {
    private static final Node NOT_SET = new Node() {
    };

    private CallLocation() {
    }

    public static Node enter(Node node) {
        if (node == null || !node.isAdoptable()) {
            return NOT_SET;
        }
        return EncapsulatingNodeReference.getCurrent().set(node);
    }

    public static void exit(Node previous) {
        if (previous != NOT_SET) {
            EncapsulatingNodeReference.getCurrent().set(previous);
        }
    }
}
