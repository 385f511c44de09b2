package org.jpy.objects.ints;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.BinaryOp;

/** Lets the builtins of int subclasses implemented in Java ({@code bool}) reuse int's operator semantics. */
public final class IntBuiltinsAccess {
    private IntBuiltinsAccess() {
    }

    public static Object arith(Node node, BinaryOp op, Object self, Object other, boolean reflected) {
        return IntBuiltins.arith(node, op, self, other, reflected);
    }
}
