package org.jpy.compiler;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

import org.jpy.JpyLanguage;
import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.function.ModuleRootNode;
import org.jpy.nodes.literal.ConstantNode;
import org.jpy.nodes.statement.AnnotationNodes;
import org.jpy.nodes.statement.AssignNode;
import org.jpy.nodes.statement.DisplayHookNode;
import org.jpy.parser.Parser;
import org.jpy.parser.ParserOptions;
import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.scope.ScopeAnalyzer;
import org.jpy.parser.scope.SymbolTable;

/**
 * The front door from source text to a runnable call target: parse (mode exec / eval / single), analyze scopes,
 * translate the top-level code. Everything nested is translated lazily on first call. The resulting call target
 * expects {@code [null, null, globals, locals]} ({@link ModuleRootNode}).
 */
public final class Compiler {
    public enum Mode {
        EXEC,
        EVAL,
        SINGLE
    }

    private Compiler() {
    }

    /** Parses and translates; throws {@link PySyntaxError} for syntax and scope errors. */
    public static RootCallTarget compile(JpyLanguage language, Source source, String filename, Mode mode, int optimize) {
        return compile(language, source, filename, mode, optimize, null);
    }

    /** As above, reporting compile-time warnings to {@code warnings} (to be emitted by the caller). */
    public static RootCallTarget compile(JpyLanguage language, Source source, String filename, Mode mode, int optimize, CompileWarnings warnings) {
        return compile(language, source, filename, mode, optimize, warnings, false);
    }

    /**
     * As above; with {@code lastExpressionIsResult} (top-level sources evaluated through the polyglot API) a final
     * expression statement becomes the call target's result, so {@code context.eval("jpy", "x = 2\nx * 21")} is 42.
     */
    public static RootCallTarget compile(JpyLanguage language, Source source, String filename, Mode mode, int optimize, CompileWarnings warnings,
                    boolean lastExpressionIsResult) {
        Parser.Mode parserMode = switch (mode) {
            case EXEC -> Parser.Mode.EXEC;
            case EVAL -> Parser.Mode.EVAL;
            case SINGLE -> Parser.Mode.SINGLE;
        };
        ParserOptions options = warnings == null ? ParserOptions.DEFAULT : new ParserOptions(false, 12, warnings);
        Mod mod = Parser.parse(source.getCharacters().toString(), filename, parserMode, options);
        RootCallTarget target = compileAst(language, source, filename, mod, optimize, lastExpressionIsResult);
        CompileChecks.check(mod, filename, warnings);
        return target;
    }

    /** Translates an already parsed tree (also used by {@code compile()} of an AST object later). */
    public static RootCallTarget compileAst(JpyLanguage language, Source source, String filename, Mod mod, int optimize) {
        return compileAst(language, source, filename, mod, optimize, false);
    }

    static RootCallTarget compileAst(JpyLanguage language, Source source, String filename, Mod mod, int optimize, boolean lastExpressionIsResult) {
        SymbolTable symbols = ScopeAnalyzer.analyze(mod, filename);
        CompilationUnit unit = new CompilationUnit(language, source, filename, mod, symbols, optimize);
        FrameLayout layout = new FrameLayout();
        RootSlots slots = new RootSlots(layout, false);
        slots.initLocals();
        NameContext names = new NameContext(NameContext.Kind.MODULE, symbols.getModuleScope(), null);
        NodeTranslator t = new NodeTranslator(unit, layout, slots, names, false, null);
        StatementNode body = null;
        ExpressionNode result = null;
        switch (mod) {
            case Mod.Module m -> {
                List<Stmt> stmts = m.body();
                int n = stmts.size();
                boolean isDocstring = n == 1 && stmts.get(0) instanceof Stmt.ExprStmt d && d.value() instanceof Expr.Constant c && c.value() instanceof String;
                if (lastExpressionIsResult && n > 0 && stmts.get(n - 1) instanceof Stmt.ExprStmt last && !isDocstring) {
                    body = moduleBody(t, stmts.subList(0, n - 1), slots);
                    result = t.expr(last.value());
                } else {
                    body = moduleBody(t, stmts, slots);
                }
            }
            case Mod.Interactive i -> body = interactiveBody(t, i.body(), slots);
            case Mod.Expression e -> result = t.expr(e.body());
            case Mod.FunctionType f -> throw new IllegalArgumentException("func_type mode cannot be executed");
        }
        ModuleRootNode root = new ModuleRootNode(language, layout.build(), filename, source.hasCharacters() ? source.createSection(0, source.getLength()) : null,
                        slots.globalsSlot(), slots.localsSlot(), body, result);
        return root.getCallTarget();
    }

    private static StatementNode moduleBody(NodeTranslator t, List<Stmt> stmts, RootSlots slots) {
        List<StatementNode> parts = new ArrayList<>();
        List<Stmt> rest = stmts;
        Object doc = CodeFactory.docstring(t.unit, stmts);
        if (!stmts.isEmpty() && stmts.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
            if (doc != null) {
                parts.add(new AssignNode(ConstantNode.create(doc), new AssignTargetNode[]{t.writeName("__doc__")}));
            }
            rest = stmts.subList(1, stmts.size());
        }
        if (AnnotationNodes.hasAnnotations(stmts)) {
            parts.add(AnnotationNodes.setupAnnotations(slots.localsSlot()));
        }
        for (Stmt s : rest) {
            parts.add(t.stmt(s));
        }
        return t.block(parts);
    }

    /** Interactive input: expression statements print their value through {@code sys.displayhook}. */
    private static StatementNode interactiveBody(NodeTranslator t, List<Stmt> stmts, RootSlots slots) {
        List<StatementNode> parts = new ArrayList<>();
        if (AnnotationNodes.hasAnnotations(stmts)) {
            parts.add(AnnotationNodes.setupAnnotations(slots.localsSlot()));
        }
        for (Stmt s : stmts) {
            if (s instanceof Stmt.ExprStmt e) {
                parts.add(t.at(new DisplayHookNode(t.expr(e.value())), s));
            } else {
                parts.add(t.stmt(s));
            }
        }
        return t.block(parts);
    }
}
