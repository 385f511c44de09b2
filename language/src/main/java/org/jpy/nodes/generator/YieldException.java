package org.jpy.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * A generator body suspends: the value travels to the resume root, past every node on the way. Generator variants
 * of compound statements let it pass without running their exit actions ({@code finally}, {@code __exit__}), since
 * the statement is only suspended, not left.
 */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
