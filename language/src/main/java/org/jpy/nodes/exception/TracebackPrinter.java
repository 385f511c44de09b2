package org.jpy.nodes.exception;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.modules.sys.SysModule;
import org.jpy.nodes.JpyNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.nodes.util.CaretAnchors;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.traceback.PTraceback;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * CPython 3.12's {@code PyErr_Display}: the chained tracebacks ({@code __cause__}, then {@code __context__} unless
 * suppressed), each frame with its source line and the 3.12 position markers (a single {@code ^^^} range, or the
 * {@code ~~~^^^~~~} form for binary operators and subscripts; nothing when the range covers the whole line),
 * "[Previous line repeated N more times]" for recursion, the exception line, SyntaxError's caret block, and notes.
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;

    private TracebackPrinter() {
    }

    /** Calls {@code sys.excepthook(type, value, tb)}; falls back to direct printing if that is impossible. */
    @TruffleBoundary
    public static void printViaExcepthook(JpyContext context, PBaseException exc) {
        Object hook = SysModule.get(context).getModule().getDict().getItem("excepthook");
        if (hook != null && hook != PNone.NONE) {
            try {
                PyObjectCallNode.callUncached(hook, GetClassNode.getPythonClassUncached(exc), exc, exc.getTraceback());
                return;
            } catch (PException e) {
                writeStderr(context, "Error in sys.excepthook:\n" + format(e.getPythonException()) + "\nOriginal exception was:\n");
            }
        } else {
            writeStderr(context, "sys.excepthook is missing\n");
        }
        writeStderr(context, format(exc));
    }

    /** The default excepthook: prints the full report to {@code sys.stderr}. */
    @TruffleBoundary
    public static void printException(JpyContext context, Object value) {
        if (value instanceof PBaseException exc) {
            writeStderr(context, format(exc));
        } else {
            writeStderr(context, "TypeError: print_exception(): Exception expected for value, " + PyObjectStrNode.str(value) + " found\n");
        }
    }

    @TruffleBoundary
    static void writeStderr(JpyContext context, String text) {
        Object stderr = SysModule.get(context).getModule().getDict().getItem("stderr");
        if (stderr == null || stderr == PNone.NONE) {
            try {
                context.getEnv().err().write(text.getBytes(StandardCharsets.UTF_8));
                context.getEnv().err().flush();
            } catch (IOException e) {
                // nowhere to report
            }
            return;
        }
        Object write = PyObjectGetAttrNode.getAttributeUncached(stderr, "write");
        PyObjectCallNode.callUncached(write, text);
        Object flush = PyObjectGetAttrNode.lookupAttributeUncached(stderr, "flush");
        if (flush != PNone.NO_VALUE) {
            PyObjectCallNode.callUncached(flush);
        }
    }

    /**
     * SystemExit at top level: the exit status ({@code None} 0, an int itself, anything else is printed to
     * stderr and gives 1).
     */
    @TruffleBoundary
    public static int handleSystemExit(JpyContext context, PBaseException exc) {
        Object[] args = exc.getArgs().getArray();
        Object code = args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : exc.getArgs();
        Object codeAttr = PyObjectGetAttrNode.lookupAttributeUncached(exc, "code");
        if (codeAttr != PNone.NO_VALUE) {
            code = codeAttr;
        }
        if (code == PNone.NONE) {
            return 0;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (code instanceof Long l) {
            return (int) l.longValue();
        }
        if (code instanceof java.math.BigInteger) {
            return -1;
        }
        writeStderr(context, PyObjectStrNode.str(code) + "\n");
        return 1;
    }

    // ------------------------------------------------------------------ formatting

    @TruffleBoundary
    public static String format(PBaseException exc) {
        StringBuilder sb = new StringBuilder();
        format(sb, exc, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void format(StringBuilder sb, PBaseException exc, Map<Object, Boolean> seen) {
        seen.put(exc, true);
        Object cause = exc.getCause();
        Object context = exc.getContext();
        if (cause instanceof PBaseException c && !seen.containsKey(c)) {
            format(sb, c, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context instanceof PBaseException c && !exc.getSuppressContext() && !seen.containsKey(c)) {
            format(sb, c, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        Object tb = exc.getTraceback();
        long limit = tracebackLimit();
        if (tb instanceof PTraceback t && limit > 0) {
            sb.append("Traceback (most recent call last):\n");
            formatTraceback(sb, t, limit);
        }
        formatExceptionOnly(sb, exc);
    }

    /** CPython's default traceback depth (PyTraceBack_LIMIT), or {@code sys.tracebacklimit} when that is an int. */
    private static final long TRACEBACK_LIMIT = 1000;

    private static long tracebackLimit() {
        Object v = SysModule.get(JpyContext.get(null)).getModule().getDict().getItem("tracebacklimit");
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof java.math.BigInteger b) {
            return b.signum() > 0 ? Long.MAX_VALUE : 0;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return TRACEBACK_LIMIT;
    }

    private static void formatTraceback(StringBuilder sb, PTraceback start, long limit) {
        // only the innermost `limit` entries are printed, as CPython's tb_print_internal does
        long depth = 0;
        for (PTraceback tb = start; tb != null; tb = tb.getNext()) {
            depth++;
        }
        PTraceback first = start;
        while (depth > limit) {
            first = first.getNext();
            depth--;
        }
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PTraceback tb = first; tb != null; tb = tb.getNext()) {
            String file = tb.getFrame().getFilename();
            String name = tb.getFrame().getCodeName();
            int line = tb.getLineno();
            if (lastFile == null || !lastFile.equals(file) || lastLine != line || !lastName.equals(name)) {
                if (count > RECURSIVE_CUTOFF) {
                    appendRepeated(sb, count - RECURSIVE_CUTOFF);
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                continue;
            }
            formatFrame(sb, tb, file, line, name);
        }
        if (count > RECURSIVE_CUTOFF) {
            appendRepeated(sb, count - RECURSIVE_CUTOFF);
        }
    }

    private static void appendRepeated(StringBuilder sb, int n) {
        sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "").append("]\n");
    }

    private static void formatFrame(StringBuilder sb, PTraceback tb, String file, int lineno, String name) {
        sb.append("  File \"").append(file).append("\", line ").append(lineno).append(", in ").append(name).append('\n');
        SourceSection section = tb.getSourceSection();
        String line = sourceLine(file, lineno, section);
        if (line == null) {
            return;
        }
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return;
        }
        sb.append("    ").append(stripped).append('\n');
        if (section == null || section.getStartLine() != lineno) {
            return;
        }
        appendCarets(sb, tb.getLocation(), section, line, stripped);
    }

    private static void appendCarets(StringBuilder sb, Node location, SourceSection section, String line, String stripped) {
        Source source = section.getSource();
        int lineStart = source.getLineStartOffset(section.getStartLine());
        int startOffset = section.getCharIndex() - lineStart;
        int endOffset;
        boolean singleLine = section.getEndLine() == section.getStartLine();
        if (singleLine) {
            endOffset = startOffset + section.getCharLength();
        } else {
            endOffset = line.stripTrailing().length();
        }
        if (startOffset < 0 || endOffset > line.length() || endOffset <= startOffset) {
            return;
        }
        String segment = line.substring(startOffset, endOffset);
        int[] anchors = singleLine ? anchors(location, section, segment) : null;
        if (!(endOffset - startOffset < stripped.length() || (anchors != null && anchors[1] - anchors[0] > 0))) {
            return;
        }
        int strippedChars = line.length() - stripLeading(line).length();
        sb.append("    ");
        sb.append(" ".repeat(Math.max(0, startOffset - strippedChars)));
        if (anchors != null) {
            sb.append("~".repeat(anchors[0]));
            sb.append("^".repeat(anchors[1] - anchors[0]));
            sb.append("~".repeat(Math.max(0, segment.length() - anchors[1])));
        } else {
            sb.append("^".repeat(endOffset - startOffset));
        }
        sb.append('\n');
    }

    private static String stripLeading(String s) {
        return s.stripLeading();
    }

    /** The nearest enclosing node with anchors whose span is exactly this section (binary operator or subscript). */
    private static int[] anchors(Node location, SourceSection section, String segment) {
        Node n = location;
        while (n != null) {
            if (n instanceof JpyNode j && j.hasSourcePosition()) {
                if (j.getSourceCharIndex() != section.getCharIndex() || j.getSourceLength() != section.getCharLength()) {
                    return null;
                }
                if (j instanceof CaretAnchors a && a.getAnchorLeftEnd() >= 0) {
                    int base = section.getCharIndex();
                    return a.isBinaryOperator() ? binaryAnchors(segment, a.getAnchorLeftEnd() - base, a.getAnchorRightStart() - base)
                                    : subscriptAnchors(segment, a.getAnchorLeftEnd() - base, a.getAnchorRightStart() - base);
                }
                return null;
            }
            n = n.getParent();
        }
        return null;
    }

    private static int[] binaryAnchors(String segment, int leftEnd, int rightStart) {
        if (leftEnd < 0 || rightStart > segment.length() || leftEnd > rightStart) {
            return null;
        }
        String operator = segment.substring(leftEnd, rightStart);
        int operatorOffset = operator.length() - operator.stripLeading().length();
        int left = leftEnd + operatorOffset;
        int right = left + 1;
        if (operatorOffset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(operatorOffset + 1))) {
            right++;
        }
        while (left < segment.length() && (Character.isWhitespace(segment.charAt(left)) || segment.charAt(left) == ')' || segment.charAt(left) == '#')) {
            left++;
            right++;
        }
        return new int[]{left, right};
    }

    private static int[] subscriptAnchors(String segment, int valueEnd, int sliceEnd) {
        int left = valueEnd;
        int right = sliceEnd + 1;
        if (left < 0 || right < 0) {
            return null;
        }
        while (left < segment.length() && segment.charAt(left) != '[') {
            left++;
        }
        while (right < segment.length() && segment.charAt(right) != ']') {
            right++;
        }
        if (right < segment.length()) {
            right++;
        }
        return new int[]{left, right};
    }

    /** The source line as {@code linecache} would give it: files only (not {@code <string>}/{@code <stdin>}). */
    private static String sourceLine(String file, int lineno, SourceSection section) {
        if (file == null || (file.startsWith("<") && file.endsWith(">")) || lineno <= 0) {
            return null;
        }
        if (section != null) {
            Source s = section.getSource();
            if (s.hasCharacters() && file.equals(s.getPath()) && lineno <= s.getLineCount()) {
                return lineText(s, lineno);
            }
        }
        try {
            List<String> lines = Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8);
            return lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String lineText(Source s, int lineno) {
        CharSequence text = s.getCharacters();
        int start = s.getLineStartOffset(lineno);
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        String line = text.subSequence(start, end).toString();
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static void formatExceptionOnly(StringBuilder sb, PBaseException exc) {
        PythonClass cls = GetClassNode.getPythonClassUncached(exc);
        String name = cls.getQualName();
        Object module = cls.getModuleName();
        if (module instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            name = m + "." + name;
        }
        JpyContext ctx = JpyContext.get(null);
        if (cls.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.SyntaxError))) {
            formatSyntaxError(sb, exc, name);
        } else {
            String msg = safeStr(exc);
            sb.append(msg.isEmpty() ? name : name + ": " + msg).append('\n');
        }
        Object notes = PyObjectGetAttrNode.lookupAttributeUncached(exc, "__notes__");
        if (notes != PNone.NO_VALUE) {
            Object[] items = IterationSupport.toArrayOrNull(notes);
            if (items == null || notes instanceof String) {
                sb.append(safeRepr(notes)).append('\n');
            } else {
                for (Object note : items) {
                    sb.append(note instanceof String s ? s : safeStr(note)).append('\n');
                }
            }
        }
    }

    private static void formatSyntaxError(StringBuilder sb, PBaseException exc, String name) {
        Object filename = PyObjectGetAttrNode.lookupAttributeUncached(exc, "filename");
        Object lineno = PyObjectGetAttrNode.lookupAttributeUncached(exc, "lineno");
        Object text = PyObjectGetAttrNode.lookupAttributeUncached(exc, "text");
        Object offset = PyObjectGetAttrNode.lookupAttributeUncached(exc, "offset");
        Object endOffset = PyObjectGetAttrNode.lookupAttributeUncached(exc, "end_offset");
        Object endLineno = PyObjectGetAttrNode.lookupAttributeUncached(exc, "end_lineno");
        Object msgObj = PyObjectGetAttrNode.lookupAttributeUncached(exc, "msg");
        String msg = msgObj instanceof String s ? s : safeStr(exc);
        if (filename instanceof String || lineno instanceof Long) {
            sb.append("  File \"").append(filename instanceof String f ? f : "<string>").append("\", line ").append(lineno instanceof Long l ? l.longValue() : 0L).append('\n');
        }
        if (text instanceof String t) {
            String line = t;
            int nl = line.indexOf('\n');
            if (nl >= 0 && nl < line.length() - 1) {
                line = line.substring(0, nl + 1);
            }
            String rstripped = line.replaceAll("[\\n\\r]+$", "");
            String lstripped = rstripped.stripLeading();
            int spaces = rstripped.length() - lstripped.length();
            sb.append("    ").append(lstripped).append('\n');
            if (offset instanceof Long off) {
                long start = off;
                long end = endOffset instanceof Long eo && eo > 0 ? eo : start;
                if (!(endLineno instanceof Long el) || !(lineno instanceof Long ln) || el.longValue() != ln.longValue()) {
                    end = start;
                }
                if (end <= start) {
                    end = start + 1;
                }
                long caretStart = start - 1 - spaces;
                long width = end - start;
                if (caretStart >= 0 || start > 0) {
                    sb.append("    ").append(" ".repeat((int) Math.max(0, caretStart))).append("^".repeat((int) Math.max(1, width))).append('\n');
                }
            }
        }
        sb.append(name).append(": ").append(msg).append('\n');
    }

    private static String safeStr(Object o) {
        try {
            return PyObjectStrNode.str(o);
        } catch (PException e) {
            return "<exception str() failed>";
        }
    }

    private static String safeRepr(Object o) {
        try {
            return org.jpy.nodes.pyobject.PyObjectReprNode.repr(o);
        } catch (PException e) {
            return "<note repr() failed>";
        }
    }
}
