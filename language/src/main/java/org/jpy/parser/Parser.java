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
        } catch (PySyntaxError e) {
            throw p.refineGeneric(e);
        } catch (StackOverflowError e) {
            throw new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "too many nested parentheses", filename, 1, 0, 1, 0, null, false);
        }
    }

    /** Parses raw source bytes: UTF-8 BOM and PEP 263 coding cookie honoured. */
    public static Mod parseBytes(byte[] source, String filename, Mode mode, ParserOptions options) throws PySyntaxError {
        return parse(decode(source, filename), filename, mode, options);
    }

    /**
     * Decodes source bytes as CPython's tokenizer does (BOM, coding cookie on line 1 or 2, default UTF-8). Invalid
     * UTF-8 is kept as lone surrogates U+DC80..U+DCFF (like Python's 'surrogateescape'): CPython only complains
     * when such bytes end up in a token that is decoded (a string literal), never in a comment.
     */
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
            String norm = normalName(cookie);
            if (bom && !norm.equals("utf-8")) {
                throw encodingError("encoding problem: " + norm + " with BOM", filename);
            }
            String javaName = norm.equals("utf-8") ? "UTF-8" : norm;
            try {
                cs = Charset.forName(javaName);
            } catch (RuntimeException e) {
                throw encodingError("unknown encoding: " + cookie, filename);
            }
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            return decodeUtf8Lenient(source, off);
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(source, off, source.length - off)).toString();
        } catch (CharacterCodingException e) {
            throw encodingError("(unicode error) '" + normalName(cookie) + "' codec can't decode bytes", filename);
        }
    }

    private static PySyntaxError encodingError(String msg, String filename) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, 0, -1, -1, -1, null, false);
    }

    /** CPython's {@code get_normal_name}: canonical spellings of utf-8 and latin-1, anything else unchanged. */
    static String normalName(String enc) {
        String e = enc.length() > 12 ? enc.substring(0, 12) : enc;
        e = e.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (e.equals("utf-8") || e.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (e.equals("latin-1") || e.equals("iso-8859-1") || e.equals("iso-latin-1") || e.startsWith("latin-1-") || e.startsWith("iso-8859-1-")
                        || e.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return enc;
    }

    /** UTF-8 decoding that maps each byte of an invalid sequence to U+DC00+byte. */
    static String decodeUtf8Lenient(byte[] b, int off) {
        int n = b.length;
        boolean ascii = true;
        for (int i = off; i < n; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, off, n - off, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(n - off);
        int i = off;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need = Utf8.sequenceLength(b, i, n);
            if (need <= 0) {
                sb.append((char) (0xDC00 + c));
                i++;
                continue;
            }
            int cp;
            if (need == 2) {
                cp = (c & 0x1F) << 6 | b[i + 1] & 0x3F;
            } else if (need == 3) {
                cp = (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
            } else {
                cp = (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
            }
            sb.appendCodePoint(cp);
            i += need;
        }
        return sb.toString();
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
