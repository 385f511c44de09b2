package org.jpy.nodes.exception;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.runtime.PException;

/**
 * {@code except*} (PEP 654). TODO: split exception groups with {@code BaseExceptionGroup.split}; until then a
 * clause matches a plain exception like {@code except} (CPython wraps it in a group, which only matters for what
 * the handler sees).
 */
final class ExceptStarSupport {
    private ExceptStarSupport() {
    }

    static void handle(VirtualFrame frame, PException e, ExceptHandlerNode[] handlers, Node node) {
        for (ExceptHandlerNode handler : handlers) {
            if (handler.matches(frame, e.getPythonException())) {
                handler.executeHandler(frame, e.getPythonException());
                return;
            }
        }
        throw e;
    }
}
