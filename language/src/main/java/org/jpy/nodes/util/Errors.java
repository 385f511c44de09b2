package org.jpy.nodes.util;

import com.oracle.truffle.api.nodes.Node;

/** The errors the execution nodes raise, with CPython's messages word for word, in one place. */
public final class Errors {
    private Errors() {
    }

    public static RuntimeException unboundLocal(Node node, String name) {
        return new IllegalStateException("cannot access local variable '" + name + "' where it is not associated with a value");
    }
}
