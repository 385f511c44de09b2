package org.jpy.objects.exception;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * An exception instance ({@code BaseException} or a subclass). The chaining attributes are Java fields because
 * the interpreter reads them on every raise/except; {@code __notes__} and user attributes live in the instance
 * dict. Subclass-specific fields ({@code OSError.errno}, {@code SyntaxError.lineno}, {@code StopIteration.value}
 * ...) are kept in {@link #getExtra()} (an array the exception type's builtins define the layout of).
 *
 * <p>{@link #getLastRaised()} links to the {@link PException} this object travelled in most recently, from which
 * the traceback is built lazily.
 */
public class PBaseException extends PythonObject {
    private PTuple args;
    private Object traceback = PNone.NONE;
    private Object cause = PNone.NONE;
    private Object context = PNone.NONE;
    private boolean suppressContext;
    private Object[] extra;
    private PException lastRaised;
    /** A message computed lazily from a format (avoids formatting for exceptions that are caught and dropped). */
    private String lazyFormat;
    private Object[] lazyArgs;

    public PBaseException(Object cls, PTuple args) {
        super(cls);
        this.args = args;
    }

    /** An exception whose single argument is {@code String.format}-like {@code fmt % fmtArgs}, formatted on first use. */
    public PBaseException(Object cls, String fmt, Object[] fmtArgs) {
        super(cls);
        this.lazyFormat = fmt;
        this.lazyArgs = fmtArgs;
    }

    public PTuple getArgs() {
        if (args == null) {
            args = new PTuple(new Object[]{org.jpy.runtime.PRaise.format(lazyFormat, lazyArgs)});
            lazyFormat = null;
            lazyArgs = null;
        }
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
        this.lazyFormat = null;
        this.lazyArgs = null;
    }

    /** {@code __traceback__}: a traceback object or {@code NONE}. */
    public Object getTraceback() {
        return traceback;
    }

    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }

    public Object getCause() {
        return cause;
    }

    /** {@code __cause__ = x} also sets {@code __suppress_context__}, as CPython's setter does. */
    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** Sets {@code __cause__} without touching {@code __suppress_context__}. */
    public void setCauseRaw(Object cause) {
        this.cause = cause;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public Object[] getExtra() {
        return extra;
    }

    public void setExtra(Object[] extra) {
        this.extra = extra;
    }

    public PException getLastRaised() {
        return lastRaised;
    }

    public void setLastRaised(PException e) {
        this.lastRaised = e;
    }

    /** Is this exception's class (stored as builtin enum) exactly {@code type}? Cheap check for Java code. */
    public boolean isBuiltinType(PythonBuiltinClassType type) {
        return getStoredPythonClass() == type;
    }
}
