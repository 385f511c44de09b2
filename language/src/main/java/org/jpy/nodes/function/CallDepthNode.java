package org.jpy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * CPython's recursion limit: every Python frame entry counts one level; beyond {@code sys.getrecursionlimit()}
 * the call raises RecursionError. The counter lives in {@link CallDepth} (per thread of the context), a plain
 * field increment on the fast path. A JVM stack overflow that happens before the limit (deep Java recursion in
 * builtins) is turned into the same RecursionError by the root nodes.
 */
public final class CallDepthNode extends Node {
    public void enter(Node location) {
        CallDepth d = CallDepth.current();
        if (++d.depth > d.limit) {
            CompilerDirectives.transferToInterpreter();
            d.depth--;
            throw recursionError(location);
        }
    }

    public void exit() {
        CallDepth.current().depth--;
    }

    /** Raised on entry of a frame that is not counted: its caller's call is the location (as in CPython). */
    @TruffleBoundary
    public static PException recursionError(Node location) {
        PException e = PRaise.raise(null, PythonBuiltinClassType.RecursionError, "maximum recursion depth exceeded");
        org.jpy.nodes.exception.ExceptionSupport.markRaisedOnEntry(e);
        return e;
    }
}
