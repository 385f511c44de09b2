package org.jpy.parser;

import static org.jpy.parser.TokenType.*;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jpy.parser.ast.ConstantValue;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Loc;

/**
 * Values of number and string literals: escape decoding (with 3.12's SyntaxWarning for invalid escapes),
 * implicit concatenation of adjacent string, bytes and f-string tokens, and the constant-merging rules CPython
 * applies when building a {@code JoinedStr}. Kept apart from the grammar because it is pure value computation.
 */
final class Literals {
    private final PythonParser p;

    Literals(PythonParser p) {
        this.p = p;
    }

    // ---------------------------------------------------------------- numbers

    Object number(Token t) {
        String s = t.text;
        if (s.indexOf('_') >= 0) {
            s = s.replace("_", "");
        }
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Complex(0.0, parseFloat(s.substring(0, n - 1)));
        }
        if (n > 1 && s.charAt(0) == '0') {
            char c = s.charAt(1);
            int radix = c == 'x' || c == 'X' ? 16 : c == 'o' || c == 'O' ? 8 : c == 'b' || c == 'B' ? 2 : 0;
            if (radix != 0) {
                return intValue(s.substring(2), radix);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return parseFloat(s);
            }
        }
        return intValue(s, 10);
    }

    private static Object intValue(String digits, int radix) {
        if (radix == 10 && digits.length() <= 18 || radix == 16 && digits.length() <= 15 || radix == 8 && digits.length() <= 20
                        || radix == 2 && digits.length() <= 62) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    private static double parseFloat(String s) {
        return Double.parseDouble(s);
    }

    // ---------------------------------------------------------------- strings

    /** Adjacent STRING / f-string tokens starting at the current token. */
    Expr strings() {
        int s = p.pos;
        boolean anyF = false;
        int bytesState = 0; // 0 unknown, 1 bytes, 2 str
        List<Expr> parts = new ArrayList<>();
        for (;;) {
            Token t = p.tok();
            if (t.type == STRING) {
                p.pos++;
                int q = 0;
                boolean raw = false;
                boolean bytes = false;
                boolean u = false;
                String text = t.text;
                for (;; q++) {
                    char c = text.charAt(q);
                    if (c == '\'' || c == '"') {
                        break;
                    }
                    switch (c) {
                        case 'r', 'R' -> raw = true;
                        case 'b', 'B' -> bytes = true;
                        case 'u' -> u = true;
                        default -> {
                        }
                    }
                }
                int ql = text.length() - q >= 6 && text.charAt(q + 1) == text.charAt(q) && text.charAt(q + 2) == text.charAt(q) ? 3 : 1;
                String body = text.substring(q + ql, text.length() - ql);
                if (Utf8.hasEscapedBytes(body)) {
                    String m = Utf8.decodeErrorMessage(Utf8.rawBytes(body));
                    throw p.errorAtToken("(unicode error) " + m, t);
                }
                int state = bytes ? 1 : 2;
                if (bytesState != 0 && bytesState != state) {
                    throw mixError(s);
                }
                bytesState = state;
                Object value = bytes ? decodeBytes(body, raw, t) : decodeStr(body, raw, false, t);
                parts.add(new Expr.Constant(value, u ? "u" : null, PythonParser.tokLoc(t)));
            } else if (t.type == FSTRING_START) {
                if (bytesState == 1) {
                    throw mixError(s);
                }
                bytesState = 2;
                anyF = true;
                fstring(parts);
            } else {
                break;
            }
        }
        Loc loc = p.loc(s);
        if (!anyF) {
            if (parts.size() == 1) {
                Expr.Constant c = (Expr.Constant) parts.get(0);
                return new Expr.Constant(c.value(), c.kind(), loc);
            }
            Expr.Constant first = (Expr.Constant) parts.get(0);
            if (bytesState == 1) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (Expr e : parts) {
                    byte[] b = ((ConstantValue.Bytes) ((Expr.Constant) e).value()).value();
                    out.write(b, 0, b.length);
                }
                return new Expr.Constant(new ConstantValue.Bytes(out.toByteArray()), first.kind(), loc);
            }
            StringBuilder sb = new StringBuilder();
            for (Expr e : parts) {
                sb.append((String) ((Expr.Constant) e).value());
            }
            return new Expr.Constant(sb.toString(), first.kind(), loc);
        }
        return new Expr.JoinedStr(mergeConstants(parts), loc);
    }

    private PySyntaxError mixError(int s) {
        // CPython reports it over the whole run of string tokens
        int e = s;
        while (p.typeAt(e) == STRING || p.typeAt(e) == FSTRING_START) {
            if (p.typeAt(e) == FSTRING_START) {
                // skip to the matching end
                int depth = 0;
                do {
                    int ty = p.typeAt(e);
                    if (ty == FSTRING_START) {
                        depth++;
                    } else if (ty == FSTRING_END) {
                        depth--;
                    } else if (ty == ENDMARKER) {
                        break;
                    }
                    e++;
                } while (depth > 0);
            } else {
                e++;
            }
        }
        if (p.typeAt(s) == FSTRING_START || p.typeAt(e - 1) == FSTRING_END || p.typeAt(e - 1) == STRING && anyFString(s, e)) {
            return p.errorAtLast("cannot mix bytes and nonbytes literals");
        }
        Token a = p.at(s);
        Token b = p.at(e - 1);
        return p.errorAtLoc("cannot mix bytes and nonbytes literals", new Loc(a.lineno, a.col, b.endLineno, b.endCol));
    }

    private boolean anyFString(int s, int e) {
        for (int i = s; i < e; i++) {
            if (p.typeAt(i) == FSTRING_START) {
                return true;
            }
        }
        return false;
    }

    /** Parses one f-string (FSTRING_START ... FSTRING_END), appending its parts. */
    private void fstring(List<Expr> parts) {
        Token start = p.tok();
        p.pos++;
        for (;;) {
            Token t = p.tok();
            if (t.type == FSTRING_MIDDLE) {
                p.pos++;
                parts.add(new Expr.Constant(fstringMiddle(t), null, PythonParser.tokLoc(t)));
            } else if (t.type == LBRACE) {
                parts.addAll(p.replacementField());
            } else if (t.type == FSTRING_END) {
                p.pos++;
                return;
            } else {
                throw p.errorAtToken("f-string: expecting '}'", t);
            }
        }
    }

    /** Decoded text of an FSTRING_MIDDLE token: escapes (unless raw) and doubled braces. */
    String fstringMiddle(Token t) {
        // find the owning f-string's prefix: scan back to the FSTRING_START (tracked by raw flag lookup)
        return decodeStr(t.text, isRawFString(t), true, t);
    }

    private boolean isRawFString(Token middle) {
        // walk back over tokens to the nearest unmatched FSTRING_START
        int depth = 0;
        for (int i = p.pos - 1; i >= 0; i--) {
            Token x = p.at(i);
            if (x == middle) {
                continue;
            }
            if (x.type == FSTRING_END) {
                depth++;
            } else if (x.type == FSTRING_START) {
                if (depth == 0) {
                    String pre = x.text;
                    return pre.indexOf('r') >= 0 || pre.indexOf('R') >= 0;
                }
                depth--;
            }
        }
        return false;
    }

    /** Merges adjacent str constants and drops empty ones, as CPython's string concatenation does. */
    static List<Expr> mergeConstants(List<Expr> parts) {
        List<Expr> out = new ArrayList<>(parts.size());
        int i = 0;
        int n = parts.size();
        while (i < n) {
            Expr e = parts.get(i);
            if (e instanceof Expr.Constant c && c.value() instanceof String str) {
                if (str.isEmpty()) {
                    i++;
                    continue;
                }
                int j = i + 1;
                Expr.Constant last = c;
                StringBuilder sb = null;
                while (j < n && parts.get(j) instanceof Expr.Constant c2 && c2.value() instanceof String s2) {
                    if (!s2.isEmpty()) {
                        if (sb == null) {
                            sb = new StringBuilder(str);
                        }
                        sb.append(s2);
                        last = c2;
                    }
                    j++;
                }
                if (sb == null) {
                    out.add(c);
                } else {
                    out.add(new Expr.Constant(sb.toString(), c.kind(), PythonParser.span(c.loc(), last.loc())));
                }
                i = j;
            } else {
                out.add(e);
                i++;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- escapes

    private static int hexVal(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private void invalidEscape(Token t, String seq) {
        if (!literalWarned) {
            literalWarned = true;
            p.warnOnce(t, "SyntaxWarning", "invalid escape sequence '" + seq + "'");
        }
    }

    /** CPython reports only the first invalid escape of a literal. */
    private boolean literalWarned;

    String decodeStr(String body, boolean raw, boolean fstring, Token t) {
        literalWarned = false;
        int n = body.length();
        int i = 0;
        if (raw) {
            if (!fstring) {
                return body;
            }
        }
        for (; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\\' && !raw || fstring && (c == '{' || c == '}')) {
                break;
            }
        }
        if (i == n) {
            return body;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(body, 0, i);
        while (i < n) {
            char c = body.charAt(i);
            if (fstring && (c == '{' || c == '}')) {
                sb.append(c);
                i += i + 1 < n && body.charAt(i + 1) == c ? 2 : 1;
                continue;
            }
            if (c != '\\' || raw) {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                sb.append('\\');
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            int es = i;
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                        v = v * 8 + (body.charAt(i) - '0');
                        i++;
                        k++;
                    }
                    if (v > 0377) {
                        if (!literalWarned) {
                            literalWarned = true;
                            p.warnOnce(t, "SyntaxWarning", "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'");
                        }
                    }
                    sb.appendCodePoint(v);
                }
                case 'x' -> {
                    sb.appendCodePoint(hexEscape(body, es, i, 2, t, fstring, "\\xXX"));
                    i += 2;
                }
                case 'u' -> {
                    sb.append((char) hexEscape(body, es, i, 4, t, fstring, "\\uXXXX"));
                    i += 4;
                }
                case 'U' -> {
                    int v = hexEscape(body, es, i, 8, t, fstring, "\\UXXXXXXXX");
                    if (v > 0x10FFFF) {
                        throw unicodeError(t, fstring, es, i + 7, "illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                    i += 8;
                }
                case 'N' -> {
                    if (i < n && body.charAt(i) == '{') {
                        int close = body.indexOf('}', i);
                        if (close > i + 1) {
                            String nm = body.substring(i + 1, close);
                            int cp = lookupName(nm);
                            if (cp >= 0) {
                                sb.appendCodePoint(cp);
                                i = close + 1;
                                break;
                            }
                            throw unicodeError(t, fstring, es, close, "unknown Unicode character name");
                        }
                        throw unicodeError(t, fstring, es, close < 0 ? n - 1 : close, "malformed \\N character escape");
                    }
                    throw unicodeError(t, fstring, es, es + 1, "malformed \\N character escape");
                }
                default -> {
                    invalidEscape(t, "\\" + e);
                    if (fstring && (e == '{' || e == '}')) {
                        sb.append('\\');
                        i--; // the brace is read again (it may be doubled)
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int lookupName(String nm) {
        try {
            return Character.codePointOf(nm);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
    }

    private int hexEscape(String body, int es, int i, int count, Token t, boolean fstring, String what) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = i + k < body.length() ? hexVal(body.charAt(i + k)) : -1;
            if (d < 0) {
                throw unicodeError(t, fstring, es, i + k - 1, "truncated " + what + " escape");
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** CPython's "(unicode error)" for a bad escape spanning body[start..end]; f-string parts report after the part. */
    private PySyntaxError unicodeError(Token t, boolean fstring, int start, int end, String what) {
        String msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + end + ": " + what;
        if (fstring) {
            Loc l = new Loc(t.endLineno, t.endCol, t.endLineno, t.endCol + 1);
            return p.errorAtLoc(msg, l);
        }
        return p.errorAtToken(msg, t);
    }

    ConstantValue.Bytes decodeBytes(String body, boolean raw, Token t) {
        literalWarned = false;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            if (body.charAt(i) >= 0x80) {
                throw p.errorAtToken("bytes can only contain ASCII literal characters", t);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || raw || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                        v = v * 8 + (body.charAt(i) - '0');
                        i++;
                        k++;
                    }
                    if (v > 0377) {
                        if (!literalWarned) {
                            literalWarned = true;
                            p.warnOnce(t, "SyntaxWarning", "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'");
                        }
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int h1 = i < n ? hexVal(body.charAt(i)) : -1;
                    int h2 = i + 1 < n ? hexVal(body.charAt(i + 1)) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw p.errorAtToken("(value error) invalid \\x escape at position " + (i - 2), t);
                    }
                    out.write(h1 * 16 + h2);
                    i += 2;
                }
                default -> {
                    invalidEscape(t, "\\" + e);
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return new ConstantValue.Bytes(out.toByteArray());
    }
}
