package org.jpy.runtime.formatting;

/**
 * A Python-level error raised by the pure-Java formatting algorithms. They run without a Truffle context (they are
 * unit-tested standalone), so they cannot build a Python exception themselves; the builtin that called them turns this into
 * the Python exception named by {@link #kind} with {@link #getMessage()} as its text (CPython's words, exactly).
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception classes the formatting code can raise. */
    public enum Kind {
        ValueError,
        TypeError,
        OverflowError,
        KeyError,
        IndexError,
        ZeroDivisionError,
        AttributeError
    }

    public final Kind kind;

    /** For KeyError/IndexError raised while looking up format fields: the Python key (the exception's argument), or null. */
    public final Object arg;

    public FormatError(Kind kind, String message) {
        this(kind, message, null);
    }

    public FormatError(Kind kind, String message, Object arg) {
        super(message, null, false, false);
        this.kind = kind;
        this.arg = arg;
    }

    public static FormatError valueError(String format, Object... args) {
        return new FormatError(Kind.ValueError, args.length == 0 ? format : String.format(format, args));
    }

    public static FormatError typeError(String format, Object... args) {
        return new FormatError(Kind.TypeError, args.length == 0 ? format : String.format(format, args));
    }

    public static FormatError overflowError(String format, Object... args) {
        return new FormatError(Kind.OverflowError, args.length == 0 ? format : String.format(format, args));
    }
}
