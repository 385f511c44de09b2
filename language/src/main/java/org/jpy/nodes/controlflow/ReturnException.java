package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * {@code return value} from inside a compound statement; caught by the function root. A return that is the last
 * statement of a function body does not throw (the translator emits a plain value for it).
 */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
