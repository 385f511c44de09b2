package org.jpy.parser;

/**
 * A SyntaxError, IndentationError or TabError carrying exactly the fields CPython puts on the exception.
 * A plain {@link RuntimeException} without stack trace: the parser raises it on every bad input (the fuzzer
 * raises thousands), so it must be cheap, and the interpreter turns it into a Python object itself.
 * <p>
 * Where CPython's attribute is {@code None}: {@code lineno == -1} means lineno, offset, end_lineno and
 * end_offset are all None (source with a NUL byte); {@code endLineno == -1} means end_lineno and end_offset are
 * None (decoding errors, which CPython reports with lineno 0 and offset -1). Any other -1 or 0 is a real value
 * (CPython reports end_offset -1 for errors at INDENT/DEDENT/end of input, and 0 for "'(' was never closed").
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which Python exception class this is. */
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
    /** How the parser produced it (package-private bookkeeping for CPython's error precedence rules). */
    int origin;
    static final int ORIGIN_GENERIC = 1;
    static final int ORIGIN_UNCLOSED = 2;
    static final int ORIGIN_SOFT = 3;
    static final int ORIGIN_TOKENIZER = 4;
    /** A parser error CPython reports without looking at the rest of the input ("unexpected indent"). */
    static final int ORIGIN_FINAL = 5;

    /** Tokenizer errors propagate through the parser's speculative attempts, as in CPython. */
    boolean fromTokenizer() {
        return origin >= ORIGIN_UNCLOSED && origin <= ORIGIN_TOKENIZER;
    }

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

    /** 1-based character offset, as CPython reports it. */
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

    /** True when the error is only due to the end of input (the REPL then asks for more). */
    public boolean isIncompleteInput() {
        return incompleteInput;
    }

    /** Python's exception class name. */
    public String pythonTypeName() {
        return switch (kind) {
            case SYNTAX_ERROR -> "SyntaxError";
            case INDENTATION_ERROR -> "IndentationError";
            case TAB_ERROR -> "TabError";
        };
    }

    @Override
    public String toString() {
        return pythonTypeName() + ": " + msg + " (" + filename + ", line " + lineno + ", offset " + offset + ")";
    }
}
