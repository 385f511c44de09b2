package org.jpy.parser;

/**
 * Builds {@link PySyntaxError}s with CPython's conventions, which differ by origin: tokenizer errors point at the
 * tokenizer's current character ({@code offset == end_offset}, {@code text} without newline); parser errors cover a
 * token or node range in bytes converted to characters on the error line ({@code text} with newline); errors at
 * INDENT/DEDENT/end of input use the tokenizer's position with {@code end_offset -1}. Shared by tokenizer and parser.
 */
final class ErrorReporter {
    final String filename;
    Tokenizer tokenizer;

    ErrorReporter(String filename) {
        this.filename = filename;
    }

    String lineWithNewline(int line) {
        String t = tokenizer.lineText(line);
        if (t == null) {
            return null;
        }
        return t.endsWith("\n") ? t : t + "\n";
    }

    String lineWithoutNewline(int line) {
        String t = tokenizer.lineText(line);
        if (t == null) {
            return null;
        }
        return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
    }

    /** Tokenizer error at the character at {@code p}: offset and end offset both just after it. */
    PySyntaxError tok(PySyntaxError.Kind kind, String msg, int p, boolean incomplete) {
        Tokenizer t = tokenizer;
        int line = t.lineOf(p);
        int off = t.charCol(p) + 1;
        PySyntaxError e = new PySyntaxError(kind, msg, filename, line, off, line, off, lineWithoutNewline(line), incomplete);
        e.origin = PySyntaxError.ORIGIN_TOKENIZER;
        return e;
    }

    /** Tokenizer error over [a, b] (offsets charCol(a)+1 and charCol(b)+1, both on a's line). */
    PySyntaxError tokRange(PySyntaxError.Kind kind, String msg, int a, int b, boolean incomplete) {
        Tokenizer t = tokenizer;
        int line = t.lineOf(a);
        PySyntaxError e = new PySyntaxError(kind, msg, filename, line, t.charCol(a) + 1, line, t.charCol(b) + 1, lineWithoutNewline(line),
                        incomplete);
        e.origin = PySyntaxError.ORIGIN_TOKENIZER;
        return e;
    }

    /** Explicit location, text with newline (parser-style). */
    PySyntaxError at(PySyntaxError.Kind kind, String msg, int line, int offset, int endLine, int endOffset, boolean incomplete) {
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, lineWithNewline(line), incomplete);
    }

    /**
     * Error located at the tokenizer position {@code cur} (CPython's tokens without column: INDENT, DEDENT, end of
     * input): offset counts the characters before cur on its line, end offset is -1. At the end of input the
     * position is reported on the last line, after its (possibly implicit) newline.
     */
    PySyntaxError atCur(PySyntaxError.Kind kind, String msg, int cur, boolean incomplete) {
        Tokenizer t = tokenizer;
        String src = t.src;
        int len = src.length();
        int line;
        int off;
        if (cur >= len && len > 0) {
            line = t.lineOf(len - 1);
            int ls = t.lineStartOf(line);
            off = src.codePointCount(ls, len) + (src.charAt(len - 1) == '\n' ? 0 : 1);
        } else {
            line = t.lineOf(cur);
            off = t.charCol(cur);
        }
        return new PySyntaxError(kind, msg, filename, line, off, line, -1, lineWithNewline(line), incomplete);
    }

    /** Kept for callers that think in char ranges: offset charCol(start)+1, end charCol(end)+1. */
    PySyntaxError errorAt(PySyntaxError.Kind kind, String msg, int startPos, int endPos, boolean incomplete) {
        Tokenizer t = tokenizer;
        int line = t.lineOf(startPos);
        int endLine = t.lineOf(Math.max(startPos, endPos));
        return new PySyntaxError(kind, msg, filename, line, t.charCol(startPos) + 1, endLine, t.charCol(Math.max(startPos, endPos)) + 1,
                        lineWithNewline(line), incomplete);
    }
}
