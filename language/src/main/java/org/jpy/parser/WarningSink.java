package org.jpy.parser;

/**
 * Receives compile-time warnings (SyntaxWarning for invalid escape sequences, DeprecationWarning...). An
 * interface so the parser stays free of runtime types: the interpreter routes them to {@code warnings.warn_explicit}.
 */
public interface WarningSink {
    WarningSink IGNORE = (category, message, filename, lineno) -> {
    };

    void warn(String category, String message, String filename, int lineno);
}
