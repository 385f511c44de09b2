package org.jpy.parser;

/**
 * CPython's SyntaxError (or IndentationError / TabError) as a plain Java exception carrying exactly the attributes
 * the Python object shows. Placeholder written by the scope-analysis branch so that it compiles before the parser
 * lands; the parser's version of this class (same constructor and accessors) replaces it on merge. It has no stack
 * trace because scope and parse errors are ordinary results for bad input and must be cheap.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class. */
    public enum Kind {
        SYNTAX_ERROR,
        INDENTATION_ERROR,
        TAB_ERROR
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;
    private final boolean incompleteInput;

    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno, int endOffset, String text,
                    boolean incompleteInput) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.incompleteInput = incompleteInput;
    }

    public Kind kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    public boolean isIncompleteInput() {
        return incompleteInput;
    }
}
