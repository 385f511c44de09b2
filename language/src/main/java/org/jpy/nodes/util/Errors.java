package org.jpy.nodes.util;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** The errors the execution nodes raise, with CPython's messages word for word, in one place. */
public final class Errors {
    private Errors() {
    }

    public static PException unboundLocal(Node node, String name) {
        return PRaise.raise(node, PythonBuiltinClassType.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
    }

    public static PException unboundFree(Node node, String name) {
        return PRaise.raise(node, PythonBuiltinClassType.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
    }

    public static PException nameNotDefined(Node node, String name) {
        return PRaise.raise(node, PythonBuiltinClassType.NameError, "name '%s' is not defined", name);
    }
}
