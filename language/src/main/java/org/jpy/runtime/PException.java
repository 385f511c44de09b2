package org.jpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;

/**
 * A Python exception in flight. The Python-visible object is the {@link PBaseException}; this Truffle exception
 * carries it through Java frames and records the Truffle stack trace, from which the exec layer builds
 * {@code __traceback__} lazily. A fresh {@code PException} is created for every {@code raise} (re-raising the
 * same object creates a new one that extends the same {@code __traceback__}).
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final PBaseException exception;
    /** Free slot for the exec layer (e.g. the traceback built so far / frame info). */
    private Object tracebackData;
    private boolean incompleteSource;

    public PException(PBaseException exception, Node location) {
        super(location);
        this.exception = exception;
        exception.setLastRaised(this);
    }

    public PBaseException getPythonException() {
        return exception;
    }

    public Object getTracebackData() {
        return tracebackData;
    }

    public void setTracebackData(Object data) {
        this.tracebackData = data;
    }

    /** Slow path: is the exception an instance of {@code type}? */
    @TruffleBoundary
    public boolean isInstanceOf(PythonBuiltinClassType type) {
        Object c = exception.getStoredPythonClass();
        if (c instanceof PythonBuiltinClassType bt) {
            return bt.isSubtypeOf(type);
        }
        return ((PythonClass) c).isSubtypeOf(JpyContext.get(null).lookupType(type));
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        try {
            return ExceptionFormatting.formatExceptionOnly(exception);
        } catch (RuntimeException | AssertionError e) {
            // e.g. no context entered (a Java caller printing the exception): best effort without Python code
            Object c = exception.getStoredPythonClass();
            String name = c instanceof PythonBuiltinClassType bt ? bt.getName() : ((PythonClass) c).getName();
            Object[] args = exception.getArgs().getArray();
            return args.length == 1 && args[0] instanceof String s ? name + ": " + s : name;
        }
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        Object c = exception.getStoredPythonClass();
        if (c == PythonBuiltinClassType.SystemExit) {
            return ExceptionType.EXIT;
        }
        if (c == PythonBuiltinClassType.SyntaxError || c == PythonBuiltinClassType.IndentationError || c == PythonBuiltinClassType.TabError) {
            return ExceptionType.PARSE_ERROR;
        }
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    @TruffleBoundary
    int getExceptionExitStatus() throws UnsupportedMessageException {
        if (exception.getStoredPythonClass() != PythonBuiltinClassType.SystemExit) {
            throw UnsupportedMessageException.create();
        }
        Object[] args = exception.getArgs().getArray();
        Object code = args.length == 0 ? org.jpy.objects.PNone.NONE : args.length == 1 ? args[0] : exception.getArgs();
        if (code == org.jpy.objects.PNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) l.longValue();
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 1;
    }

    /** Marks a SyntaxError raised because interactive input ended early (the launcher then prompts with "..."). */
    public void setIncompleteSource(boolean value) {
        this.incompleteSource = value;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incompleteSource;
    }
}
