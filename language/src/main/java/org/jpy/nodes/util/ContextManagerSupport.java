package org.jpy.nodes.util;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The context manager protocol for {@code with}/{@code async with}: the special methods are looked up on the
 * type (not the instance), both before {@code __enter__} is called, with CPython 3.12's messages.
 * TODO(perf): cached lookups in the with node.
 */
public final class ContextManagerSupport {
    private ContextManagerSupport() {
    }

    /** Returns {@code [enter, exit]} unbound descriptors. */
    @TruffleBoundary
    public static Object[] lookupEnterExit(Node node, Object manager, boolean async) {
        PythonClass type = GetClassNode.getPythonClassUncached(manager);
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        Object enter = type.lookup(enterName);
        if (enter == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, async ? "'%s' object does not support the asynchronous context manager protocol"
                            : "'%s' object does not support the context manager protocol", type.getName());
        }
        Object exit = type.lookup(exitName);
        if (exit == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, async ? "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                            : "'%s' object does not support the context manager protocol (missed __exit__ method)", type.getName());
        }
        return new Object[]{enter, exit};
    }

    @TruffleBoundary
    public static Object callMethod(Object descriptor, Object self, Object... args) {
        return CallFunctionNode.callMethodUncached(descriptor, self, args);
    }

    @TruffleBoundary
    public static Object callExit(Object exit, Object manager, PBaseException exc) {
        Object type = GetClassNode.getPythonClassUncached(exc);
        Object tb = exc.getTraceback();
        return CallFunctionNode.callMethodUncached(exit, manager, new Object[]{type, exc, tb});
    }
}
