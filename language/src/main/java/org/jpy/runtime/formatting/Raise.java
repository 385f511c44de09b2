package org.jpy.runtime.formatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** Turns the context-free {@link FormatError} of the formatting and number algorithms into a Python exception. */
public final class Raise {
    private Raise() {
    }

    @TruffleBoundary
    public static PException of(Node node, FormatError e) {
        PythonBuiltinClassType type = switch (e.kind) {
            case ValueError -> PythonBuiltinClassType.ValueError;
            case TypeError -> PythonBuiltinClassType.TypeError;
            case OverflowError -> PythonBuiltinClassType.OverflowError;
            case KeyError -> PythonBuiltinClassType.KeyError;
            case IndexError -> PythonBuiltinClassType.IndexError;
            case ZeroDivisionError -> PythonBuiltinClassType.ZeroDivisionError;
            case AttributeError -> PythonBuiltinClassType.AttributeError;
        };
        if (e.kind == FormatError.Kind.KeyError && e.arg != null) {
            return PRaise.raiseWithArgs(node, type, e.arg);
        }
        return PRaise.raise(node, type, "%s", e.getMessage());
    }
}
