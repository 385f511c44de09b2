package org.jpy.modules.ast;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.jpy.JpyLanguage;
import org.jpy.compiler.CompileWarnings;
import org.jpy.compiler.Compiler;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.str.PyStrs;
import org.jpy.parser.Parser;
import org.jpy.parser.ParserOptions;
import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.Mod;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.imports.SourceDecoding;

/**
 * The two AST paths of the builtin {@code compile()}: source to {@code _ast} objects ({@code PyCF_ONLY_AST}, what
 * {@code ast.parse} uses) and {@code _ast} objects to runnable code. Kept apart from the builtin so that
 * {@code BuiltinCoreFunctions} only has to branch here.
 */
public final class AstCompiler {
    public static final long PyCF_ONLY_AST = 0x400;
    public static final long PyCF_TYPE_COMMENTS = 0x1000;

    private AstCompiler() {
    }

    /** Whether {@code source} is an {@code ast.AST} instance (only then does {@link #compileTree} apply). */
    @TruffleBoundary
    public static boolean isAst(Node node, Object source) {
        return !(source instanceof String) && !(source instanceof PBytes) && PythonToAst.isAst(node, source);
    }

    /**
     * {@code compile(source, filename, mode, flags)} with {@code PyCF_ONLY_AST} in {@code flags}: parses str or
     * bytes into {@code _ast} objects; an AST object is checked against the mode and returned as is.
     *
     * @param featureVersion the {@code _feature_version} argument (-1 for the latest)
     */
    @TruffleBoundary
    public static Object parse(Node node, Object source, String filename, String mode, long flags, int featureVersion) {
        Parser.Mode parserMode = switch (mode) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        };
        if (isAst(node, source)) {
            PythonToAst reader = PythonToAst.create(node);
            reader.checkPlacement = false;
            reader.mod(source, rootName(mode));
            return source;
        }
        CompileWarnings warnings = new CompileWarnings();
        ParserOptions options = new ParserOptions((flags & PyCF_TYPE_COMMENTS) != 0, featureVersion < 0 ? 12 : featureVersion, warnings);
        Mod mod;
        try {
            if (source instanceof PBytes b) {
                mod = Parser.parseBytes(b.getBytes(), filename, parserMode, options);
            } else if (source instanceof PByteArray b) {
                mod = Parser.parseBytes(b.toBytes(), filename, parserMode, options);
            } else {
                String text = PyStrs.asStr(source);
                if (text == null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "compile() arg 1 must be a string, bytes or AST object");
                }
                mod = Parser.parse(text, filename, parserMode, options);
            }
        } catch (PySyntaxError e) {
            throw SourceDecoding.toPythonSyntaxError(node, e);
        }
        warnings.emit(node);
        return AstToPython.convert(node, mod);
    }

    /**
     * {@code compile(tree, filename, mode)} of an {@code _ast} tree: converted back (with CPython's validation
     * errors) and translated like parsed source.
     */
    @TruffleBoundary
    public static RootCallTarget compileTree(Node node, Object tree, String filename, String mode, int optimize) {
        if (mode.equals("func_type")) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        PythonToAst reader = PythonToAst.create(node);
        reader.filename = filename;
        Mod mod = reader.mod(tree, rootName(mode));
        JpyContext context = JpyContext.get(node);
        int level = optimize >= 0 ? optimize : context.getEnv().getOptions().get(JpyLanguage.Optimize);
        Source source = Source.newBuilder(JpyLanguage.ID, standInText(reader.maxLine, reader.maxColumn), filename).build();
        try {
            return Compiler.compileAst(context.getLanguage(), source, filename, mod, level);
        } catch (PySyntaxError e) {
            throw SourceDecoding.toPythonSyntaxError(node, e);
        }
    }

    private static String rootName(String mode) {
        return switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "FunctionType";
        };
    }

    /**
     * A tree built in Python has no source text, but the translated nodes locate themselves (tracebacks, line
     * numbers) through the Truffle source: blank lines wide enough for every position of the tree keep those right.
     */
    private static String standInText(int lines, int columns) {
        int width = Math.min(columns, 4096);
        int count = Math.min(Math.max(lines, 1), 1_000_000);
        StringBuilder sb = new StringBuilder(count * (width + 1));
        String line = " ".repeat(width) + "\n";
        for (int i = 0; i < count; i++) {
            sb.append(line);
        }
        return sb.toString();
    }
}
