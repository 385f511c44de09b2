package org.jpy.parser;

import static org.jpy.parser.TokenType.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jpy.parser.ast.Alias;
import org.jpy.parser.ast.Arg;
import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.BoolOpKind;
import org.jpy.parser.ast.CmpOp;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ConstantValue;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.ExprContext;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.Located;
import org.jpy.parser.ast.MatchCase;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Operator;
import org.jpy.parser.ast.Pattern;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.TypeParam;
import org.jpy.parser.ast.UnaryOpKind;
import org.jpy.parser.ast.WithItem;

/**
 * The Python 3.12 grammar as a hand-written recursive-descent parser. The grammar is LL(1)-ish once targets are
 * parsed as expressions and converted afterwards (as CPython's own actions do), so the common path never backtracks;
 * the few genuinely ambiguous spots (soft keywords {@code match}/{@code type}, parenthesized {@code with} items)
 * try one reading and rewind. A failure raises {@link PySyntaxError} at the farthest token read, which is where
 * CPython's PEG parser reports "invalid syntax"; the specific CPython messages are raised at the point the
 * corresponding {@code invalid_*} rule would match.
 */
final class PythonParser {
    final Tokenizer tokenizer;
    final ErrorReporter errors;
    final ParserOptions options;
    final String filename;
    private final Literals literals;

    private Token[] toks = new Token[512];
    private int fill;
    int pos;

    PythonParser(String source, String filename, ParserOptions options) {
        this.filename = filename;
        this.options = options;
        this.errors = new ErrorReporter(filename);
        this.tokenizer = new Tokenizer(source, errors);
        this.tokenizer.typeComments = options.typeComments();
        this.literals = new Literals(this);
    }

    // ================================================================ token access

    /** CPython's CHECK_VERSION for ast.parse(feature_version=...): reported at the last token read. */
    private void checkVersion(int minor, String what) {
        if (options.featureVersion() < minor) {
            throw errorAtLast(what + " only supported in Python 3." + minor + " and greater");
        }
    }

    /** "# type: ignore" comments seen so far (type comments mode only). */
    private List<Mod.TypeIgnore> typeIgnores;

    /** An optional TYPE_COMMENT token at the current position (type comments mode only). */
    private String typeComment() {
        if (type() == TYPE_COMMENT) {
            String t = tok().text;
            pos++;
            return t;
        }
        return null;
    }

    /** Farthest token index looked at outside error-only checks: where CPython's first pass stopped. */
    private int examined;

    Token at(int i) {
        if (i > examined && noInvalid == 0) {
            examined = i;
        }
        while (i >= fill) {
            Token t = tokenizer.next();
            if (t.type == TYPE_IGNORE) {
                if (typeIgnores == null) {
                    typeIgnores = new ArrayList<>();
                }
                typeIgnores.add(new Mod.TypeIgnore(t.lineno, t.text));
                continue;
            }
            if (fill == toks.length) {
                toks = java.util.Arrays.copyOf(toks, fill * 2);
            }
            toks[fill++] = t;
        }
        return toks[i];
    }

    Token tok() {
        return at(pos);
    }

    int type() {
        return at(pos).type;
    }

    int typeAt(int i) {
        return at(i).type;
    }

    boolean accept(int type) {
        if (at(pos).type == type) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(int type) {
        Token t = at(pos);
        if (t.type != type) {
            throw expected(type);
        }
        pos++;
        return t;
    }

    private PySyntaxError expected(int type) {
        return invalidSyntax();
    }

    boolean isName(String s) {
        Token t = at(pos);
        return t.type == NAME && t.text.equals(s);
    }

    String name() {
        Token t = at(pos);
        if (t.type != NAME) {
            throw invalidSyntax();
        }
        pos++;
        return t.text;
    }

    Loc loc(int startTok) {
        Token a = toks[startTok];
        Token b = toks[pos - 1];
        return new Loc(a.lineno, a.col, b.endLineno, b.endCol);
    }

    static Loc span(Loc a, Loc b) {
        return new Loc(a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset());
    }

    /** Location from a token to the last non-whitespace token consumed (how CPython ends compound statements). */
    Loc locBlock(int startTok) {
        int e = pos - 1;
        while (e > startTok) {
            int t = toks[e].type;
            if (t != NEWLINE && t != INDENT && t != DEDENT && t != ENDMARKER) {
                break;
            }
            e--;
        }
        Token a = toks[startTok];
        Token b = toks[e];
        return new Loc(a.lineno, a.col, b.endLineno, b.endCol);
    }

    Loc locTo(int startTok, Loc end) {
        Token a = toks[startTok];
        return new Loc(a.lineno, a.col, end.endLineno(), end.endColOffset());
    }

    static Loc tokLoc(Token t) {
        return new Loc(t.lineno, t.col, t.endLineno, t.endCol);
    }

    // ================================================================ errors

    /** CPython's generic error: "invalid syntax" at the last token fetched ("unexpected indent" if that is an INDENT). */
    PySyntaxError invalidSyntax() {
        Token t = at(Math.max(examined, pos));
        PySyntaxError e;
        if (t.type == INDENT) {
            e = errors.atCur(PySyntaxError.Kind.INDENTATION_ERROR, "unexpected indent", t.endPos, false);
            e.origin = PySyntaxError.ORIGIN_FINAL;
        } else if (t.type == DEDENT && t.endPos < tokenizer.src.length()) {
            e = errors.atCur(PySyntaxError.Kind.INDENTATION_ERROR, "unexpected unindent", t.endPos, false);
            e.origin = PySyntaxError.ORIGIN_FINAL;
        } else if (t.type == ENDMARKER || t.type == DEDENT) {
            // CPython's known location of a token without column: offset 0, end offset 0, on the last line
            String src = tokenizer.src;
            int line = src.isEmpty() ? 0 : tokenizer.lineOf(src.length() - 1);
            e = errors.at(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", line, 0, line, 0, true);
            e.origin = PySyntaxError.ORIGIN_GENERIC;
        } else {
            e = errorAtTokenCur("invalid syntax", t);
            e.origin = PySyntaxError.ORIGIN_GENERIC;
        }
        return e;
    }

    /** A generic "invalid syntax" at a given token (where CPython's first pass stopped). */
    PySyntaxError invalidSyntaxAt(Token t) {
        PySyntaxError e = errorAtTokenCur("invalid syntax", t);
        e.origin = PySyntaxError.ORIGIN_GENERIC;
        return e;
    }

    PySyntaxError indentationErrorAt(String msg, Token t) {
        if (t.type == INDENT || t.type == DEDENT || t.type == ENDMARKER) {
            return errors.atCur(PySyntaxError.Kind.INDENTATION_ERROR, msg, t.endPos, t.endPos >= tokenizer.src.length());
        }
        return errorAtLoc(PySyntaxError.Kind.INDENTATION_ERROR, msg, tokLoc(t));
    }

    /** CPython's RAISE_SYNTAX_ERROR without location: at the last token fetched. */
    PySyntaxError errorAtLast(String msg) {
        return errorAtTokenCur(msg, at(examined));
    }

    /** An error at a token the way CPython's {@code _PyPegen_raise_error} places it. */
    PySyntaxError errorAtTokenCur(String msg, Token t) {
        if (t.type == ENDMARKER && tokenizer.src.isEmpty()) {
            return errors.at(PySyntaxError.Kind.SYNTAX_ERROR, msg, 0, 0, 0, 0, true);
        }
        if (t.type == INDENT || t.type == DEDENT || t.type == ENDMARKER) {
            return errors.atCur(PySyntaxError.Kind.SYNTAX_ERROR, msg, t.endPos, t.type == ENDMARKER || t.endPos >= tokenizer.src.length());
        }
        return errorAtToken(msg, t);
    }

    /**
     * After a generic "invalid syntax", CPython tokenizes the rest of the input: a tokenizer error found there wins,
     * and an unclosed bracket wins if it was opened on an earlier line than the error.
     */
    PySyntaxError refineGeneric(PySyntaxError e) {
        if (e.origin != PySyntaxError.ORIGIN_GENERIC && e.origin != 0 || tokenizer.inFString()) {
            return e;
        }
        int lastReadLine = fill > 0 ? toks[fill - 1].lineno : 0;
        try {
            for (int i = 0; i < 1_000_000; i++) {
                Token t = tokenizer.next();
                if (t.type == ENDMARKER) {
                    break;
                }
            }
        } catch (PySyntaxError te) {
            if (te.origin == PySyntaxError.ORIGIN_UNCLOSED) {
                // compared with the last token the parser read, not with the error's position
                return lastReadLine > te.lineno() ? te : e;
            }
            if (te.origin == PySyntaxError.ORIGIN_SOFT) {
                return e;
            }
            return te;
        }
        return e;
    }

    PySyntaxError errorAtToken(String msg, Token t) {
        return errorRange(msg, t, t);
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE between two tokens. */
    PySyntaxError errorRange(String msg, Token a, Token b) {
        return errorAtLoc(msg, new Loc(a.lineno, a.col, b.endLineno, b.endCol));
    }

    PySyntaxError errorAtNode(String msg, Located node) {
        return errorAtLoc(msg, node.loc());
    }

    /** Error spanning an AST location (byte columns converted to characters on the start line, as CPython does). */
    PySyntaxError errorAtLoc(String msg, Loc l) {
        return errorAtLoc(PySyntaxError.Kind.SYNTAX_ERROR, msg, l);
    }

    PySyntaxError errorAtLoc(PySyntaxError.Kind kind, String msg, Loc l) {
        String text = errors.lineWithNewline(l.lineno());
        int off = byteToCharOffset(text, l.colOffset() + 1);
        int endOff = l.endColOffset() + 1 > 0 ? byteToCharOffset(text, l.endColOffset() + 1) : l.endColOffset() + 1;
        return errors.at(kind, msg, l.lineno(), off, l.endLineno(), endOff, false);
    }

    /** CPython's {@code _PyPegen_byte_offset_to_character_offset}: chars in the first {@code n} bytes (clamped). */
    static int byteToCharOffset(String text, int n) {
        if (text == null) {
            return n;
        }
        int b = 0;
        int chars = 0;
        int i = 0;
        while (i < text.length() && b < n) {
            int cp = text.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            chars++;
        }
        if (b < n) {
            chars++; // the terminating NUL CPython counts when the offset is one past the end
        }
        return chars;
    }

    /** Tokens already warned about: speculative parses may decode the same literal twice. */
    private java.util.Set<String> warned;

    void warnOnce(Token t, String category, String msg) {
        if (options.warnings() == WarningSink.IGNORE) {
            return;
        }
        if (warned == null) {
            warned = new java.util.HashSet<>();
        }
        if (warned.add(t.startPos + ":" + msg)) {
            warn(category, msg, t.lineno);
        }
    }

    void warn(String category, String msg, int lineno) {
        options.warnings().warn(category, msg, filename, lineno);
    }

    // ================================================================ entry points

    Mod.Module fileInput() {
        List<Stmt> body = new ArrayList<>();
        while (type() != ENDMARKER) {
            statement(body);
        }
        return new Mod.Module(body, typeIgnores == null ? List.of() : typeIgnores);
    }

    Mod.Interactive interactive() {
        List<Stmt> body = new ArrayList<>();
        int t = type();
        if (t == NEWLINE) {
            pos++;
        } else if (t == ENDMARKER) {
            int l = tokenizer.src.isEmpty() ? 0 : 1;
            throw errors.at(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", l, 0, l, 0, true);
        } else {
            if (isCompoundStart()) {
                int start = pos;
                statement(body);
                if (type() == NEWLINE) {
                    pos++;
                } else {
                    // a one-line compound statement needs the empty line that ends it in the REPL
                    String src = tokenizer.src;
                    Token e = tok();
                    if (toks[start].lineno == toks[pos - 1].lineno && !src.endsWith("\n") && e.type == ENDMARKER) {
                        throw errors.at(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", toks[start].lineno, 0, toks[start].lineno, 0, true);
                    }
                }
            } else {
                simpleStmts(body);
            }
        }
        if (type() != ENDMARKER) {
            throw errorAtToken("multiple statements found while compiling a single statement", toks[pos - 1]);
        }
        return new Mod.Interactive(body);
    }

    Mod.Expression evalInput() {
        Expr e = expressions();
        while (type() == NEWLINE) {
            pos++;
        }
        if (type() != ENDMARKER) {
            throw invalidSyntax();
        }
        return new Mod.Expression(e);
    }

    Mod.FunctionType funcTypeInput() {
        expect(LPAR);
        List<Expr> argtypes = new ArrayList<>();
        while (type() != RPAR) {
            // CPython's type_expressions keep the expression after '*' or '**' without the star
            if (!accept(STAR)) {
                accept(DOUBLESTAR);
            }
            argtypes.add(expression());
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        expect(RARROW);
        Expr ret = expression();
        while (type() == NEWLINE) {
            pos++;
        }
        if (type() != ENDMARKER) {
            throw invalidSyntax();
        }
        return new Mod.FunctionType(argtypes, ret);
    }

    // ================================================================ statements

    private boolean isCompoundStart() {
        int t = type();
        switch (t) {
            case KW_DEF, KW_IF, KW_CLASS, KW_WITH, KW_FOR, KW_TRY, KW_WHILE, AT, KW_ASYNC:
                return true;
            case NAME:
                return isName("match") && looksLikeMatch();
            default:
                return false;
        }
    }

    void statement(List<Stmt> out) {
        switch (type()) {
            case KW_DEF -> out.add(functionDef(pos, List.of(), false));
            case KW_IF -> out.add(ifStmt());
            case KW_CLASS -> out.add(classDef(pos, List.of()));
            case KW_WITH -> out.add(withStmt(pos, false));
            case KW_FOR -> out.add(forStmt(pos, false));
            case KW_TRY -> out.add(tryStmt());
            case KW_WHILE -> out.add(whileStmt());
            case AT -> out.add(decorated());
            case KW_ASYNC -> out.add(asyncStmt());
            case NAME -> {
                if (isName("match")) {
                    matchColonError = null;
                    Stmt m = tryMatchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                    PySyntaxError pending = matchColonError;
                    matchColonError = null;
                    if (pending != null) {
                        // "match x" + NEWLINE: only an error if it is not a valid expression statement either
                        try {
                            simpleStmts(out);
                        } catch (PySyntaxError e) {
                            if (e.fromTokenizer()) {
                                throw e;
                            }
                            throw pending;
                        }
                        return;
                    }
                }
                simpleStmts(out);
            }
            case INDENT -> throw invalidSyntax();
            default -> simpleStmts(out);
        }
    }

    private Stmt asyncStmt() {
        int s = pos;
        pos++;
        return switch (type()) {
            case KW_DEF -> functionDef(s, List.of(), true);
            case KW_WITH -> withStmt(s, true);
            case KW_FOR -> forStmt(s, true);
            default -> throw invalidSyntax();
        };
    }

    void simpleStmts(List<Stmt> out) {
        for (;;) {
            out.add(simpleStmt());
            if (accept(SEMI)) {
                if (type() == NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (type() != NEWLINE) {
            throw invalidSyntax();
        }
        pos++;
    }

    private Stmt simpleStmt() {
        int s = pos;
        switch (type()) {
            case KW_PASS:
                pos++;
                return new Stmt.Pass(loc(s));
            case KW_BREAK:
                pos++;
                return new Stmt.Break(loc(s));
            case KW_CONTINUE:
                pos++;
                return new Stmt.Continue(loc(s));
            case KW_RETURN: {
                pos++;
                Expr v = startsExpression(type()) ? starExpressions() : null;
                return new Stmt.Return(v, loc(s));
            }
            case KW_RAISE: {
                pos++;
                Expr exc = null;
                Expr cause = null;
                if (startsExpression(type())) {
                    exc = expression();
                    if (accept(KW_FROM)) {
                        cause = expression();
                    }
                }
                return new Stmt.Raise(exc, cause, loc(s));
            }
            case KW_GLOBAL:
            case KW_NONLOCAL: {
                boolean global = type() == KW_GLOBAL;
                pos++;
                List<String> names = new ArrayList<>();
                names.add(name());
                while (accept(COMMA)) {
                    names.add(name());
                }
                return global ? new Stmt.Global(names, loc(s)) : new Stmt.Nonlocal(names, loc(s));
            }
            case KW_DEL:
                return delStmt();
            case KW_ASSERT: {
                pos++;
                Expr test = expression();
                Expr msg = accept(COMMA) ? expression() : null;
                return new Stmt.Assert(test, msg, loc(s));
            }
            case KW_IMPORT:
                return importName();
            case KW_FROM:
                return importFrom();
            case NAME:
                if (isName("type") && typeAt(pos + 1) == NAME && (typeAt(pos + 2) == EQUAL || typeAt(pos + 2) == LSQB)) {
                    Stmt t = tryTypeAlias();
                    if (t != null) {
                        return t;
                    }
                }
                return exprStmt();
            default:
                return exprStmt();
        }
    }

    private Stmt tryTypeAlias() {
        int s = pos;
        pos++;
        Token nameTok = tok();
        String n = name();
        Expr target = new Expr.Name(n, ExprContext.Store, tokLoc(nameTok));
        List<TypeParam> tps = List.of();
        if (type() == LSQB) {
            try {
                tps = typeParams();
            } catch (PySyntaxError e) {
                if (e.origin != PySyntaxError.ORIGIN_GENERIC) {
                    throw e;
                }
                if (e.fromTokenizer()) {
                    throw e;
                }
                pos = s;
                return null;
            }
            if (type() != EQUAL) {
                pos = s;
                return null;
            }
        }
        expect(EQUAL);
        Expr value = expression();
        Loc tl = loc(s);
        type();
        checkVersion(12, "Type statement is");
        return new Stmt.TypeAlias(target, tps, value, tl);
    }

    private Stmt exprStmt() {
        int s = pos;
        Expr e;
        if (type() == KW_YIELD) {
            e = yieldExpr();
        } else {
            e = starExpressions();
        }
        int t = type();
        if (t == EQUAL) {
            List<Expr> targets = new ArrayList<>();
            Expr value = e;
            boolean valueIsYield = toks[s].type == KW_YIELD;
            while (type() == EQUAL) {
                if (valueIsYield || Targets.invalid(value, ExprContext.Store) != null) {
                    // CPython's invalid_assignment, in its order: the first target misread as a comparison, then
                    // the yield target, then the invalid target itself
                    int here = pos;
                    pos = s + countTokens(s, targets.isEmpty() ? value : targets.get(0));
                    if (type() == EQUAL) {
                        checkMisusedEquals(s, targets.isEmpty() ? value : targets.get(0), true);
                    }
                    pos = here;
                    if (valueIsYield) {
                        throw errorAtNode("assignment to yield expression not possible", value);
                    }
                }
                targets.add(Targets.store(this, value, true));
                pos++;
                valueIsYield = type() == KW_YIELD;
                value = valueIsYield ? yieldExpr() : starExpressions();
            }
            String tc = typeComment();
            return new Stmt.Assign(targets, value, tc, loc(s));
        }
        if (t == COLON) {
            if (toks[s].type == KW_YIELD) {
                throw invalidSyntax();
            }
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                // CPython reports the bad target only if the annotation parses; else "invalid syntax" at ':'
                Token colon = tok();
                int mark = pos;
                pos++;
                noInvalid++;
                boolean ok;
                try {
                    expression();
                    ok = true;
                } catch (PySyntaxError x) {
                    if (x.fromTokenizer()) {
                        throw x;
                    }
                    ok = false;
                } finally {
                    noInvalid--;
                }
                pos = mark;
                if (!ok) {
                    throw invalidSyntaxAt(colon);
                }
            }
            Expr target = Targets.annotationTarget(this, e);
            int simple = e instanceof Expr.Name && toks[s].type != LPAR ? 1 : 0;
            pos++;
            Expr ann = expression();
            Expr value = null;
            if (accept(EQUAL)) {
                value = type() == KW_YIELD ? yieldExpr() : starExpressions();
            }
            Loc al = loc(s);
            type();
            checkVersion(6, "Variable annotation syntax is");
            return new Stmt.AnnAssign(target, ann, value, simple, al);
        }
        Operator aug = augOp(t);
        if (aug != null) {
            Expr target = Targets.augTarget(this, e);
            pos++;
            Expr value = type() == KW_YIELD ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(target, aug, value, loc(s));
        }
        return new Stmt.ExprStmt(e, loc(s));
    }

    private static Operator augOp(int t) {
        return switch (t) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    private Stmt delStmt() {
        int s = pos;
        pos++;
        List<Expr> targets = new ArrayList<>();
        for (;;) {
            Expr e = type() == STAR ? starTargetExpr() : bitwiseOr();
            targets.add(Targets.del(this, e));
            if (!accept(COMMA)) {
                break;
            }
            if (type() == NEWLINE || type() == SEMI) {
                break;
            }
        }
        if (type() != NEWLINE && type() != SEMI) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(targets, loc(s));
    }

    private Stmt importName() {
        int s = pos;
        pos++;
        List<Alias> names = new ArrayList<>();
        for (;;) {
            int a = pos;
            String n = dottedName();
            String as = null;
            if (accept(KW_AS)) {
                as = name();
            }
            names.add(new Alias(n, as, loc(a)));
            if (!accept(COMMA)) {
                break;
            }
        }
        if (type() == KW_FROM && noInvalid == 0) {
            int mark = pos;
            pos++;
            if (type() == NAME) {
                dottedName();
                Token imp = toks[s];
                Token last = tok();
                int line = imp.lineno;
                int endOff = last.lineno == line ? tokenizer.charCol(last.endPos) : -1;
                throw errors.at(PySyntaxError.Kind.SYNTAX_ERROR, "Did you mean to use 'from ... import ...' instead?", line,
                                tokenizer.charCol(imp.startPos) + 1, line, endOff, false);
            }
            pos = mark;
        }
        return new Stmt.Import(names, loc(s));
    }

    private String dottedName() {
        String n = name();
        if (type() != DOT) {
            return n;
        }
        StringBuilder sb = new StringBuilder(n);
        while (accept(DOT)) {
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        int s = pos;
        pos++;
        int level = 0;
        for (;;) {
            if (accept(DOT)) {
                level++;
            } else if (accept(ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (type() != KW_IMPORT || level == 0) {
            module = dottedName();
        }
        expect(KW_IMPORT);
        List<Alias> names = new ArrayList<>();
        if (type() == STAR) {
            int a = pos;
            pos++;
            names.add(new Alias("*", null, loc(a)));
        } else {
            boolean paren = accept(LPAR);
            for (;;) {
                int a = pos;
                String n = name();
                String as = null;
                if (accept(KW_AS)) {
                    as = name();
                }
                names.add(new Alias(n, as, loc(a)));
                if (!accept(COMMA)) {
                    break;
                }
                if (paren && type() == RPAR) {
                    break;
                }
                if (!paren && type() == NEWLINE) {
                    throw errorAtLast("trailing comma not allowed without surrounding parentheses");
                }
            }
            if (paren) {
                expect(RPAR);
            }
        }
        return new Stmt.ImportFrom(module, names, level, loc(s));
    }

    // ---------------------------------------------------------------- blocks

    List<Stmt> block(String what, int headerLine) {
        if (type() == NEWLINE) {
            pos++;
            if (type() != INDENT) {
                throw indentationErrorAt("expected an indented block after " + what + " on line " + headerLine, tok());
            }
            pos++;
            List<Stmt> body = new ArrayList<>();
            while (type() != DEDENT) {
                if (type() == ENDMARKER) {
                    throw invalidSyntax();
                }
                statement(body);
            }
            pos++;
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStmts(body);
        return body;
    }

    private static Loc lastLoc(List<Stmt> body) {
        return body.get(body.size() - 1).loc();
    }

    /** A header's ':' where CPython's invalid_* rule reports "expected ':'" only before a NEWLINE. */
    private void expectColon() {
        if (type() != COLON) {
            if (type() == NEWLINE) {
                throw errorAtLast("expected ':'");
            }
            throw invalidSyntax();
        }
        pos++;
    }

    /** A forced ':' ({@code &&':'} in CPython's grammar): "expected ':'" at whatever token is there. */
    private void expectColonForced() {
        if (type() != COLON) {
            throw errorAtToken("expected ':'", tok());
        }
        pos++;
    }

    private Stmt ifStmt() {
        int s = pos;
        Token kw = tok();
        pos++;
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + (kw.type == KW_IF ? "if" : "elif") + "' statement", kw.lineno);
        List<Stmt> orelse;
        if (type() == KW_ELIF) {
            orelse = List.of(ifStmt());
        } else if (type() == KW_ELSE) {
            Token ek = tok();
            pos++;
            expectColonForced();
            orelse = block("'else' statement", ek.lineno);
        } else {
            orelse = List.of();
        }
        return new Stmt.If(test, body, orelse, locBlock(s));
    }

    private Stmt whileStmt() {
        int s = pos;
        Token kw = tok();
        pos++;
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", kw.lineno);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(test, body, orelse, locBlock(s));
    }

    private List<Stmt> elseBlock() {
        if (type() == KW_ELSE) {
            Token ek = tok();
            pos++;
            expectColonForced();
            return block("'else' statement", ek.lineno);
        }
        return List.of();
    }

    private Stmt forStmt(int s, boolean async) {
        Token kw = tok();
        pos++;
        Expr target = starTargets();
        expect(KW_IN);
        Expr iter = starExpressions();
        expectColon();
        String tc = typeComment();
        List<Stmt> body = block("'for' statement", kw.lineno);
        List<Stmt> orelse = elseBlock();
        Loc l = locBlock(s);
        return async ? new Stmt.AsyncFor(target, iter, body, orelse, tc, l) : new Stmt.For(target, iter, body, orelse, tc, l);
    }

    /** {@code star_targets}: a target list for {@code for} and comprehensions, parsed as expressions then converted. */
    Expr starTargets() {
        int s = pos;
        Expr first = starTargetExpr();
        if (type() != COMMA) {
            return Targets.store(this, first, false);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (type() == KW_IN || type() == EQUAL || type() == RPAR) {
                break;
            }
            elts.add(starTargetExpr());
        }
        return Targets.store(this, new Expr.Tuple(elts, ExprContext.Load, loc(s)), false);
    }

    private Expr starTargetExpr() {
        int s = pos;
        if (accept(STAR)) {
            Expr v = starTargetExpr();
            return new Expr.Starred(v, ExprContext.Load, loc(s));
        }
        return bitwiseOr();
    }

    private Stmt withStmt(int s, boolean async) {
        Token kw = tok();
        pos++;
        List<WithItem> items = null;
        boolean parenthesized = false;
        if (type() == LPAR) {
            int mark = pos;
            try {
                pos++;
                List<WithItem> list = new ArrayList<>();
                for (;;) {
                    list.add(withItem());
                    if (!accept(COMMA)) {
                        break;
                    }
                    if (type() == RPAR) {
                        break;
                    }
                }
                expect(RPAR);
                if (type() != COLON && type() != NEWLINE) {
                    throw invalidSyntax();
                }
                items = list;
                parenthesized = true;
            } catch (PySyntaxError e) {
                if (e.fromTokenizer()) {
                    throw e;
                }
                pos = mark;
                items = null;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            for (;;) {
                items.add(withItem());
                if (!accept(COMMA)) {
                    break;
                }
            }
        }
        expectColon();
        String tc = typeComment();
        List<Stmt> body = block("'with' statement", kw.lineno);
        Loc l = locBlock(s);
        if (parenthesized) {
            checkVersion(9, "Parenthesized context managers are");
        }
        return async ? new Stmt.AsyncWith(items, body, tc, l) : new Stmt.With(items, body, tc, l);
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (accept(KW_AS)) {
            vars = Targets.store(this, starTargetExpr(), false);
            int t = type();
            if (t != COMMA && t != RPAR && t != COLON && t != NEWLINE) {
                throw invalidSyntax();
            }
        }
        return new WithItem(e, vars);
    }

    private Stmt tryStmt() {
        int s = pos;
        Token kw = tok();
        pos++;
        expectColonForced();
        List<Stmt> body = block("'try' statement", kw.lineno);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (type() == KW_EXCEPT) {
            int hs = pos;
            Token ek = tok();
            pos++;
            boolean isStar = accept(STAR);
            if (isStar && type() == COLON) {
                throw errorAtToken("expected one or more exception types", tok());
            }
            if (star == null) {
                star = isStar;
            } else if (star != isStar) {
                throw errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", ek);
            }
            Expr type = null;
            String name = null;
            if (type() == NEWLINE) {
                throw errorAtLast("expected ':'");
            }
            if (type() != COLON) {
                type = expression();
                if (type() == COMMA) {
                    int ts = hs + 1 + (isStar ? 1 : 0);
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (accept(COMMA)) {
                        elts.add(expression());
                    }
                    throw errorAtLoc("multiple exception types must be parenthesized", locTo(ts, elts.get(elts.size() - 1).loc()));
                }
                if (accept(KW_AS)) {
                    name = name();
                }
            } else if (isStar) {
                throw errorAtToken("expected one or more exception types", tok());
            }
            expectColon();
            List<Stmt> hbody = block("'except" + (isStar ? "*" : "") + "' statement", ek.lineno);
            handlers.add(new ExceptHandler(type, name, hbody, locBlock(hs)));
        }
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (type() == KW_ELSE) {
            if (handlers.isEmpty()) {
                throw invalidSyntax();
            }
            orelse = elseBlock();
        }
        if (type() == KW_FINALLY) {
            Token fk = tok();
            pos++;
            expectColonForced();
            finalbody = block("'finally' statement", fk.lineno);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtLast("expected 'except' or 'finally' block");
        }
        Loc l = locBlock(s);
        if (star != null && star) {
            checkVersion(11, "Exception groups are");
            return new Stmt.TryStar(body, handlers, orelse, finalbody, l);
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, l);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            if (type() != NEWLINE) {
                throw invalidSyntax();
            }
            pos++;
        }
        int s = pos;
        switch (type()) {
            case KW_DEF:
                return functionDef(s, decorators, false);
            case KW_CLASS:
                return classDef(s, decorators);
            case KW_ASYNC:
                if (typeAt(pos + 1) == KW_DEF) {
                    pos++;
                    return functionDef(s, decorators, true);
                }
                throw invalidSyntax();
            default:
                throw invalidSyntax();
        }
    }

    private Stmt functionDef(int s, List<Expr> decorators, boolean async) {
        Token kw = tok();
        pos++; // def
        String n = name();
        if (type() != LPAR && type() != LSQB) {
            throw errorAtToken("expected '('", tok());
        }
        List<TypeParam> tps = type() == LSQB ? typeParams() : List.of();
        expect(LPAR);
        Arguments args = parameters(false, RPAR);
        expect(RPAR);
        Expr returns = null;
        if (type() == RARROW) {
            Token arrow = tok();
            pos++;
            try {
                returns = expression();
            } catch (PySyntaxError e) {
                if (e.fromTokenizer()) {
                    throw e;
                }
                // CPython: the optional "-> expression" does not match, then the forced ':' fails at '->'
                throw errorAtToken("expected ':'", arrow);
            }
        }
        expectColonForced();
        String tc = null;
        if (type() == TYPE_COMMENT) {
            tc = typeComment();
        } else if (type() == NEWLINE && typeAt(pos + 1) == TYPE_COMMENT && typeAt(pos + 2) == NEWLINE && typeAt(pos + 3) == INDENT) {
            pos++;
            tc = typeComment();
        }
        List<Stmt> body = block("function definition", kw.lineno);
        Loc l = locBlock(s);
        if (async) {
            return new Stmt.AsyncFunctionDef(n, args, body, decorators, returns, tc, tps, l);
        }
        return new Stmt.FunctionDef(n, args, body, decorators, returns, tc, tps, l);
    }

    private Stmt classDef(int s, List<Expr> decorators) {
        Token kw = tok();
        pos++;
        String n = name();
        List<TypeParam> tps = type() == LSQB ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (accept(LPAR)) {
            List<Expr> a = new ArrayList<>();
            List<Keyword> k = new ArrayList<>();
            callArguments(a, k, s, false);
            bases = a;
            keywords = k;
        }
        expectColon();
        List<Stmt> body = block("class definition", kw.lineno);
        return new Stmt.ClassDef(n, bases, keywords, body, decorators, tps, locBlock(s));
    }

    List<TypeParam> typeParams() {
        expect(LSQB);
        List<TypeParam> list = new ArrayList<>();
        while (type() != RSQB) {
            int s = pos;
            if (accept(STAR)) {
                String n = name();
                typeParamBoundError("TypeVarTuple");
                list.add(new TypeParam.TypeVarTuple(n, loc(s)));
            } else if (accept(DOUBLESTAR)) {
                String n = name();
                typeParamBoundError("ParamSpec");
                list.add(new TypeParam.ParamSpec(n, loc(s)));
            } else {
                String n = name();
                Expr bound = null;
                if (accept(COLON)) {
                    bound = expression();
                }
                list.add(new TypeParam.TypeVar(n, bound, loc(s)));
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (list.isEmpty()) {
            throw invalidSyntax();
        }
        expect(RSQB);
        checkVersion(12, "Type parameter lists are");
        return list;
    }

    private void typeParamBoundError(String kind) {
        if (type() == COLON) {
            int cs = pos;
            pos++;
            Expr e = expression();
            throw errorAtLoc((e instanceof Expr.Tuple ? "cannot use constraints with " : "cannot use bound with ") + kind, locTo(cs, e.loc()));
        }
    }

    /**
     * Parameters of a def (annotations allowed) or lambda, up to {@code close}. Misplaced parameters raise the
     * messages of CPython's {@code invalid_parameters}/{@code invalid_star_etc}/{@code invalid_kwds} rules.
     */
    Arguments parameters(boolean lambda, int close) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        while (type() != close) {
            Token t = tok();
            if (kwarg != null) {
                throw errorAtToken("arguments cannot follow var-keyword argument", t);
            }
            if (t.type == SLASH) {
                if (seenStar) {
                    throw errorAtToken("/ must be ahead of *", t);
                }
                if (seenSlash) {
                    throw errorAtToken("/ may appear only once", t);
                }
                if (args.isEmpty()) {
                    if (typeAt(pos + 1) == COMMA) {
                        throw errorAtToken("at least one argument must precede /", t);
                    }
                    throw invalidSyntaxAt(t);
                }
                pos++;
                if (type() == STAR) {
                    throw errorAtToken("expected comma between / and *", tok());
                }
                posonly.addAll(args);
                args.clear();
                seenSlash = true;
            } else if (t.type == STAR) {
                if (seenStar) {
                    throw errorAtToken("* argument may appear only once", t);
                }
                pos++;
                seenStar = true;
                if (type() == NAME) {
                    vararg = paramTypeComment(param(lambda, true), close);
                    if (type() == EQUAL) {
                        throw errorAtToken("var-positional argument cannot have default value", tok());
                    }
                } else if (type() == COMMA) {
                    int nt = typeAt(pos + 1);
                    if (nt == close || nt == DOUBLESTAR) {
                        throw lambda ? errorAtLast("named arguments must follow bare *") : errorAtToken("named arguments must follow bare *", t);
                    }
                } else if (type() == close) {
                    throw lambda ? errorAtLast("named arguments must follow bare *") : errorAtToken("named arguments must follow bare *", t);
                } else {
                    throw invalidSyntax();
                }
            } else if (t.type == DOUBLESTAR) {
                pos++;
                kwarg = paramTypeComment(param(lambda, false), close);
                if (type() == EQUAL) {
                    throw errorAtToken("var-keyword argument cannot have default value", tok());
                }
            } else if (t.type == LPAR) {
                // "def f((a, b)):" -- find the closing parenthesis for the message range
                int k = pos + 1;
                while (typeAt(k) == NAME || typeAt(k) == COMMA) {
                    k++;
                }
                if (typeAt(k) == RPAR && k > pos + 1 && !seenStar && !seenSlash && defaults.isEmpty()) {
                    throw errorRange(lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized",
                                    t, at(k));
                }
                throw invalidSyntaxAt(t);
            } else {
                Arg a = param(lambda, false);
                if (type() == EQUAL) {
                    Token eq = tok();
                    pos++;
                    if (type() == COMMA || type() == close) {
                        throw errorAtToken("expected default value expression", eq);
                    }
                    Expr d = expression();
                    if (seenStar) {
                        kwDefaults.add(d);
                    } else {
                        defaults.add(d);
                    }
                } else if (seenStar) {
                    kwDefaults.add(null);
                } else if (!defaults.isEmpty() && (type() == COMMA || type() == close)) {
                    throw errorAtNode("parameter without a default follows parameter with a default", a);
                }
                a = paramTypeComment(a, close);
                if (seenStar) {
                    kwonly.add(a);
                } else {
                    args.add(a);
                }
            }
            if (paramCommaTaken) {
                paramCommaTaken = false;
                continue;
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (seenStar && vararg == null && kwonly.isEmpty()) {
            throw invalidSyntax();
        }
        if (!posonly.isEmpty()) {
            type();
            checkVersion(8, "Positional-only parameters are");
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg param(boolean lambda, boolean starAnnotation) {
        int s = pos;
        String n = name();
        Expr ann = null;
        if (!lambda && accept(COLON)) {
            ann = starAnnotation ? starExpression() : expression();
        }
        return new Arg(n, ann, null, loc(s));
    }

    /**
     * A per-parameter type comment ("param ',' TYPE_COMMENT" or "param TYPE_COMMENT &')'"): returns the argument
     * with it, having consumed the comma too in the first form (then {@link #paramCommaTaken} is set).
     */
    private Arg paramTypeComment(Arg a, int close) {
        if (!options.typeComments()) {
            return a;
        }
        if (type() == COMMA && typeAt(pos + 1) == TYPE_COMMENT) {
            String tc = at(pos + 1).text;
            pos += 2;
            paramCommaTaken = true;
            return new Arg(a.arg(), a.annotation(), tc, a.loc());
        }
        if (type() == TYPE_COMMENT && typeAt(pos + 1) == close) {
            String tc = tok().text;
            pos++;
            return new Arg(a.arg(), a.annotation(), tc, a.loc());
        }
        return a;
    }

    private boolean paramCommaTaken;

    // ---------------------------------------------------------------- match

    /** Quick check used by interactive mode: does "match" start a match statement? */
    private boolean looksLikeMatch() {
        int mark = pos;
        try {
            return tryMatchStmtHeader() != null;
        } finally {
            pos = mark;
        }
    }

    private Expr tryMatchStmtHeader() {
        int mark = pos;
        pos++;
        if (!startsExpression(type())) {
            pos = mark;
            return null;
        }
        Expr subject = null;
        try {
            subject = subjectExpr();
            if (type() == COLON && typeAt(pos + 1) == NEWLINE) {
                return subject;
            }
        } catch (PySyntaxError e) {
            if (e.fromTokenizer()) {
                throw e;
            }
            // not a match statement
        }
        if (subject != null && type() == NEWLINE && noInvalid == 0) {
            matchColonError = errorAtLast("expected ':'");
        }
        pos = mark;
        return null;
    }

    private Expr subjectExpr() {
        int s = pos;
        Expr first = starNamedExpression();
        if (type() == COMMA) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA)) {
                if (type() == COLON) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            return new Expr.Tuple(elts, ExprContext.Load, loc(s));
        }
        if (first instanceof Expr.Starred) {
            throw invalidSyntax();
        }
        return first;
    }

    private Stmt tryMatchStmt() {
        int s = pos;
        Token kw = tok();
        Expr subject = tryMatchStmtHeader();
        if (subject == null) {
            return null;
        }
        expect(COLON);
        expect(NEWLINE);
        if (type() != INDENT) {
            throw indentationErrorAt("expected an indented block after 'match' statement on line " + kw.lineno, tok());
        }
        pos++;
        List<MatchCase> cases = new ArrayList<>();
        while (type() != DEDENT) {
            if (!isName("case")) {
                throw invalidSyntax();
            }
            Token ck = tok();
            pos++;
            Pattern p = patterns();
            Expr guard = null;
            if (accept(KW_IF)) {
                guard = namedExpression();
            }
            expectColon();
            List<Stmt> body = block("'case' statement", ck.lineno);
            cases.add(new MatchCase(p, guard, body));
        }
        pos++;
        Loc ml = locBlock(s);
        checkVersion(10, "Pattern matching is");
        return new Stmt.Match(subject, cases, ml);
    }

    Pattern patterns() {
        int s = pos;
        Pattern p = maybeStarPattern();
        if (type() == COMMA) {
            List<Pattern> list = new ArrayList<>();
            list.add(p);
            while (accept(COMMA)) {
                if (type() == COLON || type() == KW_IF) {
                    break;
                }
                list.add(maybeStarPattern());
            }
            return new Pattern.MatchSequence(list, loc(s));
        }
        if (p instanceof Pattern.MatchStar) {
            throw invalidSyntax();
        }
        return p;
    }

    private Pattern maybeStarPattern() {
        int s = pos;
        if (accept(STAR)) {
            String n = name();
            return new Pattern.MatchStar(n.equals("_") ? null : n, loc(s));
        }
        return pattern();
    }

    private Pattern pattern() {
        int s = pos;
        Pattern p = orPattern();
        if (accept(KW_AS)) {
            Token nt = tok();
            if (nt.type != NAME) {
                if (startsExpression(nt.type)) {
                    Expr bad = expression();
                    throw errorAtNode("invalid pattern target", bad);
                }
                throw invalidSyntax();
            }
            String n = name();
            if (n.equals("_")) {
                throw errorAtToken("cannot use '_' as a target", nt);
            }
            if (type() == DOT || type() == LPAR || type() == LSQB) {
                pos--;
                Expr bad = expression();
                throw errorAtNode("invalid pattern target", bad);
            }
            return new Pattern.MatchAs(p, n, loc(s));
        }
        return p;
    }

    private Pattern orPattern() {
        int s = pos;
        Pattern p = closedPattern();
        if (type() != VBAR) {
            return p;
        }
        List<Pattern> list = new ArrayList<>();
        list.add(p);
        while (accept(VBAR)) {
            list.add(closedPattern());
        }
        return new Pattern.MatchOr(list, loc(s));
    }

    private Pattern closedPattern() {
        int s = pos;
        switch (type()) {
            case NUMBER, MINUS: {
                Expr e = signedNumberMaybeComplex();
                return new Pattern.MatchValue(e, loc(s));
            }
            case STRING, FSTRING_START: {
                Expr e = strings();
                if (e instanceof Expr.JoinedStr) {
                    throw errorAtNode("patterns may only match literals and attribute lookups", e);
                }
                return new Pattern.MatchValue(e, loc(s));
            }
            case KW_NONE:
                pos++;
                return new Pattern.MatchSingleton(ConstantValue.NONE, loc(s));
            case KW_TRUE:
                pos++;
                return new Pattern.MatchSingleton(Boolean.TRUE, loc(s));
            case KW_FALSE:
                pos++;
                return new Pattern.MatchSingleton(Boolean.FALSE, loc(s));
            case NAME: {
                Token nt = tok();
                pos++;
                if (type() == DOT || type() == LPAR) {
                    Expr cls = new Expr.Name(nt.text, ExprContext.Load, tokLoc(nt));
                    while (accept(DOT)) {
                        String attr = name();
                        cls = new Expr.Attribute(cls, attr, ExprContext.Load, loc(s));
                    }
                    if (type() == LPAR) {
                        return classPattern(s, cls);
                    }
                    return new Pattern.MatchValue(cls, loc(s));
                }
                if (nt.text.equals("_")) {
                    return new Pattern.MatchAs(null, null, loc(s));
                }
                return new Pattern.MatchAs(null, nt.text, loc(s));
            }
            case LPAR: {
                pos++;
                if (accept(RPAR)) {
                    return new Pattern.MatchSequence(List.of(), loc(s));
                }
                Pattern p = maybeStarPattern();
                if (type() == COMMA) {
                    List<Pattern> list = new ArrayList<>();
                    list.add(p);
                    while (accept(COMMA)) {
                        if (type() == RPAR) {
                            break;
                        }
                        list.add(maybeStarPattern());
                    }
                    expect(RPAR);
                    return new Pattern.MatchSequence(list, loc(s));
                }
                expect(RPAR);
                if (p instanceof Pattern.MatchStar) {
                    return new Pattern.MatchSequence(List.of(p), loc(s));
                }
                return p;
            }
            case LSQB: {
                pos++;
                List<Pattern> list = new ArrayList<>();
                while (type() != RSQB) {
                    list.add(maybeStarPattern());
                    if (!accept(COMMA)) {
                        break;
                    }
                }
                expect(RSQB);
                return new Pattern.MatchSequence(list, loc(s));
            }
            case LBRACE:
                return mappingPattern();
            default:
                throw invalidSyntax();
        }
    }

    private Expr signedNumberMaybeComplex() {
        int s = pos;
        Expr real = signedNumber();
        if (type() == PLUS || type() == MINUS) {
            Operator op = type() == PLUS ? Operator.Add : Operator.Sub;
            pos++;
            Token t = tok();
            if (t.type != NUMBER) {
                throw invalidSyntax();
            }
            pos++;
            Object v = literals.number(t);
            Expr imag = new Expr.Constant(v, null, tokLoc(t));
            if (!(v instanceof ConstantValue.Complex)) {
                throw errorAtNode("imaginary number required in complex literal", imag);
            }
            if (real instanceof Expr.Constant c && c.value() instanceof ConstantValue.Complex
                            || real instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant c2 && c2.value() instanceof ConstantValue.Complex) {
                throw errorAtNode("real number required in complex literal", real);
            }
            return new Expr.BinOp(real, op, imag, loc(s));
        }
        return real;
    }

    private Expr signedNumber() {
        int s = pos;
        boolean neg = accept(MINUS);
        Token t = tok();
        if (t.type != NUMBER) {
            throw invalidSyntax();
        }
        pos++;
        Expr c = new Expr.Constant(literals.number(t), null, tokLoc(t));
        return neg ? new Expr.UnaryOp(UnaryOpKind.USub, c, loc(s)) : c;
    }

    private Pattern classPattern(int s, Expr cls) {
        expect(LPAR);
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (type() != RPAR) {
            if (type() == NAME && typeAt(pos + 1) == EQUAL) {
                kwdAttrs.add(name());
                pos++;
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAtNode("positional patterns follow keyword patterns", p);
                }
                positional.add(p);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, loc(s));
    }

    private Pattern mappingPattern() {
        int s = pos;
        expect(LBRACE);
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (type() != RBRACE) {
            if (rest != null) {
                throw invalidSyntax();
            }
            if (accept(DOUBLESTAR)) {
                Token rt = tok();
                rest = name();
                if (rest.equals("_")) {
                    throw invalidSyntaxAt(rt);
                }
            } else {
                keys.add(mappingKey());
                expect(COLON);
                values.add(pattern());
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        return new Pattern.MatchMapping(keys, values, rest, loc(s));
    }

    private Expr mappingKey() {
        int s = pos;
        switch (type()) {
            case NUMBER, MINUS:
                return signedNumberMaybeComplex();
            case STRING, FSTRING_START:
                return strings();
            case KW_NONE:
                pos++;
                return new Expr.Constant(ConstantValue.NONE, null, loc(s));
            case KW_TRUE:
                pos++;
                return new Expr.Constant(Boolean.TRUE, null, loc(s));
            case KW_FALSE:
                pos++;
                return new Expr.Constant(Boolean.FALSE, null, loc(s));
            case NAME: {
                Token nt = tok();
                pos++;
                if (type() != DOT) {
                    throw invalidSyntax();
                }
                Expr e = new Expr.Name(nt.text, ExprContext.Load, tokLoc(nt));
                while (accept(DOT)) {
                    e = new Expr.Attribute(e, name(), ExprContext.Load, loc(s));
                }
                return e;
            }
            default:
                throw invalidSyntax();
        }
    }

    // ================================================================ expressions

    static boolean startsExpression(int t) {
        switch (t) {
            case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR, KW_NOT, KW_LAMBDA, KW_AWAIT, KW_NONE,
                            KW_TRUE, KW_FALSE, ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    /** {@code expressions}: like star_expressions without starred items (eval input). */
    Expr expressions() {
        int s = pos;
        Expr first = expression();
        if (type() != COMMA) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(type()) || type() == STAR) {
                break;
            }
            elts.add(expression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, loc(s));
    }

    Expr starExpressions() {
        int s = pos;
        Expr first = starExpression();
        if (type() != COMMA) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(type())) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, loc(s));
    }

    Expr starExpression() {
        if (type() == STAR) {
            int s = pos;
            pos++;
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, loc(s));
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (type() == STAR) {
            int s = pos;
            pos++;
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, loc(s));
        }
        return namedExpression();
    }

    Expr namedExpression() {
        if (type() == NAME && typeAt(pos + 1) == COLONEQUAL) {
            int s = pos;
            Token nt = tok();
            pos += 2;
            Expr value = expression();
            Loc l = loc(s);
            type();
            checkVersion(8, "Assignment expressions are");
            return new Expr.NamedExpr(new Expr.Name(nt.text, ExprContext.Store, tokLoc(nt)), value, l);
        }
        int s = pos;
        Expr e = expression();
        if (type() == COLONEQUAL) {
            throw errorAtNode("cannot use assignment expressions with " + Targets.exprName(e), e);
        }
        if (type() == EQUAL) {
            checkMisusedEquals(s, e, true);
        }
        return e;
    }

    /**
     * CPython's {@code invalid_named_expression}: {@code a = b} where a comparison was probably meant. Raises when
     * the right side is a bitwise_or not followed by another '=' (else the caller reports the error).
     */
    void checkMisusedEquals(int s, Expr e, boolean allowNameForm) {
        Token eq = tok();
        boolean nameForm = allowNameForm && e instanceof Expr.Name && toks[s].type == NAME && toks[s].startPos == at(s).startPos
                        && pos == s + 1;
        if (!nameForm && (!isBitwiseOrLevel(s, e) || excludedAssignStart(e))) {
            return;
        }
        int mark = pos;
        pos++;
        Expr b = null;
        noInvalid++;
        boolean rhsStarts = startsExpression(type()) && type() != STAR && type() != KW_NOT && type() != KW_LAMBDA;
        noInvalid--;
        if (rhsStarts) {
            noInvalid++;
            int rhs = pos;
            try {
                b = bitwiseOr();
            } catch (PySyntaxError x) {
                if (x.fromTokenizer()) {
                    noInvalid--;
                    throw x;
                }
                // PEG takes the longest prefix that parses: at least a primary
                pos = rhs;
                try {
                    b = primary();
                } catch (PySyntaxError y) {
                    if (y.fromTokenizer()) {
                        noInvalid--;
                        throw y;
                    }
                    b = null;
                }
            }
            noInvalid--;
            if (b != null && (type() == EQUAL || type() == COLONEQUAL)) {
                b = null;
            }
        }
        if (b == null) {
            pos = mark;
            return;
        }
        if (nameForm) {
            throw errorAtLoc("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(e.loc(), b.loc()));
        }
        throw errorAtNode("cannot assign to " + Targets.exprName(e) + " here. Maybe you meant '==' instead of '='?", e);
    }

    /** Number of tokens from index s up to the end of node e (e was parsed starting at s). */
    private int countTokens(int s, Expr e) {
        Loc l = e.loc();
        int k = s;
        while (k < fill && !(toks[k].endLineno == l.endLineno() && toks[k].endCol == l.endColOffset())) {
            k++;
        }
        // a parenthesized expression ends at its ')' after the node itself
        while (k + 1 < fill && toks[k + 1].type == RPAR && toks[k + 1].level >= 0 && countOpen(s, k + 1) > 0) {
            k++;
        }
        return k - s + 1;
    }

    private int countOpen(int s, int k) {
        int depth = 0;
        for (int i = s; i < k; i++) {
            int t = toks[i].type;
            if (t == LPAR || t == LSQB || t == LBRACE) {
                depth++;
            } else if (t == RPAR || t == RSQB || t == RBRACE) {
                depth--;
            }
        }
        return depth;
    }

    /** Whether e, parsed from token s, is a bitwise_or in CPython's grammar (an operand, or anything parenthesized). */
    private boolean isBitwiseOrLevel(int s, Expr e) {
        Token first = toks[s];
        Loc l = e.loc();
        if (first.type == LPAR && (l.lineno() != first.lineno || l.colOffset() != first.col)) {
            return true; // a parenthesized group
        }
        return switch (e) {
            case Expr.Compare c -> false;
            case Expr.BoolOp b -> false;
            case Expr.UnaryOp u -> u.op() != UnaryOpKind.Not;
            case Expr.IfExp i -> false;
            case Expr.Lambda l2 -> false;
            case Expr.NamedExpr n -> false;
            case Expr.Starred st -> false;
            case Expr.Yield y -> false;
            case Expr.YieldFrom y -> false;
            case Expr.Tuple t -> first.type == LPAR && l.colOffset() == first.col && l.lineno() == first.lineno;
            default -> true;
        };
    }

    /** The lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')} on the leftmost atom. */
    private static boolean excludedAssignStart(Expr e) {
        Expr x = e;
        for (;;) {
            switch (x) {
                case Expr.BinOp b -> x = b.left();
                case Expr.Attribute a -> x = a.value();
                case Expr.Subscript sub -> x = sub.value();
                case Expr.Call c -> x = c.func();
                case Expr.Compare c -> x = c.left();
                default -> {
                    return x instanceof Expr.ListExpr || x instanceof Expr.Tuple || x instanceof Expr.GeneratorExp
                                    || x instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == ConstantValue.NONE);
                }
            }
        }
    }

    /** named_expression in a call argument: a following '=' is reported by the caller. */
    private Expr namedExpressionInCall() {
        if (type() == NAME && typeAt(pos + 1) == COLONEQUAL) {
            return namedExpression();
        }
        return expression();
    }

    private PySyntaxError matchColonError;

    /** Nesting count of speculative parses during which the error-only checks below are off. */
    int noInvalid;

    Expr expression() {
        if (type() == KW_LAMBDA) {
            return lambdef();
        }
        int s = pos;
        Expr e = disjunction();
        if (noInvalid == 0 && juxtaposedStart(type())) {
            checkJuxtaposed(s, e);
        }
        if (type() == KW_IF) {
            pos++;
            Expr test = disjunction();
            if (type() != KW_ELSE) {
                if (type() == COLON) {
                    throw invalidSyntax();
                }
                throw errorAtLoc("expected 'else' after 'if' expression", locTo(s, test.loc()));
            }
            pos++;
            Expr orelse = expression();
            return new Expr.IfExp(test, e, orelse, loc(s));
        }
        return e;
    }

    private boolean juxtaposedStart(int t) {
        switch (t) {
            case NAME, NUMBER, STRING, FSTRING_START, LBRACE, TILDE, KW_LAMBDA, KW_AWAIT, KW_NONE, KW_TRUE, KW_FALSE, ELLIPSIS:
                return true;
            case KW_NOT:
                return typeAt(pos + 1) != KW_IN;
            default:
                return false;
        }
    }

    private static boolean isSoftKeyword(Token t) {
        if (t.type != NAME) {
            return false;
        }
        String x = t.text;
        return x.equals("match") || x.equals("case") || x.equals("type") || x.equals("_");
    }

    /**
     * Two expressions side by side ({@code a b}): CPython's {@code invalid_expression} ("Perhaps you forgot a
     * comma?" inside brackets) and {@code invalid_legacy_expression} ("Missing parentheses in call to 'print'").
     */
    private void checkJuxtaposed(int s, Expr a) {
        Token first = toks[s];
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec")) && pos == s + 1;
        int mark = pos;
        if (!legacy && !(first.type == NAME && at(s + 1).type == STRING) && !isSoftKeyword(first)) {
            noInvalid++;
            Expr b = null;
            try {
                b = expression();
            } catch (PySyntaxError x) {
                if (x.fromTokenizer()) {
                    throw x;
                }
                b = null;
            } finally {
                noInvalid--;
            }
            if (b != null && toks[pos - 1].level > 0) {
                throw errorAtLoc("invalid syntax. Perhaps you forgot a comma?", span(a.loc(), b.loc()));
            }
            pos = mark;
        }
        boolean plainName = a instanceof Expr.Name && pos == s + 1;
        if (plainName && type() != LPAR) {
            noInvalid++;
            Expr b = null;
            try {
                b = starExpressions();
            } catch (PySyntaxError x) {
                if (x.fromTokenizer()) {
                    throw x;
                }
                b = null;
            } finally {
                noInvalid--;
            }
            if (b != null && legacy) {
                String id = ((Expr.Name) a).id();
                throw errorAtLoc("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?", span(a.loc(), b.loc()));
            }
            pos = mark;
        }
    }

    private Expr lambdef() {
        int s = pos;
        pos++;
        Arguments args = parameters(true, COLON);
        Token colon = expect(COLON);
        if (type() == FSTRING_MIDDLE || type() == RBRACE) {
            throw errorRange("f-string: lambda expressions are not allowed without parentheses", toks[s], colon);
        }
        Expr body = expression();
        return new Expr.Lambda(args, body, loc(s));
    }

    Expr yieldExpr() {
        int s = pos;
        pos++;
        if (accept(KW_FROM)) {
            Expr v = expression();
            return new Expr.YieldFrom(v, loc(s));
        }
        Expr v = startsExpression(type()) ? starExpressions() : null;
        return new Expr.Yield(v, loc(s));
    }

    private Expr disjunction() {
        int s = pos;
        Expr e = conjunction();
        if (type() != KW_OR) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (accept(KW_OR)) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(BoolOpKind.Or, values, loc(s));
    }

    private Expr conjunction() {
        int s = pos;
        Expr e = inversion();
        if (type() != KW_AND) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (accept(KW_AND)) {
            values.add(inversion());
        }
        return new Expr.BoolOp(BoolOpKind.And, values, loc(s));
    }

    private Expr inversion() {
        if (type() == KW_NOT) {
            int s = pos;
            pos++;
            Expr v = inversion();
            return new Expr.UnaryOp(UnaryOpKind.Not, v, loc(s));
        }
        return comparison();
    }

    private Expr comparison() {
        int s = pos;
        Expr e = bitwiseOr();
        CmpOp op = compareOp();
        if (op == null) {
            return e;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return new Expr.Compare(e, ops, comparators, loc(s));
    }

    private CmpOp compareOp() {
        switch (type()) {
            case EQEQUAL:
                pos++;
                return CmpOp.Eq;
            case NOTEQUAL:
                if ("<>".equals(tok().text)) {
                    throw invalidSyntax();
                }
                pos++;
                return CmpOp.NotEq;
            case LESS:
                pos++;
                return CmpOp.Lt;
            case LESSEQUAL:
                pos++;
                return CmpOp.LtE;
            case GREATER:
                pos++;
                return CmpOp.Gt;
            case GREATEREQUAL:
                pos++;
                return CmpOp.GtE;
            case KW_IN:
                pos++;
                return CmpOp.In;
            case KW_NOT:
                if (typeAt(pos + 1) == KW_IN) {
                    pos += 2;
                    return CmpOp.NotIn;
                }
                return null;
            case KW_IS:
                pos++;
                if (accept(KW_NOT)) {
                    return CmpOp.IsNot;
                }
                return CmpOp.Is;
            default:
                return null;
        }
    }

    Expr bitwiseOr() {
        int s = pos;
        Expr e = bitwiseXor();
        while (type() == VBAR) {
            pos++;
            Expr r = bitwiseXor();
            e = new Expr.BinOp(e, Operator.BitOr, r, loc(s));
        }
        return e;
    }

    private Expr bitwiseXor() {
        int s = pos;
        Expr e = bitwiseAnd();
        while (type() == CIRCUMFLEX) {
            pos++;
            Expr r = bitwiseAnd();
            e = new Expr.BinOp(e, Operator.BitXor, r, loc(s));
        }
        return e;
    }

    private Expr bitwiseAnd() {
        int s = pos;
        Expr e = shiftExpr();
        while (type() == AMPER) {
            pos++;
            Expr r = shiftExpr();
            e = new Expr.BinOp(e, Operator.BitAnd, r, loc(s));
        }
        return e;
    }

    private Expr shiftExpr() {
        int s = pos;
        Expr e = sum();
        for (;;) {
            int t = type();
            Operator op = t == LEFTSHIFT ? Operator.LShift : t == RIGHTSHIFT ? Operator.RShift : null;
            if (op == null) {
                return e;
            }
            pos++;
            Expr r = sum();
            e = new Expr.BinOp(e, op, r, loc(s));
        }
    }

    private Expr sum() {
        int s = pos;
        Expr e = term();
        for (;;) {
            int t = type();
            Operator op = t == PLUS ? Operator.Add : t == MINUS ? Operator.Sub : null;
            if (op == null) {
                return e;
            }
            pos++;
            Expr r = term();
            e = new Expr.BinOp(e, op, r, loc(s));
        }
    }

    private Expr term() {
        int s = pos;
        Expr e = factor();
        for (;;) {
            Operator op;
            switch (type()) {
                case STAR -> op = Operator.Mult;
                case SLASH -> op = Operator.Div;
                case DOUBLESLASH -> op = Operator.FloorDiv;
                case PERCENT -> op = Operator.Mod;
                case AT -> op = Operator.MatMult;
                default -> {
                    return e;
                }
            }
            pos++;
            Expr r = factor();
            e = new Expr.BinOp(e, op, r, loc(s));
        }
    }

    private Expr factor() {
        UnaryOpKind op;
        switch (type()) {
            case PLUS -> op = UnaryOpKind.UAdd;
            case MINUS -> op = UnaryOpKind.USub;
            case TILDE -> op = UnaryOpKind.Invert;
            default -> {
                return power();
            }
        }
        int s = pos;
        pos++;
        Expr v = factor();
        return new Expr.UnaryOp(op, v, loc(s));
    }

    private Expr power() {
        int s = pos;
        Expr e = awaitPrimary();
        if (type() == DOUBLESTAR) {
            pos++;
            Expr r = factor();
            return new Expr.BinOp(e, Operator.Pow, r, loc(s));
        }
        return e;
    }

    private Expr awaitPrimary() {
        if (type() == KW_AWAIT) {
            int s = pos;
            pos++;
            Expr v = primary();
            return new Expr.Await(v, loc(s));
        }
        return primary();
    }

    Expr primary() {
        int s = pos;
        Expr e = atom();
        for (;;) {
            switch (type()) {
                case DOT: {
                    pos++;
                    String attr = name();
                    e = new Expr.Attribute(e, attr, ExprContext.Load, loc(s));
                    break;
                }
                case LPAR: {
                    pos++;
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> kws = new ArrayList<>();
                    callArguments(args, kws, s);
                    e = new Expr.Call(e, args, kws, loc(s));
                    break;
                }
                case LSQB: {
                    pos++;
                    Expr slice = slices();
                    expect(RSQB);
                    e = new Expr.Subscript(e, slice, ExprContext.Load, loc(s));
                    break;
                }
                default:
                    return e;
            }
        }
    }

    /** Arguments after '(' up to and including ')'; CPython's {@code invalid_arguments}/{@code invalid_kwarg} messages. */
    private void callArguments(List<Expr> args, List<Keyword> kws, int callStart) {
        callArguments(args, kws, callStart, true);
    }

    private void callArguments(List<Expr> args, List<Keyword> kws, int callStart, boolean allowGenexp) {
        int open = pos - 1;
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        while (type() != RPAR) {
            int s = pos;
            Token t = tok();
            if (t.type == STAR) {
                if (seenDoubleStar) {
                    throw errorAtToken("iterable argument unpacking follows keyword argument unpacking", t);
                }
                pos++;
                Expr v = expression();
                Expr st = new Expr.Starred(v, ExprContext.Load, loc(s));
                if (type() == EQUAL) {
                    pos++;
                    Expr b = expression();
                    throw errorAtLoc("cannot assign to iterable argument unpacking", locTo(s, b.loc()));
                }
                args.add(st);
            } else if (t.type == DOUBLESTAR) {
                pos++;
                Expr v = expression();
                if (type() == EQUAL) {
                    pos++;
                    Expr b = expression();
                    throw errorAtLoc("cannot assign to keyword argument unpacking", locTo(s, b.loc()));
                }
                kws.add(new Keyword(null, v, loc(s)));
                seenDoubleStar = true;
            } else if ((t.type == KW_TRUE || t.type == KW_FALSE || t.type == KW_NONE) && typeAt(pos + 1) == EQUAL) {
                throw errorRange("cannot assign to " + t.text, t, at(pos + 1));
            } else if (t.type == NAME && typeAt(pos + 1) == EQUAL) {
                Token eq = at(pos + 1);
                pos += 2;
                if (type() == COMMA || type() == RPAR) {
                    throw errorRange("expected argument value expression", t, eq);
                }
                Expr v = expression();
                if (type() == KW_FOR || type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR) {
                    throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, eq);
                }
                kws.add(new Keyword(t.text, v, loc(s)));
                seenKeyword = true;
            } else {
                if (seenKeyword || seenDoubleStar) {
                    positionalAfterKeyword(kws);
                }
                Expr e = namedExpressionInCall();
                if (type() == KW_FOR || type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR) {
                    Token forTok = tok();
                    List<Comprehension> gens = generators();
                    boolean alone = args.isEmpty() && kws.isEmpty() && type() == RPAR;
                    if (!alone || !allowGenexp) {
                        if (!allowGenexp && alone) {
                            throw invalidSyntaxAt(forTok);
                        }
                        throw errorAtLoc("Generator expression must be parenthesized", locTo(s, lastComprehensionItem(gens).loc()));
                    }
                    pos++;
                    args.add(new Expr.GeneratorExp(e, gens, loc(open)));
                    return;
                }
                if (type() == EQUAL) {
                    throw errorAtLoc("expression cannot contain assignment, perhaps you meant \"==\"?", span(e.loc(), tokLoc(tok())));
                }
                args.add(e);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (type() != RPAR) {
            throw invalidSyntax();
        }
        pos++;
    }

    private static Expr lastComprehensionItem(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    /**
     * A positional argument after keywords: CPython's grammar stops at its first token; the error pass then reports
     * "positional argument follows keyword argument" at the last token read if the rest parses as arguments.
     */
    private void positionalAfterKeyword(List<Keyword> kws) {
        Token first = tok();
        boolean unpacking = false;
        for (Keyword k : kws) {
            unpacking |= k.arg() == null;
        }
        try {
            for (;;) {
                if (type() == STAR || type() == DOUBLESTAR) {
                    pos++;
                } else if (type() == NAME && typeAt(pos + 1) == EQUAL) {
                    pos += 2;
                }
                namedExpressionInCall();
                if (!accept(COMMA) || type() == RPAR) {
                    break;
                }
            }
        } catch (PySyntaxError e) {
            if (e.fromTokenizer()) {
                throw e;
            }
            throw invalidSyntaxAt(first);
        }
        throw errorAtLast(unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
    }

    private Loc toLoc(int tokIdx) {
        return tokLoc(toks[tokIdx]);
    }

    private Expr slices() {
        int s = pos;
        Expr first = slice();
        if (type() != COMMA) {
            if (first instanceof Expr.Starred) {
                return new Expr.Tuple(List.of(first), ExprContext.Load, loc(s));
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (type() == RSQB) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(elts, ExprContext.Load, loc(s));
    }

    private Expr slice() {
        int s = pos;
        if (type() == STAR) {
            return starNamedExpression();
        }
        Expr lower = null;
        if (type() != COLON) {
            Expr e = namedExpression();
            if (type() != COLON) {
                return e;
            }
            lower = e;
        }
        pos++; // ':'
        Expr upper = null;
        Expr step = null;
        if (type() != COLON && type() != COMMA && type() != RSQB) {
            upper = expression();
        }
        if (accept(COLON)) {
            if (type() != COMMA && type() != RSQB) {
                step = expression();
            }
        }
        return new Expr.Slice(lower, upper, step, loc(s));
    }

    private Expr atom() {
        Token t = tok();
        switch (t.type) {
            case NAME:
                pos++;
                return new Expr.Name(t.text, ExprContext.Load, tokLoc(t));
            case NUMBER:
                pos++;
                return new Expr.Constant(literals.number(t), null, tokLoc(t));
            case STRING:
            case FSTRING_START:
                return strings();
            case KW_NONE:
                pos++;
                return new Expr.Constant(ConstantValue.NONE, null, tokLoc(t));
            case KW_TRUE:
                pos++;
                return new Expr.Constant(Boolean.TRUE, null, tokLoc(t));
            case KW_FALSE:
                pos++;
                return new Expr.Constant(Boolean.FALSE, null, tokLoc(t));
            case ELLIPSIS:
                pos++;
                return new Expr.Constant(ConstantValue.ELLIPSIS, null, tokLoc(t));
            case LPAR:
                return parenAtom();
            case LSQB:
                return listAtom();
            case LBRACE:
                return braceAtom();
            default:
                throw invalidSyntax();
        }
    }

    private Expr parenAtom() {
        int s = pos;
        pos++;
        if (accept(RPAR)) {
            return new Expr.Tuple(List.of(), ExprContext.Load, loc(s));
        }
        if (type() == KW_YIELD) {
            Expr y = yieldExpr();
            expect(RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        checkStarredComprehension(first);
        if (type() == KW_FOR || type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR) {
            List<Comprehension> gens = generators();
            expect(RPAR);
            return new Expr.GeneratorExp(first, gens, loc(s));
        }
        if (type() == COMMA) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA)) {
                if (type() == RPAR) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expect(RPAR);
            return new Expr.Tuple(elts, ExprContext.Load, loc(s));
        }
        expect(RPAR);
        if (first instanceof Expr.Starred) {
            throw errorAtNode("cannot use starred expression here", first);
        }
        return first;
    }

    private Expr listAtom() {
        int s = pos;
        pos++;
        if (accept(RSQB)) {
            return new Expr.ListExpr(List.of(), ExprContext.Load, loc(s));
        }
        Expr first = starNamedExpression();
        checkStarredComprehension(first);
        if (type() == KW_FOR || type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR) {
            List<Comprehension> gens = generators();
            expect(RSQB);
            return new Expr.ListComp(first, gens, loc(s));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (type() == RSQB) {
                break;
            }
            elts.add(starNamedExpression());
        }
        checkComprehensionTarget(elts);
        expect(RSQB);
        return new Expr.ListExpr(elts, ExprContext.Load, loc(s));
    }

    private Expr braceAtom() {
        int s = pos;
        pos++;
        if (accept(RBRACE)) {
            return new Expr.Dict(List.of(), List.of(), loc(s));
        }
        if (type() == DOUBLESTAR) {
            return dictRest(s, new ArrayList<>(), new ArrayList<>());
        }
        Expr first = starNamedExpression();
        if (type() == COLON && !(first instanceof Expr.Starred)) {
            pos++;
            Expr value = dictValue();
            if (type() == KW_FOR || type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR) {
                List<Comprehension> gens = generators();
                expect(RBRACE);
                return new Expr.DictComp(first, value, gens, loc(s));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            if (!accept(COMMA)) {
                expect(RBRACE);
                return new Expr.Dict(keys, values, loc(s));
            }
            return dictRest(s, keys, values);
        }
        checkStarredComprehension(first);
        if (type() == KW_FOR || type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR) {
            List<Comprehension> gens = generators();
            expect(RBRACE);
            return new Expr.SetComp(first, gens, loc(s));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (type() == RBRACE) {
                break;
            }
            elts.add(starNamedExpression());
        }
        checkComprehensionTarget(elts);
        expect(RBRACE);
        return new Expr.Set(elts, loc(s));
    }

    /** "[a, b for ...]": CPython's invalid_comprehension message. */
    private void checkComprehensionTarget(List<Expr> elts) {
        if (elts.size() > 1 && (type() == KW_FOR || type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR)) {
            throw errorAtLoc("did you forget parentheses around the comprehension target?", span(elts.get(0).loc(), elts.get(elts.size() - 1).loc()));
        }
    }

    /** "[*a for ...]": iterable unpacking is not a comprehension element. */
    private void checkStarredComprehension(Expr first) {
        if (first instanceof Expr.Starred && (type() == KW_FOR || type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR)) {
            throw errorAtNode("iterable unpacking cannot be used in comprehension", first);
        }
    }

    private Expr dictRest(int s, List<Expr> keys, List<Expr> values) {
        while (type() != RBRACE) {
            if (accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k = expression();
                keys.add(k);
                if (type() != COLON) {
                    Loc kl = k.loc();
                    throw errorAtLoc("':' expected after dictionary key", new Loc(kl.endLineno(), kl.endColOffset() - 1, kl.endLineno(), -1));
                }
                pos++;
                values.add(dictValue());
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        return new Expr.Dict(keys, values, loc(s));
    }

    /** The value after "key:" in a dict display, with CPython's invalid_kvpair messages. */
    private Expr dictValue() {
        Token colon = toks[pos - 1];
        if (type() == RBRACE || type() == COMMA) {
            throw errorAtToken("expression expected after dictionary key and ':'", colon);
        }
        if (type() == STAR) {
            int s = pos;
            pos++;
            Expr b = bitwiseOr();
            throw errorAtLoc("cannot use a starred expression in a dictionary value", locTo(s, b.loc()));
        }
        return expression();
    }

    List<Comprehension> generators() {
        List<Comprehension> gens = new ArrayList<>();
        for (;;) {
            int isAsync = 0;
            if (type() == KW_ASYNC && typeAt(pos + 1) == KW_FOR) {
                pos++;
                isAsync = 1;
            } else if (type() != KW_FOR) {
                break;
            }
            pos++;
            Expr target = starTargets();
            expect(KW_IN);
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(KW_IF)) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ================================================================ strings

    Expr strings() {
        return literals.strings();
    }

    /** The source of a self-documenting field as CPython shows it: comments removed, strings kept. */
    static String stripComments(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                boolean triple = i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c;
                int q = triple ? 3 : 1;
                int j = i + q;
                while (j < n) {
                    char d = text.charAt(j);
                    if (d == '\\') {
                        j += 2;
                        continue;
                    }
                    if (d == c && (!triple || j + 2 < n && text.charAt(j + 1) == c && text.charAt(j + 2) == c)) {
                        j += q;
                        break;
                    }
                    j++;
                }
                j = Math.min(j, n);
                sb.append(text, i, j);
                i = j;
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** A replacement field after its '{' token (used by {@link Literals}). */
    List<Expr> replacementField() {
        int s = pos;
        Token open = tok();
        pos++;
        int exprStart = pos;
        Token first = tok();
        if (first.type == EQUAL || first.type == EXCLAMATION || first.type == COLON || first.type == RBRACE) {
            throw errorAtToken("f-string: valid expression required before '" + TokenType.spelling(first.type) + "'", first);
        }
        if (first.type != KW_YIELD && !startsExpression(first.type)) {
            throw errorAtToken("f-string: expecting a valid expression after '{'", first);
        }
        Expr e;
        try {
            if (type() == KW_YIELD) {
                e = yieldExpr();
            } else {
                e = starExpressions();
            }
        } catch (PySyntaxError x) {
            // CPython's "!(yield_expr | star_expressions)": no prefix of the field parses as an expression
            int ft = first.type;
            boolean atomStart = ft == NAME || ft == NUMBER || ft == STRING || ft == FSTRING_START || ft == KW_NONE || ft == KW_TRUE
                            || ft == KW_FALSE || ft == ELLIPSIS;
            if (x.origin == PySyntaxError.ORIGIN_GENERIC && !atomStart) {
                throw errorAtToken("f-string: expecting a valid expression after '{'", first);
            }
            throw x;
        }
        int after = type();
        if (after != EQUAL && after != EXCLAMATION && after != COLON && after != RBRACE) {
            throw errorAtToken("f-string: expecting '=', or '!', or ':', or '}'", tok());
        }
        Expr debug = null;
        if (type() == EQUAL) {
            pos++;
            Token afterEq = tok();
            if (afterEq.type != EXCLAMATION && afterEq.type != COLON && afterEq.type != RBRACE) {
                throw errorAtToken("f-string: expecting '!', or ':', or '}'", afterEq);
            }
            String text = stripComments(tokenizer.src.substring(open.endPos, afterEq.startPos));
            debug = new Expr.Constant(text, null, new Loc(open.endLineno, open.endCol, afterEq.lineno, afterEq.col));
        }
        int conversion = -1;
        if (type() == EXCLAMATION) {
            Token bang = tok();
            pos++;
            Token ct = tok();
            if (ct.type != NAME && !TokenType.isKeyword(ct.type)) {
                throw errorAtToken("f-string: missing conversion character", ct);
            }
            if (ct.startPos != bang.endPos) {
                throw errorAtToken("f-string: conversion type must come right after the exclamanation mark", ct);
            }
            pos++;
            if (type() != COLON && type() != RBRACE) {
                throw errorAtToken("f-string: expecting ':' or '}'", tok());
            }
            switch (ct.text) {
                case "s" -> conversion = 's';
                case "r" -> conversion = 'r';
                case "a" -> conversion = 'a';
                default -> throw errorAtToken("f-string: invalid conversion character '" + ct.text + "': expected 's', 'r', or 'a'", ct);
            }
        }
        Expr spec = null;
        if (type() == COLON) {
            int cs = pos;
            pos++;
            List<Expr> parts = new ArrayList<>();
            for (;;) {
                if (type() == FSTRING_MIDDLE) {
                    Token m = tok();
                    pos++;
                    parts.add(new Expr.Constant(literals.fstringMiddle(m), null, tokLoc(m)));
                } else if (type() == LBRACE) {
                    parts.addAll(replacementField());
                } else {
                    break;
                }
            }
            if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Expr.FormattedValue fv) {
                Loc l = fv.loc();
                parts.add(new Expr.Constant("", null, new Loc(l.endLineno(), l.endColOffset(), l.endLineno(), l.endColOffset())));
            }
            spec = new Expr.JoinedStr(parts, loc(cs));
        }
        if (type() != RBRACE) {
            throw errorAtToken("f-string: expecting '}'", tok());
        }
        pos++;
        if (debug != null && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        Expr fv = new Expr.FormattedValue(e, conversion, spec, loc(s));
        if (debug != null) {
            List<Expr> r = new ArrayList<>(2);
            r.add(debug);
            r.add(fv);
            return r;
        }
        return Collections.singletonList(fv);
    }
}
