package org.jpy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import org.jpy.JpyLanguage;
import org.jpy.compiler.Compiler;
import org.jpy.modules.sys.SysModule;
import org.jpy.nodes.exception.TracebackPrinter;
import org.jpy.objects.PNone;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.module.PythonModule;
import org.jpy.parser.PySyntaxError;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.imports.SourceDecoding;

/**
 * What {@code Context.eval("jpy", source)} runs: compiles the source on first execution (so syntax errors are
 * Python exceptions raised inside the context) and executes it in module {@code __main__}. With
 * {@code jpy.MainMode} (the launcher) an uncaught exception is printed by {@code sys.excepthook} and the context
 * exits with status 1; {@code SystemExit} exits with its code in every mode. Interactive sources compile in
 * 'single' mode, print expression values through {@code sys.displayhook}, and report errors without exiting.
 */
public final class TopLevelRootNode extends RootNode {
    private final Source source;
    @Child private IndirectCallNode call = IndirectCallNode.create();
    @CompilerDirectives.CompilationFinal private RootCallTarget code;

    public TopLevelRootNode(JpyLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public String getName() {
        return "<module>";
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JpyContext context = JpyContext.get(this);
        boolean mainMode = context.getEnv().getOptions().get(JpyLanguage.MainMode);
        boolean interactive = source.isInteractive();
        try {
            RootCallTarget target = compile(context, interactive);
            PDict globals = prepareMain(context, mainMode);
            Object result = call.call(target, null, null, globals, globals);
            SysModule.flushStdout(context);
            return interactive ? PNone.NONE : result;
        } catch (PException e) {
            SysModule.flushStdout(context);
            return handleUncaught(context, e, mainMode, interactive);
        }
    }

    @TruffleBoundary
    private RootCallTarget compile(JpyContext context, boolean interactive) {
        if (code == null) {
            try {
                org.jpy.compiler.CompileWarnings warnings = new org.jpy.compiler.CompileWarnings();
                code = Compiler.compile(context.getLanguage(), source, filename(), interactive ? Compiler.Mode.SINGLE : Compiler.Mode.EXEC,
                                context.getEnv().getOptions().get(JpyLanguage.Optimize), warnings, !interactive);
                warnings.emit(this);
            } catch (PySyntaxError e) {
                throw SourceDecoding.toPythonSyntaxError(this, e);
            }
        }
        return code;
    }

    private String filename() {
        String file = filePath(source);
        if (file != null && !source.isInteractive()) {
            return file;
        }
        return source.getName();
    }

    @TruffleBoundary
    private PDict prepareMain(JpyContext context, boolean mainMode) {
        SysModule sys = SysModule.get(context);
        PDict modules = sys.getModulesDict();
        Object existing = modules.getItem("__main__");
        PythonModule main;
        if (existing instanceof PythonModule m) {
            main = m;
        } else {
            main = new PythonModule("__main__");
            PDict g = main.getDict();
            g.setItem("__doc__", PNone.NONE);
            g.setItem("__package__", PNone.NONE);
            g.setItem("__loader__", PNone.NONE);
            g.setItem("__spec__", PNone.NONE);
            g.setItem("__annotations__", new PDict());
            g.setItem("__builtins__", context.getBuiltinsModule());
            modules.setItem("__main__", main);
        }
        String file = filePath(source);
        if (file != null && !source.isInteractive() && main.getDict().getItem("__file__") == null) {
            main.getDict().setItem("__file__", file);
            if (mainMode) {
                Object path = sys.getModule().getDict().getItem("path");
                if (path instanceof PList p && p.size() > 0 && "".equals(p.get(0))) {
                    p.set(0, parentDirectory(file));
                }
            }
        }
        return main.getDict();
    }

    /** The file a top-level source came from: its path, or its {@code file:} URI (the launcher builds sources from text). */
    static String filePath(Source src) {
        if (src.getPath() != null) {
            return src.getPath();
        }
        java.net.URI uri = src.getURI();
        if (uri != null && "file".equals(uri.getScheme())) {
            return java.nio.file.Paths.get(uri).toString();
        }
        return null;
    }

    private static String parentDirectory(String path) {
        java.nio.file.Path p = java.nio.file.Paths.get(path).toAbsolutePath().getParent();
        return p == null ? "" : p.toString();
    }

    /** With {@code -Djpy.debug}: where an uncaught Python exception came from (for jpy developers). */
    @TruffleBoundary
    public static void debugReport(PException e) {
        if (System.getProperty("jpy.debug") != null) {
            Object[] a = e.getPythonException().getArgs().getArray();
            System.err.println("jpy.debug: uncaught " + e.getPythonException().getStoredPythonClass() + " " + java.util.Arrays.toString(a));
            for (com.oracle.truffle.api.nodes.Node n = e.getLocation(); n != null; n = n.getParent()) {
                com.oracle.truffle.api.source.SourceSection ss = n.getSourceSection();
                String where = ss == null ? "" : ss.getSource().getName() + ":" + ss.getStartLine() + " " + ss.getCharacters().toString().split("\n")[0];
                System.err.println("   in " + n.getClass().getSimpleName() + " " + where);
            }
        }
    }

    private static boolean isIncomplete(PException e) {
        try {
            return com.oracle.truffle.api.interop.InteropLibrary.getUncached().isExceptionIncompleteSource(e);
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException ex) {
            return false;
        }
    }

    @TruffleBoundary
    private Object handleUncaught(JpyContext context, PException e, boolean mainMode, boolean interactive) {
        debugReport(e);
        if (e.isInstanceOf(PythonBuiltinClassType.SystemExit)) {
            int status = TracebackPrinter.handleSystemExit(context, e.getPythonException());
            if (mainMode || interactive) {
                context.getEnv().getContext().closeExited(this, status);
            }
            throw e;
        }
        if (interactive && isIncomplete(e)) {
            throw e;
        }
        if (mainMode || interactive) {
            TracebackPrinter.printViaExcepthook(context, e.getPythonException());
            SysModule.flushStdout(context);
            if (interactive) {
                return PNone.NONE;
            }
            context.getEnv().getContext().closeExited(this, 1);
        }
        throw e;
    }
}
