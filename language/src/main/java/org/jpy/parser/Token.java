package org.jpy.parser;

/**
 * One token. Positions are kept in both units the parser needs: {@code startPos/endPos} index the decoded source
 * (for error offsets and debug text of f-strings) and {@code col/endCol} are CPython's UTF-8 byte columns (for AST
 * locations), so neither has to be recomputed later.
 */
final class Token {
    final int type;
    /** Source text of the token (names are NFKC-normalized); null for INDENT/DEDENT/ENDMARKER. */
    final String text;
    final int startPos;
    final int endPos;
    final int lineno;
    final int col;
    final int endLineno;
    final int endCol;
    /** Bracket nesting depth after this token (CPython's token {@code level}). */
    final int level;

    Token(int type, String text, int startPos, int endPos, int lineno, int col, int endLineno, int endCol, int level) {
        this.type = type;
        this.text = text;
        this.startPos = startPos;
        this.endPos = endPos;
        this.lineno = lineno;
        this.col = col;
        this.endLineno = endLineno;
        this.endCol = endCol;
        this.level = level;
    }

    @Override
    public String toString() {
        return TokenType.name(type) + "(" + text + ")@" + lineno + ":" + col + "-" + endLineno + ":" + endCol;
    }
}
