package org.jpy.parser;

/**
 * Receives compile-time warnings (SyntaxWarning for invalid escape sequences, DeprecationWarning...). An
 * interface so the parser stays free of runtime types: the interpreter routes them to {@code warnings.warn_explicit}.
 */
public interface WarningSink {
    /** Drops every warning (a nested class, not a lambda: no invokedynamic bootstrap at startup). */
    WarningSink IGNORE = new Ignore();

    /** The sink of {@link #IGNORE}. */
    final class Ignore implements WarningSink {
        @Override
        public void warn(String category, String message, String filename, int lineno) {
        }
    }

    void warn(String category, String message, String filename, int lineno);
}
