package org.jpy.parser.scope;

import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.Loc;

/**
 * Builds the SyntaxErrors of the scope and compile checks. CPython reports them from the AST location: offsets
 * are the UTF-8 byte column plus one (not converted to characters, unlike parser errors), and {@code text} is
 * only filled when the file can be read, which is the interpreter's business, so it is null here.
 */
final class Errors {
    private Errors() {
    }

    static PySyntaxError at(String msg, String filename, Loc loc) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, loc.lineno(), loc.colOffset() + 1, loc.endLineno(),
                        loc.endColOffset() + 1, null, false);
    }

    /** An error with a start position only (CPython's PyErr_SyntaxLocationObject: end offset -1). */
    static PySyntaxError atStart(String msg, String filename, int lineno, int offset) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineno, offset, lineno, -1, null, false);
    }
}
