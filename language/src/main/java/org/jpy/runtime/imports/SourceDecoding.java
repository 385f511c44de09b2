package org.jpy.runtime.imports;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.objects.PNone;
import org.jpy.objects.exception.PBaseException;
import org.jpy.parser.PySyntaxError;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Source files as text (PEP 3120 UTF-8 default, BOM, PEP 263 coding cookie in the first two lines) and the
 * conversion of the parser's {@link PySyntaxError} into a Python SyntaxError with CPython's attributes
 * ({@code msg, filename, lineno, offset, text, end_lineno, end_offset}).
 */
public final class SourceDecoding {
    private SourceDecoding() {
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    @TruffleBoundary
    public static String decode(Node node, byte[] bytes, String filename) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            start = 3;
        }
        Charset charset = StandardCharsets.UTF_8;
        if (start == 0) {
            String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
            String[] lines = head.split("\n", 3);
            for (int i = 0; i < Math.min(2, lines.length); i++) {
                Matcher m = CODING.matcher(lines[i]);
                if (m.find()) {
                    try {
                        charset = Charset.forName(normalize(m.group(1)));
                    } catch (RuntimeException e) {
                        charset = StandardCharsets.UTF_8;
                    }
                    break;
                }
                if (!lines[i].trim().isEmpty() && !lines[i].trim().startsWith("#")) {
                    break;
                }
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, charset);
        }
    }

    private static String normalize(String name) {
        String n = name.toLowerCase().replace('_', '-');
        if (n.equals("latin-1") || n.startsWith("iso-8859-1") || n.startsWith("iso-latin-1")) {
            return "ISO-8859-1";
        }
        if (n.startsWith("utf-8")) {
            return "UTF-8";
        }
        return n;
    }

    /** The Python SyntaxError (or IndentationError / TabError) for a parser or scope-analysis error. */
    @TruffleBoundary
    public static PException toPythonSyntaxError(Node node, PySyntaxError e) {
        PythonBuiltinClassType type = switch (e.kind()) {
            case SYNTAX_ERROR -> PythonBuiltinClassType.SyntaxError;
            case INDENTATION_ERROR -> PythonBuiltinClassType.IndentationError;
            case TAB_ERROR -> PythonBuiltinClassType.TabError;
        };
        Object cls = JpyContext.get(node).lookupType(type);
        Object text = e.text() == null ? PNone.NONE : e.text();
        Object filename = e.filename() == null ? PNone.NONE : e.filename();
        Object details = new org.jpy.objects.tuple.PTuple(new Object[]{filename, (long) e.lineno(), (long) e.offset(), text, (long) e.endLineno(), (long) e.endOffset()});
        Object exc = PyObjectCallNode.callUncached(cls, e.msg(), details);
        PException p = PRaise.raiseObject(node, (PBaseException) exc);
        p.setIncompleteSource(e.isIncompleteInput());
        return p;
    }

}
