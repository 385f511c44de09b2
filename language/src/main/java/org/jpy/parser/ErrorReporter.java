package org.jpy.parser;

/**
 * Builds {@link PySyntaxError}s from source positions: converts char indices into CPython's 1-based character
 * offsets and fetches the offending line for {@code .text}. Shared by tokenizer and parser so both report alike.
 */
final class ErrorReporter {
    final String filename;
    Tokenizer tokenizer;

    ErrorReporter(String filename) {
        this.filename = filename;
    }

    /** An error spanning char indices [startPos, endPos) of the source. */
    PySyntaxError errorAt(PySyntaxError.Kind kind, String msg, int startPos, int endPos, boolean incomplete) {
        Tokenizer t = tokenizer;
        int line = t.lineOf(startPos);
        int endLine = t.lineOf(Math.max(startPos, endPos));
        int off = t.charCol(startPos) + 1;
        int endOff = t.charCol(Math.max(startPos, endPos)) + 1;
        return new PySyntaxError(kind, msg, filename, line, off, endLine, endOff, t.lineText(line), incomplete);
    }

    /** An error at explicit 1-based line and 1-based character offsets. */
    PySyntaxError errorAtLine(PySyntaxError.Kind kind, String msg, int line, int offset, int endLine, int endOffset, boolean incomplete) {
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, tokenizer.lineText(line), incomplete);
    }
}
