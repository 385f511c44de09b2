package org.jpy.parser;

import static org.jpy.parser.TokenType.*;

import java.text.Normalizer;

/**
 * Python 3.12 tokenizer, pulled one token at a time by the parser (tokenizer errors are raised when the parser
 * reaches them, as in CPython). It tokenizes f-strings the PEP 701 way: a stack of {@link Frame}s says whether the
 * scanner is in an f-string's literal text, in a replacement field's expression (ordinary tokens), or in a format
 * spec. Everything is hand-scanned over a {@code String} without regular expressions; byte columns are computed
 * directly when the source is all ASCII.
 */
final class Tokenizer {
    static final int TABSIZE = 8;
    static final int MAXINDENT = 100;
    static final int MAXLEVEL = 200;

    /** Where in an f-string the scanner is. */
    private static final int FS_LITERAL = 0;
    private static final int FS_FIELD = 1;
    private static final int FS_SPEC = 2;

    private static final class Frame {
        int kind;
        final char quote;
        final boolean triple;
        final boolean raw;
        final int startPos; // position of the f-string's prefix
        final int startLine;
        /** For FS_FIELD/FS_SPEC: the paren depth just after the field's '{'. */
        int depth;

        Frame(int kind, char quote, boolean triple, boolean raw, int startPos, int startLine, int depth) {
            this.kind = kind;
            this.quote = quote;
            this.triple = triple;
            this.raw = raw;
            this.startPos = startPos;
            this.startLine = startLine;
            this.depth = depth;
        }
    }

    final String src;
    private final int len;
    final ErrorReporter errors;
    /** Start index of every line (lineStarts[0] is line 1). */
    final int[] lineStarts;
    final int lineCount;
    private final boolean allAscii;

    private int pos;
    private int commentStart = -1;
    private int lineno = 1;
    private int lineStart;
    private boolean atLineStart = true;
    private int lastType = NEWLINE;
    private boolean emittedAny;

    private final int[] indents = new int[MAXINDENT + 1];
    private final int[] altIndents = new int[MAXINDENT + 1];
    private int indentTop;
    private int pendingDedents;
    private boolean eofDone;

    private final char[] parenChars = new char[MAXLEVEL];
    private final int[] parenPos = new int[MAXLEVEL];
    private final int[] parenLine = new int[MAXLEVEL];
    private int parenDepth;

    private Frame[] frames = new Frame[8];
    private int frameTop;

    /** Whether "# type:" comments become TYPE_COMMENT/TYPE_IGNORE tokens (ast.parse(type_comments=True)). */
    boolean typeComments;

    Tokenizer(String src, ErrorReporter errors) {
        this.src = src;
        this.len = src.length();
        this.errors = errors;
        int n = 1;
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            char c = src.charAt(i);
            if (c == '\n') {
                n++;
            } else if (c >= 0x80) {
                ascii = false;
            }
        }
        int[] starts = new int[n + 1];
        int k = 1;
        for (int i = 0; i < len; i++) {
            if (src.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        starts[n] = len + 1;
        this.lineStarts = starts;
        this.lineCount = n;
        this.allAscii = ascii;
        errors.tokenizer = this;
    }

    // ---------------------------------------------------------------- positions

    /** UTF-8 byte column of char index {@code p} on the line starting at {@code ls}. */
    int byteCol(int ls, int p) {
        if (allAscii) {
            return p - ls;
        }
        int b = 0;
        int i = ls;
        if (ls == cacheLineStart && p >= cachePos) {
            // tokens come in order: continue from the previous column on the same line (linear on long lines)
            b = cacheByte;
            i = cachePos;
        }
        int start = i;
        b = byteColFrom(i, p, b);
        if (p > start || ls != cacheLineStart) {
            cacheLineStart = ls;
            cachePos = Math.min(p, len);
            cacheByte = b;
        }
        return b;
    }

    private int cacheLineStart = -1;
    private int cachePos;
    private int cacheByte;

    private int byteColFrom(int from, int p, int b0) {
        int b = b0;
        for (int i = from; i < p && i < len; i++) {
            char c = src.charAt(i);
            if (c < 0x80) {
                b++;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(src.charAt(i + 1))) {
                b += 4;
                i++;
            } else {
                b += 3;
            }
        }
        return b;
    }

    int lineStartOf(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineCount) - 1)];
    }

    /** Line number (1-based) containing char index p. */
    int lineOf(int p) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** Code point column (0-based) of p on its line: CPython's SyntaxError offsets count characters. */
    int charCol(int p) {
        int ls = lineStarts[lineOf(p) - 1];
        if (allAscii) {
            return p - ls;
        }
        return src.codePointCount(ls, Math.min(p, len));
    }

    /** Text of a line including its newline (CPython's SyntaxError.text). */
    String lineText(int line) {
        if (line < 1 || line > lineCount) {
            return null;
        }
        int s = lineStarts[line - 1];
        int e = Math.min(lineStarts[line], len);
        if (s > len) {
            return "";
        }
        return src.substring(s, e);
    }

    private Token make(int type, String text, int start, int startLine, int startLineStart) {
        emittedAny = true;
        lastType = type;
        return new Token(type, text, start, pos, startLine, byteCol(startLineStart, start), lineno, byteCol(lineStart, pos), parenDepth);
    }

    private Token makeSimple(int type, int start) {
        return make(type, null, start, lineno, lineStart);
    }

    private void newLine(int newlinePos) {
        lineno++;
        lineStart = newlinePos + 1;
    }

    private char peek(int off) {
        int p = pos + off;
        return p < len ? src.charAt(p) : '\0';
    }

    // ---------------------------------------------------------------- errors

    /** Error at the character at p (CPython: the tokenizer's cursor just after it). */
    private PySyntaxError error(String msg, int p) {
        return errors.tok(PySyntaxError.Kind.SYNTAX_ERROR, msg, p, false);
    }

    private PySyntaxError incomplete(String msg, int p) {
        return errors.tok(PySyntaxError.Kind.SYNTAX_ERROR, msg, p, true);
    }

    /** "unexpected EOF while parsing" after a trailing backslash. */
    private PySyntaxError eofError() {
        return soft(errors.atCur(PySyntaxError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing", len, true));
    }

    /** Errors CPython's tokenizer signals without an exception: they do not override a generic parser error. */
    private static PySyntaxError soft(PySyntaxError e) {
        e.origin = PySyntaxError.ORIGIN_SOFT;
        return e;
    }

    // ---------------------------------------------------------------- main loop

    Token next() {
        if (pendingDedents > 0) {
            pendingDedents--;
            return make(DEDENT, null, pos, lineno, lineStart);
        }
        if (frameTop > 0) {
            Frame f = frames[frameTop - 1];
            if (f.kind == FS_LITERAL) {
                return fstringLiteral(f);
            } else if (f.kind == FS_SPEC) {
                return fstringSpec(f);
            }
        }
        for (;;) {
            if (atLineStart) {
                atLineStart = false;
                Token t = indentation();
                if (t != null) {
                    return t;
                }
            }
            // skip blanks
            while (pos < len) {
                char c = src.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\f') {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos >= len) {
                return endOfInput();
            }
            int start = pos;
            char c = src.charAt(pos);
            if (c == '#') {
                commentStart = pos;
                while (pos < len && src.charAt(pos) != '\n') {
                    pos++;
                }
                if (typeComments) {
                    Token tc = typeComment(start);
                    if (tc != null) {
                        return tc;
                    }
                }
                continue;
            }
            if (c == '\n') {
                pos++;
                if (parenDepth > 0 || lastType == NEWLINE || !emittedAny) {
                    newLine(start);
                    if (parenDepth == 0) {
                        atLineStart = true;
                    }
                    continue;
                }
                // CPython's NEWLINE after a comment starts where the comment does
                int ns = commentStart >= lineStart && commentStart < start ? commentStart : start;
                Token t = make(NEWLINE, "", ns, lineno, lineStart);
                newLine(start);
                atLineStart = true;
                return t;
            }
            if (c == '\\') {
                if (pos + 1 < len && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    newLine(pos - 1);
                    if (pos >= len) {
                        throw eofError();
                    }
                    continue;
                }
                if (pos + 1 >= len) {
                    throw eofError();
                }
                int bl = lineOf(pos);
                throw soft(errors.at(PySyntaxError.Kind.SYNTAX_ERROR, "unexpected character after line continuation character", bl, charCol(pos) + 2,
                                bl, 0, false));
            }
            if (isAsciiIdentStart(c) || c >= 0x80) {
                return nameOrString(start);
            }
            if (c >= '0' && c <= '9' || c == '.' && pos + 1 < len && isDigit(src.charAt(pos + 1))) {
                return number(start);
            }
            if (c == '"' || c == '\'') {
                return string(start, start, false, false, false);
            }
            if (frameTop > 0) {
                Frame f = frames[frameTop - 1];
                if (f.kind == FS_FIELD && parenDepth == f.depth) {
                    if (c == '}') {
                        pos++;
                        parenDepth--;
                        frameTop--;
                        return makeSimple(RBRACE, start);
                    }
                    if (c == ':') {
                        pos++;
                        f.kind = FS_SPEC;
                        return makeSimple(COLON, start);
                    }
                }
            }
            return operator(start, c);
        }
    }

    /** Whether the tokenizer stopped inside an f-string (CPython then skips its look at the rest of the input). */
    boolean inFString() {
        return frameTop > 0;
    }

    /**
     * CPython's type comment recognition: "#", optional blanks, "type:", optional blanks. "type: ignore" followed by
     * nothing or a non-alphanumeric ASCII character is a TYPE_IGNORE whose text is the tag after "ignore".
     */
    private Token typeComment(int start) {
        int p = start + 1;
        while (p < pos && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            p++;
        }
        if (!src.startsWith("type:", p) || p + 5 > pos) {
            return null;
        }
        p += 5;
        while (p < pos && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            p++;
        }
        boolean blank = parenDepth == 0 && src.substring(lineStart, start).isBlank();
        int ignoreEnd = p + 6;
        if (ignoreEnd <= pos && src.startsWith("ignore", p)
                        && !(pos > ignoreEnd && (src.charAt(ignoreEnd) >= 128 || Character.isLetterOrDigit(src.charAt(ignoreEnd))))) {
            String tag = src.substring(ignoreEnd, pos);
            Token t = new Token(TYPE_IGNORE, blank && pos < len ? tag + "\n" : tag, ignoreEnd, pos, lineno, byteCol(lineStart, ignoreEnd), lineno,
                            byteCol(lineStart, pos), parenDepth);
            if (blank && pos < len) {
                // a type: ignore alone on its line takes the newline with it (and CPython keeps it in the tag)
                pos++;
                newLine(pos - 1);
                atLineStart = true;
            }
            return t;
        }
        return make(TYPE_COMMENT, src.substring(p, pos), p, lineno, lineStart);
    }

    private boolean inFStringExpr() {
        Frame f = frames[frameTop - 1];
        return f.kind == FS_FIELD;
    }

    private Token indentation() {
        if (parenDepth > 0) {
            return null;
        }
        int col = 0;
        int altcol = 0;
        int contCol = -1;
        int contAlt = -1;
        int p = pos;
        while (p < len) {
            char c = src.charAt(p);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\' && p + 1 < len && src.charAt(p + 1) == '\n') {
                // indentation cannot be split by a backslash: the first one fixes the level
                if (contCol < 0) {
                    contCol = col;
                    contAlt = altcol;
                }
                p++;
                newLine(p);
            } else {
                break;
            }
            p++;
        }
        if (contCol >= 0) {
            col = contCol;
            altcol = contAlt;
            if (p >= len) {
                pos = p;
                throw eofError();
            }
        }
        pos = p;
        if (p >= len) {
            return null;
        }
        char c = src.charAt(p);
        if (c == '#' || c == '\n') {
            return null; // blank line
        }
        if (col == indents[indentTop]) {
            if (altcol != altIndents[indentTop]) {
                throw tabError();
            }
            return null;
        }
        if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAXINDENT) {
                throw soft(errors.at(PySyntaxError.Kind.INDENTATION_ERROR, "too many levels of indentation", lineno, 1, lineno, 0, false));
            }
            if (altcol <= altIndents[indentTop]) {
                throw tabError();
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = altcol;
            return make(INDENT, null, pos, lineno, lineStart);
        }
        int n = 0;
        while (indentTop > 0 && col < indents[indentTop]) {
            indentTop--;
            n++;
        }
        if (col != indents[indentTop]) {
            int le = lineStarts[lineno] - 1; // the newline (or the end) of this line
            int lineChars = src.codePointCount(lineStart, Math.min(le, len)) + 1;
            throw soft(errors.at(PySyntaxError.Kind.INDENTATION_ERROR, "unindent does not match any outer indentation level", lineno, lineChars,
                            lineno, -1, false));
        }
        if (altcol != altIndents[indentTop]) {
            throw tabError();
        }
        pendingDedents = n - 1;
        return make(DEDENT, null, pos, lineno, lineStart);
    }

    private PySyntaxError tabError() {
        return soft(errors.at(PySyntaxError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", lineno, 1, lineno, 0, false));
    }

    private Token endOfInput() {
        if (frameTop > 0 && parenDepth == 0) {
            Frame f = frames[frameTop - 1];
            if (f.kind == FS_FIELD || f.kind == FS_SPEC) {
                throw incomplete("unterminated " + (f.triple ? "triple-quoted " : "") + "f-string literal (detected at line " + lineno + ")",
                                f.startPos);
            }
        }
        if (parenDepth > 0) {
            int p = parenPos[parenDepth - 1];
            int pl = parenLine[parenDepth - 1];
            PySyntaxError e = errors.at(PySyntaxError.Kind.SYNTAX_ERROR, "'" + parenChars[parenDepth - 1] + "' was never closed", pl, charCol(p) + 1,
                            pl, 0, true);
            e.origin = PySyntaxError.ORIGIN_UNCLOSED;
            throw e;
        }
        if (emittedAny && lastType != NEWLINE && lastType != DEDENT && lastType != INDENT) {
            int start = pos;
            Token t = new Token(NEWLINE, "", start, start, lineno, byteCol(lineStart, start), lineno, byteCol(lineStart, start) + 1, 0);
            lastType = NEWLINE;
            return t;
        }
        if (indentTop > 0) {
            indentTop--;
            return make(DEDENT, null, pos, lineno, lineStart);
        }
        return make(ENDMARKER, null, pos, lineno, lineStart);
    }

    // ---------------------------------------------------------------- names

    static boolean isAsciiIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isAsciiIdentPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token nameOrString(int start) {
        boolean ascii = true;
        while (pos < len) {
            char c = src.charAt(pos);
            if (isAsciiIdentPart(c)) {
                pos++;
            } else if (c >= 0x80) {
                int cp = src.codePointAt(pos);
                if (!isIdentifierPartCp(cp)) {
                    break;
                }
                ascii = false;
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        if (pos < len && ascii) {
            char q = src.charAt(pos);
            if ((q == '"' || q == '\'') && pos - start <= 2) {
                int plen = pos - start;
                boolean r = false;
                boolean b = false;
                boolean u = false;
                boolean f = false;
                boolean ok = true;
                for (int i = start; i < pos; i++) {
                    char pc = src.charAt(i);
                    if (pc == 'r' || pc == 'R') {
                        ok &= !r;
                        r = true;
                    } else if (pc == 'b' || pc == 'B') {
                        ok &= !b;
                        b = true;
                    } else if (pc == 'u' || pc == 'U') {
                        ok &= !u;
                        u = true;
                    } else if (pc == 'f' || pc == 'F') {
                        ok &= !f;
                        f = true;
                    } else {
                        ok = false;
                    }
                }
                if (ok && !(u && plen > 1) && !(b && f)) {
                    if (f) {
                        return fstringStart(start, r);
                    }
                    return string(start, pos, r, b, u);
                }
            }
        }
        if (pos == start) {
            // a character that cannot start anything
            int cp = src.codePointAt(pos);
            pos += Character.charCount(cp);
            throw invalidCharacter(start, cp);
        }
        String text;
        if (ascii) {
            text = src.substring(start, pos);
        } else {
            int cp0 = src.codePointAt(start);
            if (!(isIdentifierStartCp(cp0))) {
                throw invalidCharacter(start, cp0);
            }
            // verify every char
            for (int i = start; i < pos;) {
                int cp = src.codePointAt(i);
                if (!isIdentifierPartCp(cp)) {
                    throw invalidCharacter(i, cp);
                }
                i += Character.charCount(cp);
            }
            text = Normalizer.normalize(src.substring(start, pos), Normalizer.Form.NFKC);
        }
        int kw = TokenType.keyword(text);
        return make(kw, text, start, lineno, lineStart);
    }

    private PySyntaxError invalidCharacter(int at, int cp) {
        if (cp < 0x80 && (cp < 32 || cp == 127) || isNonPrintable(cp)) {
            return error(String.format("invalid non-printable character U+%04X", cp), at);
        }
        if (cp == '$' || cp == '?' || cp == '`') {
            int l = lineOf(at);
            PySyntaxError e = errors.at(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", l, charCol(at) + 1, l, charCol(at) + 2, false);
            e.origin = PySyntaxError.ORIGIN_SOFT;
            return e;
        }
        return error("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + String.format("%04X", cp) + ")", at);
    }

    private static boolean isNonPrintable(int cp) {
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
                        || t == Character.SURROGATE || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                        || t == Character.SPACE_SEPARATOR && cp != ' ';
    }

    static boolean isIdentifierStartCp(int cp) {
        if (cp < 0x80) {
            return isAsciiIdentStart((char) cp);
        }
        if (UnicodeVersion.assignedAfter15(cp)) {
            return false;
        }
        return Character.isUnicodeIdentifierStart(cp) || Character.getType(cp) == Character.LETTER_NUMBER || cp == 0x2118 || cp == 0x212E
                        || cp == 0x309B || cp == 0x309C;
    }

    static boolean isIdentifierPartCp(int cp) {
        if (cp < 0x80) {
            return isAsciiIdentPart((char) cp);
        }
        if (Character.isIdentifierIgnorable(cp) || UnicodeVersion.assignedAfter15(cp)) {
            return false;
        }
        return Character.isUnicodeIdentifierPart(cp) || cp == 0x00B7 || cp == 0x0387 || cp == 0x19DA || (cp >= 0x1369 && cp <= 0x1371);
    }

    // ---------------------------------------------------------------- numbers

    private Token number(int start) {
        char c = src.charAt(pos);
        if (c == '0') {
            char n = peek(1);
            if (n == 'x' || n == 'X') {
                pos += 2;
                radixDigits(16, "hexadecimal");
                return verifyEndOfNumber(start, "hexadecimal");
            }
            if (n == 'o' || n == 'O') {
                pos += 2;
                radixDigits(8, "octal");
                return verifyEndOfNumber(start, "octal");
            }
            if (n == 'b' || n == 'B') {
                pos += 2;
                radixDigits(2, "binary");
                return verifyEndOfNumber(start, "binary");
            }
            // zeros, maybe then other digits (only valid for floats/imaginary)
            boolean nonzero = false;
            pos++;
            for (;;) {
                c = peek(0);
                if (c == '0') {
                    pos++;
                } else if (c == '_') {
                    pos++;
                    if (!isDigit(peek(0))) {
                        pos--;
                        throw error("invalid decimal literal", pos);
                    }
                } else {
                    break;
                }
            }
            int zerosEnd = pos;
            if (isDigit(peek(0))) {
                nonzero = true;
                decimalDigits();
            }
            c = peek(0);
            if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                return floatRest(start);
            }
            if (nonzero) {
                throw errors.tokRange(PySyntaxError.Kind.SYNTAX_ERROR,
                                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, zerosEnd, false);
            }
            return verifyEndOfNumber(start, "decimal");
        }
        if (c != '.') {
            decimalDigits();
        }
        return floatRest(start);
    }

    private Token floatRest(int start) {
        char c = peek(0);
        if (c == '.') {
            pos++;
            if (isDigit(peek(0))) {
                decimalDigits();
            }
            c = peek(0);
        }
        if (c == 'e' || c == 'E') {
            int save = pos;
            pos++;
            char s = peek(0);
            if (s == '+' || s == '-') {
                pos++;
            }
            if (!isDigit(peek(0))) {
                if (pos > save + 1) {
                    throw error("invalid decimal literal", pos - 1);
                }
                pos = save;
                return verifyEndOfNumber(start, "decimal");
            }
            decimalDigits();
            c = peek(0);
        }
        if (c == 'j' || c == 'J') {
            pos++;
            return verifyEndOfNumber(start, "imaginary");
        }
        return verifyEndOfNumber(start, "decimal");
    }

    private void decimalDigits() {
        for (;;) {
            while (isDigit(peek(0))) {
                pos++;
            }
            if (peek(0) == '_') {
                pos++;
                if (!isDigit(peek(0))) {
                    pos--;
                    throw error("invalid decimal literal", pos);
                }
            } else {
                return;
            }
        }
    }

    private void radixDigits(int radix, String kind) {
        int digitsStart = pos;
        for (;;) {
            char c = peek(0);
            if (c == '_') {
                pos++;
                c = peek(0);
                if (Character.digit(c, radix) < 0 || c >= 0x80) {
                    if (radix < 10 && isDigit(c)) {
                        throw error("invalid digit '" + c + "' in " + kind + " literal", pos);
                    }
                    throw error("invalid " + kind + " literal", pos - 1);
                }
            }
            if (c < 0x80 && Character.digit(c, radix) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        if (pos == digitsStart) {
            char c = peek(0);
            if (radix < 10 && isDigit(c)) {
                throw error("invalid digit '" + c + "' in " + kind + " literal", pos);
            }
            throw error("invalid " + kind + " literal", pos - 1);
        }
        char c = peek(0);
        if (radix < 10 && isDigit(c)) {
            throw error("invalid digit '" + c + "' in " + kind + " literal", pos);
        }
    }

    private Token verifyEndOfNumber(int start, String kind) {
        char c = peek(0);
        if (pos < len && isAsciiIdentPart(c)) {
            // 3.12 accepts (with a warning) some keywords glued to a number: "1if x else y"
            String[] kws = {"and", "else", "for", "if", "in", "is", "not", "or"};
            for (String kw : kws) {
                if (src.startsWith(kw, pos)) {
                    int after = pos + kw.length();
                    if (after >= len || !isAsciiIdentPart(src.charAt(after))) {
                        return make(NUMBER, src.substring(start, pos), start, lineno, lineStart);
                    }
                }
            }
            throw error("invalid " + kind + " literal", pos - 1);
        }
        return make(NUMBER, src.substring(start, pos), start, lineno, lineStart);
    }

    // ---------------------------------------------------------------- strings

    private Token string(int start, int quotePos, boolean raw, boolean bytes, boolean u) {
        int startLine = lineno;
        int startLineStart = lineStart;
        pos = quotePos;
        char q = src.charAt(pos);
        boolean triple = pos + 2 < len && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        pos += triple ? 3 : 1;
        for (;;) {
            if (pos >= len) {
                throw unterminatedString(start, q, triple);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                if (pos + 1 < len) {
                    if (src.charAt(pos + 1) == '\n') {
                        newLine(pos + 1);
                    }
                    pos += 2;
                } else {
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw unterminatedString(start, q, false);
                }
                newLine(pos);
                pos++;
                continue;
            }
            if (c == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < len && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q) {
                    pos += 3;
                    break;
                }
            }
            pos++;
        }
        return make(STRING, src.substring(start, pos), start, startLine, startLineStart);
    }

    /** The line CPython names in "(detected at line N)": at the end of input, the last line with text. */
    private int detectedLine() {
        if (pos >= len && len > 0 && src.charAt(len - 1) == '\n') {
            return lineOf(len - 1);
        }
        return lineno;
    }

    private PySyntaxError unterminatedString(int start, char q, boolean triple) {
        if (frameTop > 0) {
            Frame f = frames[frameTop - 1];
            if (f.quote == q && f.triple == triple) {
                // inside an f-string's field: the quote was meant to close the f-string
                return error("f-string: expecting '}'", start);
            }
        }
        if (triple) {
            return incomplete("unterminated triple-quoted string literal (detected at line " + detectedLine() + ")", start);
        }
        return error("unterminated string literal (detected at line " + lineno + ")", start);
    }

    private Token fstringStart(int start, boolean raw) {
        char q = src.charAt(pos);
        boolean triple = pos + 2 < len && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        pos += triple ? 3 : 1;
        pushFrame(new Frame(FS_LITERAL, q, triple, raw, start, lineno, 0));
        return make(FSTRING_START, src.substring(start, pos), start, lineno, lineStart);
    }

    private void pushFrame(Frame f) {
        if (frameTop == frames.length) {
            frames = java.util.Arrays.copyOf(frames, frameTop * 2);
        }
        if (frameTop >= MAXLEVEL) {
            throw error("too many nested f-strings", pos);
        }
        frames[frameTop++] = f;
    }

    private boolean atClosingQuote(Frame f) {
        if (src.charAt(pos) != f.quote) {
            return false;
        }
        return !f.triple || pos + 2 < len && src.charAt(pos + 1) == f.quote && src.charAt(pos + 2) == f.quote;
    }

    private PySyntaxError unterminatedFString(Frame f) {
        String msg = "unterminated " + (f.triple ? "triple-quoted " : "") + "f-string literal (detected at line " + detectedLine() + ")";
        if (f.triple) {
            return incomplete(msg, f.startPos);
        }
        return error(msg, f.startPos);
    }

    private void openField(Frame f) {
        if (parenDepth >= MAXLEVEL) {
            throw error("too many nested parentheses", pos);
        }
        int specs = 0;
        for (int i = frameTop - 1; i >= 0 && frames[i].startPos == f.startPos; i--) {
            if (frames[i].kind == FS_SPEC) {
                specs++;
            }
        }
        if (specs >= 3) {
            throw error("f-string: expressions nested too deeply", pos - 1);
        }
        parenChars[parenDepth] = '{';
        parenPos[parenDepth] = pos;
        parenLine[parenDepth] = lineno;
        parenDepth++;
        pos++;
        pushFrame(new Frame(FS_FIELD, f.quote, f.triple, f.raw, f.startPos, f.startLine, parenDepth));
    }

    /** Skips a backslash escape inside f-string text; returns false when the backslash alone was consumed. */
    private void skipFStringEscape(Frame f) {
        char n = peek(1);
        if (n == '{' || n == '}') {
            pos++;
            return;
        }
        if (!f.raw && n == 'N' && peek(2) == '{') {
            int p = pos + 3;
            while (p < len && src.charAt(p) != '}' && src.charAt(p) != f.quote && src.charAt(p) != '\n') {
                p++;
            }
            if (p < len && src.charAt(p) == '}') {
                pos = p + 1;
                return;
            }
            pos = p; // an unterminated \N{...: the literal decoder reports it
            return;
        }
        if (n == '\n') {
            newLine(pos + 1);
        }
        pos += pos + 1 < len ? 2 : 1;
    }

    private Token fstringLiteral(Frame f) {
        int start = pos;
        int startLine = lineno;
        int startLineStart = lineStart;
        for (;;) {
            if (pos >= len) {
                throw unterminatedFString(f);
            }
            char c = src.charAt(pos);
            if (c == f.quote && atClosingQuote(f)) {
                if (pos > start) {
                    return make(FSTRING_MIDDLE, src.substring(start, pos), start, startLine, startLineStart);
                }
                pos += f.triple ? 3 : 1;
                frameTop--;
                return make(FSTRING_END, src.substring(start, pos), start, startLine, startLineStart);
            }
            if (c == '\n') {
                if (!f.triple) {
                    throw unterminatedFString(f);
                }
                newLine(pos);
                pos++;
                continue;
            }
            if (c == '\\') {
                skipFStringEscape(f);
                continue;
            }
            if (c == '{') {
                if (peek(1) == '{') {
                    pos += 2;
                    continue;
                }
                if (pos > start) {
                    return make(FSTRING_MIDDLE, src.substring(start, pos), start, startLine, startLineStart);
                }
                openField(f);
                return make(LBRACE, null, start, startLine, startLineStart);
            }
            if (c == '}') {
                if (peek(1) == '}') {
                    pos += 2;
                    continue;
                }
                if (pos > start) {
                    return make(FSTRING_MIDDLE, src.substring(start, pos), start, startLine, startLineStart);
                }
                throw error("f-string: single '}' is not allowed", pos);
            }
            pos++;
        }
    }

    private Token fstringSpec(Frame f) {
        int start = pos;
        int startLine = lineno;
        int startLineStart = lineStart;
        for (;;) {
            if (pos >= len) {
                throw unterminatedFString(f);
            }
            char c = src.charAt(pos);
            if (c == f.quote && atClosingQuote(f)) {
                if (pos > start) {
                    return make(FSTRING_MIDDLE, src.substring(start, pos), start, startLine, startLineStart);
                }
                int l = lineOf(pos);
                PySyntaxError e = errors.at(PySyntaxError.Kind.SYNTAX_ERROR, "f-string: expecting '}', or format specs", l, charCol(pos) + 1, l,
                                charCol(pos) + 2, false);
                e.origin = PySyntaxError.ORIGIN_TOKENIZER;
                throw e;
            }
            if (c == '\n') {
                if (!f.triple) {
                    // a single-quoted f-string's format spec ends its text at a newline, which is skipped
                    if (pos > start) {
                        return make(FSTRING_MIDDLE, src.substring(start, pos), start, startLine, startLineStart);
                    }
                    newLine(pos);
                    pos++;
                    start = pos;
                    startLine = lineno;
                    startLineStart = lineStart;
                    continue;
                }
                newLine(pos);
                pos++;
                continue;
            }
            if (c == '\\') {
                skipFStringEscape(f);
                continue;
            }
            if (c == '{') {
                if (pos > start) {
                    return make(FSTRING_MIDDLE, src.substring(start, pos), start, startLine, startLineStart);
                }
                openField(f);
                return make(LBRACE, null, start, startLine, startLineStart);
            }
            if (c == '}') {
                if (pos > start) {
                    return make(FSTRING_MIDDLE, src.substring(start, pos), start, startLine, startLineStart);
                }
                pos++;
                parenDepth--;
                frameTop--;
                return make(RBRACE, null, start, startLine, startLineStart);
            }
            pos++;
        }
    }

    // ---------------------------------------------------------------- operators

    private void openParen(char c, int start) {
        if (parenDepth >= MAXLEVEL) {
            throw error("too many nested parentheses", start);
        }
        parenChars[parenDepth] = c;
        parenPos[parenDepth] = start;
        parenLine[parenDepth] = lineno;
        parenDepth++;
    }

    private void closeParen(char c, int start) {
        if (parenDepth == 0) {
            throw error("unmatched '" + c + "'", start);
        }
        char open = parenChars[parenDepth - 1];
        if (frameTop > 0 && frames[frameTop - 1].kind == FS_FIELD && parenDepth == frames[frameTop - 1].depth) {
            throw error("f-string: unmatched '" + c + "'", start);
        }
        if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
            int openLine = parenLine[parenDepth - 1];
            if (openLine != lineno) {
                throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "' on line " + openLine, start);
            }
            throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'", start);
        }
        parenDepth--;
    }

    private Token operator(int start, char c) {
        char c1 = peek(1);
        char c2 = peek(2);
        int type;
        int n = 1;
        switch (c) {
            case '(' -> {
                openParen(c, start);
                type = LPAR;
            }
            case ')' -> {
                closeParen(c, start);
                type = RPAR;
            }
            case '[' -> {
                openParen(c, start);
                type = LSQB;
            }
            case ']' -> {
                closeParen(c, start);
                type = RSQB;
            }
            case '{' -> {
                openParen(c, start);
                type = LBRACE;
            }
            case '}' -> {
                closeParen(c, start);
                type = RBRACE;
            }
            case ':' -> {
                if (c1 == '=') {
                    type = COLONEQUAL;
                    n = 2;
                } else {
                    type = COLON;
                }
            }
            case ',' -> type = COMMA;
            case ';' -> type = SEMI;
            case '+' -> {
                type = c1 == '=' ? PLUSEQUAL : PLUS;
                n = c1 == '=' ? 2 : 1;
            }
            case '-' -> {
                if (c1 == '=') {
                    type = MINEQUAL;
                    n = 2;
                } else if (c1 == '>') {
                    type = RARROW;
                    n = 2;
                } else {
                    type = MINUS;
                }
            }
            case '*' -> {
                if (c1 == '*') {
                    if (c2 == '=') {
                        type = DOUBLESTAREQUAL;
                        n = 3;
                    } else {
                        type = DOUBLESTAR;
                        n = 2;
                    }
                } else if (c1 == '=') {
                    type = STAREQUAL;
                    n = 2;
                } else {
                    type = STAR;
                }
            }
            case '/' -> {
                if (c1 == '/') {
                    if (c2 == '=') {
                        type = DOUBLESLASHEQUAL;
                        n = 3;
                    } else {
                        type = DOUBLESLASH;
                        n = 2;
                    }
                } else if (c1 == '=') {
                    type = SLASHEQUAL;
                    n = 2;
                } else {
                    type = SLASH;
                }
            }
            case '|' -> {
                type = c1 == '=' ? VBAREQUAL : VBAR;
                n = c1 == '=' ? 2 : 1;
            }
            case '&' -> {
                type = c1 == '=' ? AMPEREQUAL : AMPER;
                n = c1 == '=' ? 2 : 1;
            }
            case '<' -> {
                if (c1 == '<') {
                    if (c2 == '=') {
                        type = LEFTSHIFTEQUAL;
                        n = 3;
                    } else {
                        type = LEFTSHIFT;
                        n = 2;
                    }
                } else if (c1 == '=') {
                    type = LESSEQUAL;
                    n = 2;
                } else if (c1 == '>') {
                    type = NOTEQUAL; // '<>' is only valid with barry_as_FLUFL; the parser rejects it
                    n = 2;
                    pos += 2;
                    return make(type, "<>", start, lineno, lineStart);
                } else {
                    type = LESS;
                }
            }
            case '>' -> {
                if (c1 == '>') {
                    if (c2 == '=') {
                        type = RIGHTSHIFTEQUAL;
                        n = 3;
                    } else {
                        type = RIGHTSHIFT;
                        n = 2;
                    }
                } else if (c1 == '=') {
                    type = GREATEREQUAL;
                    n = 2;
                } else {
                    type = GREATER;
                }
            }
            case '=' -> {
                type = c1 == '=' ? EQEQUAL : EQUAL;
                n = c1 == '=' ? 2 : 1;
            }
            case '!' -> {
                type = c1 == '=' ? NOTEQUAL : EXCLAMATION;
                n = c1 == '=' ? 2 : 1;
            }
            case '.' -> {
                if (c1 == '.' && c2 == '.') {
                    type = ELLIPSIS;
                    n = 3;
                } else {
                    type = DOT;
                }
            }
            case '%' -> {
                type = c1 == '=' ? PERCENTEQUAL : PERCENT;
                n = c1 == '=' ? 2 : 1;
            }
            case '~' -> type = TILDE;
            case '^' -> {
                type = c1 == '=' ? CIRCUMFLEXEQUAL : CIRCUMFLEX;
                n = c1 == '=' ? 2 : 1;
            }
            case '@' -> {
                type = c1 == '=' ? ATEQUAL : AT;
                n = c1 == '=' ? 2 : 1;
            }
            default -> {
                pos++;
                if (c == '$' || c == '?' || c == '`') {
                    return make(ERRORTOKEN, String.valueOf(c), start, lineno, lineStart);
                }
                throw invalidCharacter(start, c);
            }
        }
        pos += n;
        return make(type, TokenType.spelling(type), start, lineno, lineStart);
    }
}
