package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code break}: caught by the innermost enclosing loop. A singleton: it carries no data. */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final BreakException INSTANCE = new BreakException();

    private BreakException() {
    }
}
