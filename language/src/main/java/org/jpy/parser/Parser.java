package org.jpy.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jpy.parser.ast.Mod;

/**
 * Public entry point of jpy's parser: source text (or bytes, decoded per PEP 263) in, CPython-identical AST out,
 * or a {@link PySyntaxError} with CPython's fields. Stateless and thread-safe; every call builds its own
 * tokenizer and parser.
 */
public final class Parser {
    private Parser() {
    }

    /** The modes of {@code ast.parse} / {@code compile}. */
    public enum Mode {
        EXEC,
        EVAL,
        SINGLE,
        FUNC_TYPE
    }

    /** Parses already-decoded source text. */
    public static Mod parse(String source, String filename, Mode mode, ParserOptions options) throws PySyntaxError {
        if (options == null) {
            options = ParserOptions.DEFAULT;
        }
        String src = normalizeNewlines(source);
        if (src.indexOf('\0') >= 0) {
            throw new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "source code string cannot contain null bytes", filename, -1, -1,
                            -1, -1, null, false);
        }
        PythonParser p = new PythonParser(src, filename, options);
        try {
            return switch (mode) {
                case EXEC -> p.fileInput();
                case EVAL -> p.evalInput();
                case SINGLE -> p.interactive();
                case FUNC_TYPE -> p.funcTypeInput();
            };
        } catch (StackOverflowError e) {
            throw new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "too many nested parentheses", filename, 1, 0, 1, 0, null, false);
        }
    }

    /** Parses raw source bytes: UTF-8 BOM and PEP 263 coding cookie honoured. */
    public static Mod parseBytes(byte[] source, String filename, Mode mode, ParserOptions options) throws PySyntaxError {
        return parse(decode(source, filename), filename, mode, options);
    }

    /** Decodes source bytes as CPython's tokenizer does (BOM, coding cookie on line 1 or 2, default UTF-8). */
    public static String decode(byte[] source, String filename) throws PySyntaxError {
        int off = 0;
        boolean bom = false;
        if (source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB && (source[2] & 0xFF) == 0xBF) {
            off = 3;
            bom = true;
        }
        String cookie = findCookie(source, off);
        Charset cs = StandardCharsets.UTF_8;
        if (cookie != null) {
            String norm = normalizeEncoding(cookie);
            if (bom && !norm.equals("utf-8")) {
                throw new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "encoding problem: " + cookie + " with BOM", filename, 1, 0, 1, 0,
                                null, false);
            }
            try {
                cs = Charset.forName(norm);
            } catch (RuntimeException e) {
                throw new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "unknown encoding: " + cookie, filename, 1, 0, 1, 0, null, false);
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(source, off, source.length - off)).toString();
        } catch (CharacterCodingException e) {
            // find the failing position for the message
            int bad = off;
            CharsetDecoder d2 = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(source, off, source.length - off);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(source.length + 16);
            java.nio.charset.CoderResult r = d2.decode(in, out, true);
            if (r.isError()) {
                bad = in.position();
            }
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (source[i] == '\n') {
                    line++;
                }
            }
            String msg = "(unicode error) '" + (cookie == null ? "utf-8" : normalizeEncoding(cookie)) + "' codec can't decode byte 0x"
                            + String.format("%02x", source[bad] & 0xFF) + " in position " + (bad - off) + ": invalid "
                            + ((source[bad] & 0xC0) == 0x80 ? "start byte" : "continuation byte");
            throw new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, line, 0, line, 0, null, false);
        }
    }

    private static String normalizeEncoding(String enc) {
        String e = enc.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (e.equals("utf8") || e.startsWith("utf-8-") || e.equals("utf-8")) {
            return "utf-8";
        }
        if (e.equals("latin-1") || e.equals("iso-8859-1") || e.equals("iso-latin-1") || e.startsWith("latin-1-") || e.startsWith("iso-8859-1-")
                        || e.equals("latin1") || e.equals("l1")) {
            return "iso-8859-1";
        }
        if (e.equals("ascii") || e.equals("us-ascii")) {
            return "us-ascii";
        }
        return e;
    }

    /** The PEP 263 cookie of line 1 or 2 ({@code coding[:=]\s*([-\w.]+)} in a comment-only line), or null. */
    static String findCookie(byte[] src, int off) {
        int lineStart = off;
        for (int line = 0; line < 2 && lineStart < src.length; line++) {
            int end = lineStart;
            while (end < src.length && src[end] != '\n' && src[end] != '\r') {
                end++;
            }
            int i = lineStart;
            while (i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\f')) {
                i++;
            }
            if (i < end && src[i] == '#') {
                String text = new String(src, i, end - i, StandardCharsets.ISO_8859_1);
                int k = text.indexOf("coding");
                while (k >= 0) {
                    int j = k + 6;
                    if (j < text.length() && (text.charAt(j) == ':' || text.charAt(j) == '=')) {
                        j++;
                        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                            j++;
                        }
                        int st = j;
                        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '_'
                                        || text.charAt(j) == '.')) {
                            j++;
                        }
                        if (j > st) {
                            return text.substring(st, j);
                        }
                    }
                    k = text.indexOf("coding", k + 1);
                }
            } else if (i < end) {
                return null; // a code line: no cookie on the next line
            }
            lineStart = end;
            if (lineStart < src.length && src[lineStart] == '\r') {
                lineStart++;
            }
            if (lineStart < src.length && src[lineStart] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
