package org.jpy.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code continue}: caught by the innermost enclosing loop body. A singleton: it carries no data. */
public final class ContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ContinueException INSTANCE = new ContinueException();

    private ContinueException() {
    }
}
