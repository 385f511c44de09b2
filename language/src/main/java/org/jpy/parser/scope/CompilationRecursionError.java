package org.jpy.parser.scope;

/**
 * Raised instead of a Java StackOverflowError when a tree is too deeply nested to analyze; the interpreter turns
 * it into CPython's {@code RecursionError: maximum recursion depth exceeded during compilation}. Like
 * PySyntaxError it carries no stack trace.
 */
public final class CompilationRecursionError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "maximum recursion depth exceeded during compilation";

    public CompilationRecursionError() {
        super(MESSAGE, null, false, false);
    }
}
