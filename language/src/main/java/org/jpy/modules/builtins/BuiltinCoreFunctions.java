package org.jpy.modules.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.jpy.JpyLanguage;
import org.jpy.compiler.Compiler;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.classes.ClassBuilder;
import org.jpy.nodes.frame.FrameSupport;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.objects.PNone;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PCode;
import org.jpy.objects.function.PFunction;
import org.jpy.objects.tuple.PTuple;
import org.jpy.parser.PySyntaxError;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.imports.ImportSystem;
import org.jpy.runtime.imports.SourceDecoding;

/**
 * The builtins that belong to the execution layer: {@code __build_class__}, {@code __import__}, {@code exec},
 * {@code eval}, {@code compile}, {@code globals}, {@code locals}, {@code vars}, {@code breakpoint}. Those that
 * look at the caller ({@code globals()}, {@code locals()}, {@code vars()}, {@code exec}/{@code eval} without
 * namespaces) find the calling Python frame on the Truffle stack.
 */
@CoreFunctions(defineModule = "builtins")
public final class BuiltinCoreFunctions extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return BuiltinCoreFunctionsFactory.getFactories();
    }

    @Builtin(name = "__build_class__", minNumOfPositionalArgs = 2, parameterNames = {"$func", "$name"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class BuildClassNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object build(VirtualFrame frame, Object[] args) {
            return doBuild(this, args);
        }

        @TruffleBoundary
        static Object doBuild(Node node, Object[] args) {
            if (!(args[0] instanceof PFunction func)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__build_class__: func must be a function");
            }
            if (!(args[1] instanceof String name)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__build_class__: name is not a string");
            }
            Object[] bases = ((PTuple) args[2]).getArray();
            PDict kw = (PDict) args[3];
            Object[] keys = kw.keys();
            PKeyword[] keywords = new PKeyword[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keywords[i] = new PKeyword((String) keys[i], kw.getItem(keys[i]));
            }
            return ClassBuilder.buildClass(node, func, name, bases, keywords);
        }
    }

    @Builtin(name = "__import__", minNumOfPositionalArgs = 1, parameterNames = {"name", "globals", "locals", "fromlist", "level"})
    @GenerateNodeFactory
    abstract static class ImportNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doImport(VirtualFrame frame, Object[] args) {
            return importModule(this, args);
        }

        @TruffleBoundary
        static Object importModule(Node node, Object[] args) {
            if (!(args[0] instanceof String name)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__import__() argument 1 must be str, not %s", PRaise.typeName(args[0]));
            }
            Object globals = args[1] == PNone.NO_VALUE ? PNone.NONE : args[1];
            Object fromlistObj = args[3];
            Object[] fromlist = null;
            if (fromlistObj != PNone.NO_VALUE && fromlistObj != PNone.NONE) {
                fromlist = IterationSupport.toArrayOrNull(fromlistObj);
            }
            int level = 0;
            if (args[4] != PNone.NO_VALUE) {
                if (!(args[4] instanceof Long l)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object cannot be interpreted as an integer", PRaise.typeName(args[4]));
                }
                level = (int) (long) l;
            }
            return ImportSystem.importName(node, name, globals, fromlist, level);
        }
    }

    @Builtin(name = "globals")
    @GenerateNodeFactory
    abstract static class GlobalsNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object globals(VirtualFrame frame, Object[] args) {
            return callerGlobals();
        }

        @TruffleBoundary
        static Object callerGlobals() {
            Object g = FrameSupport.callerGlobals();
            return g == null ? new PDict() : g;
        }
    }

    @Builtin(name = "locals")
    @GenerateNodeFactory
    abstract static class LocalsNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object locals(VirtualFrame frame, Object[] args) {
            return callerLocals();
        }

        @TruffleBoundary
        static Object callerLocals() {
            Object l = FrameSupport.callerLocals();
            return l == null ? new PDict() : l;
        }
    }

    @Builtin(name = "vars", minNumOfPositionalArgs = 0, maxNumOfPositionalArgs = 1, parameterNames = {"$object"})
    @GenerateNodeFactory
    abstract static class VarsNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object vars(Object obj) {
            if (obj == PNone.NO_VALUE) {
                return LocalsNode.callerLocals();
            }
            Object d = PyObjectGetAttrNode.lookupAttributeUncached(obj, "__dict__");
            if (d == PNone.NO_VALUE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "vars() argument must have __dict__ attribute");
            }
            return d;
        }
    }

    @Builtin(name = "breakpoint", takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class BreakpointNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object breakpoint(VirtualFrame frame, Object[] args) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "exec", minNumOfPositionalArgs = 1, parameterNames = {"$source", "$globals", "$locals"}, keywordOnlyNames = {"closure"})
    @GenerateNodeFactory
    abstract static class ExecNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object exec(VirtualFrame frame, Object[] args) {
            return run(this, args[0], args[1], args[2], Compiler.Mode.EXEC, "exec");
        }
    }

    @Builtin(name = "eval", minNumOfPositionalArgs = 1, parameterNames = {"$source", "$globals", "$locals"})
    @GenerateNodeFactory
    abstract static class EvalNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object eval(VirtualFrame frame, Object[] args) {
            return run(this, args[0], args[1], args[2], Compiler.Mode.EVAL, "eval");
        }
    }

    @TruffleBoundary
    static Object run(Node node, Object source, Object globalsArg, Object localsArg, Compiler.Mode mode, String fname) {
        Object globals = globalsArg == PNone.NO_VALUE ? PNone.NONE : globalsArg;
        Object locals = localsArg == PNone.NO_VALUE ? PNone.NONE : localsArg;
        if (globals != PNone.NONE && !(globals instanceof PDict)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, mode == Compiler.Mode.EVAL ? "globals must be a real dict; try eval(expr, {}, mapping)"
                            : "exec() globals must be a dict, not %s", PRaise.typeName(globals));
        }
        if (locals != PNone.NONE && IterationSupport.class != null && !isMapping(locals)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, mode == Compiler.Mode.EVAL ? "locals must be a mapping" : "locals must be a mapping");
        }
        if (globals == PNone.NONE) {
            globals = FrameSupport.callerGlobals();
            if (locals == PNone.NONE) {
                locals = FrameSupport.callerLocals();
            }
        } else if (locals == PNone.NONE) {
            locals = globals;
        }
        PDict g = (PDict) globals;
        if (g.getItem("__builtins__") == null) {
            g.setItem("__builtins__", JpyContext.get(node).getBuiltinsModule());
        }
        RootCallTarget target;
        if (source instanceof PCode code) {
            target = code.getCallTarget();
        } else {
            String text = sourceText(node, source, fname);
            if (mode == Compiler.Mode.EVAL) {
                text = text.stripLeading();
            }
            target = compileText(node, text, "<string>", mode);
        }
        return target.call(node, null, null, globals, locals);
    }

    private static boolean isMapping(Object o) {
        return o instanceof PDict || org.jpy.nodes.pyobject.GetClassNode.getPythonClassUncached(o).lookup("__getitem__") != PNone.NO_VALUE;
    }

    @TruffleBoundary
    static String sourceText(Node node, Object source, String fname) {
        if (source instanceof String s) {
            return s;
        }
        if (source instanceof PBytes b) {
            return SourceDecoding.decode(node, b.getBytes(), "<string>");
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }

    @TruffleBoundary
    static RootCallTarget compileText(Node node, String text, String filename, Compiler.Mode mode) {
        JpyContext context = JpyContext.get(node);
        if (text.indexOf('\0') >= 0) {
            throw PRaise.raise(node, PythonBuiltinClassType.SyntaxError, "source code string cannot contain null bytes");
        }
        Source source = Source.newBuilder(JpyLanguage.ID, text, filename).build();
        try {
            org.jpy.compiler.CompileWarnings warnings = new org.jpy.compiler.CompileWarnings();
            RootCallTarget t = Compiler.compile(context.getLanguage(), source, filename, mode, context.getEnv().getOptions().get(JpyLanguage.Optimize), warnings);
            warnings.emit(node);
            return t;
        } catch (PySyntaxError e) {
            throw SourceDecoding.toPythonSyntaxError(node, e);
        }
    }

    @Builtin(name = "compile", minNumOfPositionalArgs = 3, parameterNames = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, keywordOnlyNames = {
                    "_feature_version"})
    @GenerateNodeFactory
    abstract static class CompileNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object compile(VirtualFrame frame, Object[] args) {
            return doCompile(this, args);
        }

        @TruffleBoundary
        static Object doCompile(Node node, Object[] args) {
            Object filenameObj = args[1];
            String filename = filenameObj instanceof String s ? s : filenameObj instanceof PBytes b ? new String(b.getBytes(), java.nio.charset.StandardCharsets.UTF_8) : null;
            if (filename == null) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "compile() argument 'filename' must be str, not %s", PRaise.typeName(filenameObj));
            }
            if (!(args[2] instanceof String modeName)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "compile() argument 'mode' must be str, not %s", PRaise.typeName(args[2]));
            }
            if (args[3] instanceof Long flags && (flags & org.jpy.modules.ast.AstCompiler.PyCF_ONLY_AST) != 0) {
                return org.jpy.modules.ast.AstCompiler.parse(node, args[0], filename, modeName, flags, args[6] instanceof Long v ? (int) (long) v : -1);
            }
            Compiler.Mode mode = switch (modeName) {
                case "exec" -> Compiler.Mode.EXEC;
                case "eval" -> Compiler.Mode.EVAL;
                case "single" -> Compiler.Mode.SINGLE;
                case "func_type" -> throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                default -> throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
            };
            if (args[0] instanceof PCode code) {
                return code;
            }
            RootCallTarget target;
            if (org.jpy.modules.ast.AstCompiler.isAst(node, args[0])) {
                target = org.jpy.modules.ast.AstCompiler.compileTree(node, args[0], filename, modeName, args[5] instanceof Long o ? (int) (long) o : -1);
            } else {
                target = compileText(node, sourceText(node, args[0], "compile"), filename, mode);
            }
            return new PCode("<module>", "<module>", filename, 1, 0, 0, 0, new String[0], new String[0], new String[0], 0, () -> target, null);
        }
    }
}
