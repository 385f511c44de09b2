package org.jpy.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.modules.sys.SysModule;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.objects.PNone;
import org.jpy.parser.WarningSink;
import org.jpy.runtime.JpyContext;

/**
 * Compile-time warnings (SyntaxWarning, DeprecationWarning) collected while parsing and issued once the parse is
 * done, through {@code warnings.warn_explicit} when the {@code warnings} module is loaded (so filters apply), else
 * printed in the default {@code file:line: Category: message} format with the source line.
 */
public final class CompileWarnings implements WarningSink {
    private record Warning(String category, String message, String filename, int lineno) {
    }

    private final List<Warning> warnings = new ArrayList<>();

    @Override
    public void warn(String category, String message, String filename, int lineno) {
        warnings.add(new Warning(category, message, filename, lineno));
    }

    public boolean isEmpty() {
        return warnings.isEmpty();
    }

    @TruffleBoundary
    public void emit(Node node) {
        if (warnings.isEmpty()) {
            return;
        }
        JpyContext context = JpyContext.get(node);
        Object warningsModule = SysModule.get(context).getModulesDict().getItem("warnings");
        for (Warning w : warnings) {
            Object category = context.getBuiltinsModule().getDict().getItem(w.category());
            if (warningsModule != null && category != null) {
                Object warnExplicit = PyObjectGetAttrNode.lookupAttributeUncached(warningsModule, "warn_explicit");
                if (warnExplicit != PNone.NO_VALUE) {
                    PyObjectCallNode.callUncached(warnExplicit, w.message(), category, w.filename(), (long) w.lineno());
                    continue;
                }
            }
            StringBuilder sb = new StringBuilder();
            sb.append(w.filename()).append(':').append(w.lineno()).append(": ").append(w.category()).append(": ").append(w.message()).append('\n');
            String line = sourceLine(w.filename(), w.lineno());
            if (line != null && !line.isBlank()) {
                sb.append("  ").append(line.strip()).append('\n');
            }
            Object stderr = SysModule.get(context).getModule().getDict().getItem("stderr");
            if (stderr != null && stderr != PNone.NONE) {
                PyObjectCallNode.callUncached(PyObjectGetAttrNode.getAttributeUncached(stderr, "write"), sb.toString());
            }
        }
        warnings.clear();
    }

    private static String sourceLine(String filename, int lineno) {
        if (filename == null || filename.startsWith("<")) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(Paths.get(filename), StandardCharsets.UTF_8);
            return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
