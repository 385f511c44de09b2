package org.jpy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.tuple.PTuple;

/**
 * Raising Python exceptions from Java: {@code throw PRaise.raise(this, TypeError, "'%s' object is not callable", name)}.
 * The message is formatted lazily (only if someone reads it), so exceptions used for control flow
 * ({@code StopIteration}, {@code AttributeError} in {@code getattr(x, n, default)}) stay cheap.
 *
 * <p>Format directives (a subset of CPython's {@code PyErr_Format}): {@code %s} (Java strings/numbers as is,
 * other objects through {@code str()}), {@code %d}, {@code %r}/{@code %R} ({@code repr()}), {@code %T} (the
 * name of the argument's Python class, like {@code Py_TYPE(o)->tp_name}), {@code %N} (the name of a class
 * argument) and {@code %%}.
 */
public final class PRaise {
    /** {@code -Djpy.printJavaExceptions=true}: print the Java stack of internal errors turned into SystemError. */
    private static final boolean PRINT_JAVA_EXCEPTIONS = Boolean.getBoolean("jpy.printJavaExceptions");

    private PRaise() {
    }

    /** Creates (does not throw) a PException of builtin type {@code type}; callers {@code throw} the result. */
    public static PException raise(Node node, PythonBuiltinClassType type, String fmt, Object... args) {
        return new PException(new PBaseException(type, fmt, args), node);
    }

    /** An exception with no arguments ({@code raise StopIteration}). */
    public static PException raise(Node node, PythonBuiltinClassType type) {
        return new PException(new PBaseException(type, new PTuple(PTuple.EMPTY_ARRAY)), node);
    }

    /** An exception with the given arguments ({@code KeyError(key)}, {@code StopIteration(value)}). */
    public static PException raiseWithArgs(Node node, PythonBuiltinClassType type, Object... args) {
        return new PException(new PBaseException(type, new PTuple(args)), node);
    }

    /**
     * {@code OSError(errno, strerror[, filename])} with CPython's errno → subclass mapping ({@code ENOENT} →
     * {@code FileNotFoundError}, ...) and the {@code errno}/{@code strerror}/{@code filename} attributes set.
     * {@code filename} may be {@code null}.
     */
    public static PException raiseOSError(Node node, long errno, String strerror, Object filename) {
        PythonBuiltinClassType type = org.jpy.objects.exception.ExceptionSubclassBuiltins.osErrorSubclass(errno);
        Object[] args = filename == null ? new Object[]{errno, strerror} : new Object[]{errno, strerror, filename};
        PBaseException e = new PBaseException(type, new PTuple(args));
        org.jpy.objects.exception.ExceptionSubclassBuiltins.initFields(e, args, false);
        return new PException(e, node);
    }

    /** Raises an existing exception object (the {@code raise} statement). Does not set context/cause. */
    public static PException raiseObject(Node node, PBaseException exception) {
        return new PException(exception, node);
    }

    /**
     * Turns a Java throwable that escaped builtin code into a Python exception: {@link StackOverflowError} becomes
     * {@code RecursionError}, {@link OutOfMemoryError} {@code MemoryError}, anything else {@code SystemError} naming
     * the Java exception. {@link PException}s and Truffle control-flow exceptions are returned/rethrown unchanged.
     */
    @TruffleBoundary
    public static PException wrapJavaException(Throwable t, Node node) {
        if (t instanceof PException p) {
            return p;
        }
        if (t instanceof com.oracle.truffle.api.nodes.ControlFlowException cfe) {
            throw cfe;
        }
        if (t instanceof com.oracle.truffle.api.exception.AbstractTruffleException ate) {
            throw ate;
        }
        if (t instanceof ThreadDeath td) {
            throw td;
        }
        if (t instanceof StackOverflowError) {
            return raise(node, PythonBuiltinClassType.RecursionError, "maximum recursion depth exceeded");
        }
        if (PRINT_JAVA_EXCEPTIONS) {
            t.printStackTrace();
        }
        if (t instanceof OutOfMemoryError) {
            return raise(node, PythonBuiltinClassType.MemoryError);
        }
        if (t instanceof com.oracle.truffle.api.dsl.UnsupportedSpecializationException use) {
            return raise(node, PythonBuiltinClassType.SystemError, "internal error: no specialization of %s for %s", use.getNode() == null ? "?" : use.getNode().getClass().getSimpleName(),
                            java.util.Arrays.toString(use.getSuppliedValues()));
        }
        return raise(node, PythonBuiltinClassType.SystemError, "internal error: %s", t.toString());
    }

    /** Formats {@code fmt} with the directives described in the class comment. */
    @TruffleBoundary
    public static String format(String fmt, Object[] args) {
        if (args == null || args.length == 0) {
            return fmt.replace("%%", "%");
        }
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        int argIndex = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            if (d == '%') {
                sb.append('%');
                continue;
            }
            Object arg = argIndex < args.length ? args[argIndex++] : "<missing>";
            switch (d) {
                case 's' -> sb.append(toStr(arg));
                case 'd' -> sb.append(arg instanceof Boolean b ? (b ? 1 : 0) : arg);
                case 'r', 'R' -> sb.append(safeRepr(arg));
                case 'T' -> sb.append(typeName(arg));
                case 'N' -> sb.append(arg instanceof PythonClass pc ? pc.getName() : arg instanceof PythonBuiltinClassType bt ? bt.getName() : typeName(arg));
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    private static String toStr(Object arg) {
        if (arg instanceof String || arg instanceof Long || arg instanceof Integer || arg instanceof BigInteger) {
            return arg.toString();
        }
        if (arg instanceof PythonBuiltinClassType bt) {
            return bt.getName();
        }
        try {
            return PyObjectStrNode.str(arg);
        } catch (PException e) {
            return "<str() failed>";
        }
    }

    private static String safeRepr(Object arg) {
        try {
            return PyObjectReprNode.repr(arg);
        } catch (PException e) {
            return "<repr() failed>";
        }
    }

    /** The {@code __name__} of the Python class of {@code value} (slow path). */
    @TruffleBoundary
    public static String typeName(Object value) {
        return GetClassNode.getPythonClassUncached(value).getName();
    }
}
