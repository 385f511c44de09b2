package org.jpy.parser.scope;

import static org.jpy.parser.scope.SymbolFlags.*;

import java.util.ArrayList;
import java.util.List;

import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.Alias;
import org.jpy.parser.ast.Arg;
import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.ExprContext;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.MatchCase;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Node;
import org.jpy.parser.ast.Pattern;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.TypeParam;
import org.jpy.parser.ast.WithItem;
import org.jpy.parser.scope.Scope.BlockType;
import org.jpy.parser.scope.Scope.ComprehensionType;

/**
 * Entry point of scope analysis, and its first pass: one walk over the tree that opens a {@link Scope} per block and
 * records every binding and use with CPython 3.12's flags, raising the errors CPython's symtable raises while
 * walking (global/nonlocal misuse, walrus restrictions, yield in comprehensions, PEP 695 restrictions...). The second
 * pass ({@link ScopeResolver}) then resolves names to local/cell/free/global, and {@link CodeNames} derives
 * co_varnames/co_cellvars/co_freevars. The walk order is CPython's, since the order of first occurrence is observable
 * (symbol order, which of two errors wins).
 */
public final class ScopeAnalyzer {
    private static final String ANNOTATION_NOT_ALLOWED = "%s cannot be used within an annotation";
    private static final String TYPEVAR_BOUND_NOT_ALLOWED = "%s cannot be used within a TypeVar bound";
    private static final String TYPEALIAS_NOT_ALLOWED = "%s cannot be used within a type alias";
    private static final String TYPEPARAM_NOT_ALLOWED = "%s cannot be used within the definition of a generic";

    private final String filename;
    private final int futureFlags;
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private Scope top;
    private String privateName;
    private SymbolTable table;

    private ScopeAnalyzer(String filename, int futureFlags) {
        this.filename = filename;
        this.futureFlags = futureFlags;
    }

    /**
     * Analyzes a parsed module/expression/interactive tree. Throws PySyntaxError with CPython's messages and
     * locations for scope errors ({@code text} is left null: CPython reads it from the file, see {@link Errors}),
     * and {@link CompilationRecursionError} for trees too deep to walk. The tree must be well formed as CPython's
     * AST validator defines it (the parser's trees are; trees built by Python code must be validated first).
     */
    public static SymbolTable analyze(Mod mod, String filename) throws PySyntaxError {
        int future = FutureFeatures.parse(mod, filename);
        ScopeAnalyzer a = new ScopeAnalyzer(filename, future);
        try {
            a.build(mod);
            ScopeResolver.resolve(a.top, filename);
            CodeNames.compute(a.table, a.top);
        } catch (StackOverflowError e) {
            throw new CompilationRecursionError();
        }
        return a.table;
    }

    private void build(Mod mod) {
        top = new Scope(BlockType.MODULE, "top", null, mod, Loc.NONE);
        top.futureFlags = futureFlags;
        table = new SymbolTable(top, futureFlags);
        stack.add(top);
        cur = top;
        switch (mod) {
            case Mod.Module m -> visitStmts(m.body());
            case Mod.Interactive m -> visitStmts(m.body());
            case Mod.Expression m -> visitExpr(m.body());
            case Mod.FunctionType m -> {
            }
        }
    }

    // ---------------------------------------------------------------- blocks

    private Scope enterBlock(String name, BlockType type, Node node, Loc loc) {
        Scope prev = cur;
        Scope s = new Scope(type, name, prev, node, loc);
        if (prev != null && (prev.nested || prev.isFunctionLike())) {
            s.nested = true;
        }
        if (prev != null) {
            s.compIterExpr = prev.compIterExpr;
        }
        stack.add(s);
        cur = s;
        s.privateName = privateName;
        if (type == BlockType.ANNOTATION) {
            return s;
        }
        if (prev != null) {
            prev.children.add(s);
        }
        return s;
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    // ---------------------------------------------------------------- definitions

    private void addDef(String name, int flag, Loc loc) {
        addDef(name, flag, cur, loc);
    }

    private void addDef(String name, int flag, Scope ste, Loc loc) {
        String mangled = Mangler.mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw Errors.at("duplicate argument '" + name + "' in function definition", filename, loc);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw Errors.at("duplicate type parameter '" + name + "'", filename, loc);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw Errors.at("comprehension inner loop cannot rebind assignment expression target '" + name + "'", filename, loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.params.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private int lookup(String name) {
        return cur.flagsOf(Mangler.mangle(privateName, name));
    }

    private void recordDirective(String name, Loc loc) {
        cur.directives.putIfAbsent(Mangler.mangle(privateName, name), loc);
    }

    // ---------------------------------------------------------------- statements

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitStmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef s -> visitFunction(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(), false);
            case Stmt.AsyncFunctionDef s -> visitFunction(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(), true);
            case Stmt.ClassDef s -> visitClass(s);
            case Stmt.Return s -> {
                if (s.value() != null) {
                    visitExpr(s.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete s -> visitExprs(s.targets());
            case Stmt.Assign s -> {
                visitExprs(s.targets());
                visitExpr(s.value());
            }
            case Stmt.TypeAlias s -> visitTypeAlias(s);
            case Stmt.AugAssign s -> {
                visitExpr(s.target());
                visitExpr(s.value());
            }
            case Stmt.AnnAssign s -> visitAnnAssign(s);
            case Stmt.For s -> {
                visitExpr(s.target());
                visitExpr(s.iter());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.AsyncFor s -> {
                visitExpr(s.target());
                visitExpr(s.iter());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.While s -> {
                visitExpr(s.test());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.If s -> {
                visitExpr(s.test());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.With s -> {
                visitWithItems(s.items());
                visitStmts(s.body());
            }
            case Stmt.AsyncWith s -> {
                visitWithItems(s.items());
                visitStmts(s.body());
            }
            case Stmt.Match s -> {
                visitExpr(s.subject());
                for (MatchCase c : s.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitStmts(c.body());
                }
            }
            case Stmt.Raise s -> {
                if (s.exc() != null) {
                    visitExpr(s.exc());
                    if (s.cause() != null) {
                        visitExpr(s.cause());
                    }
                }
            }
            case Stmt.Try s -> visitTry(s.body(), s.handlers(), s.orelse(), s.finalbody());
            case Stmt.TryStar s -> visitTry(s.body(), s.handlers(), s.orelse(), s.finalbody());
            case Stmt.Assert s -> {
                visitExpr(s.test());
                if (s.msg() != null) {
                    visitExpr(s.msg());
                }
            }
            case Stmt.Import s -> visitAliases(s.names());
            case Stmt.ImportFrom s -> visitAliases(s.names());
            case Stmt.Global s -> visitGlobal(s);
            case Stmt.Nonlocal s -> visitNonlocal(s);
            case Stmt.ExprStmt s -> visitExpr(s.value());
            case Stmt.Pass s -> {
            }
            case Stmt.Break s -> {
            }
            case Stmt.Continue s -> {
            }
        }
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visitExpr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.loc());
            }
            visitStmts(h.body());
        }
        visitStmts(finalbody);
    }

    private void visitWithItems(List<WithItem> items) {
        for (WithItem w : items) {
            visitExpr(w.contextExpr());
            if (w.optionalVars() != null) {
                visitExpr(w.optionalVars());
            }
        }
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                    List<TypeParam> typeParams, boolean async) {
        addDef(name, DEF_LOCAL, s.loc());
        visitExprs(args.defaults());
        visitExprs(args.kwDefaults());
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            boolean hasKwDefaults = false;
            for (Expr e : args.kwDefaults()) {
                hasKwDefaults |= e != null;
            }
            Scope tp = enterTypeParamBlock(name, s, true, hasKwDefaults, false, s.loc());
            tp.argCount = (args.defaults().isEmpty() ? 0 : 1) + (hasKwDefaults ? 1 : 0);
            table.typeParamScopes.put(s, tp);
            visitTypeParams(typeParams);
        }
        visitAnnotations(s, args, returns);
        Scope f = enterBlock(name, BlockType.FUNCTION, s, s.loc());
        table.scopes.put(s, f);
        if (async) {
            f.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitClass(Stmt.ClassDef s) {
        addDef(s.name(), DEF_LOCAL, s.loc());
        visitExprs(s.decoratorList());
        String saved = privateName;
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            Scope tp = enterTypeParamBlock(s.name(), s, false, false, true, s.loc());
            table.typeParamScopes.put(s, tp);
            visitTypeParams(s.typeParams());
        }
        visitExprs(s.bases());
        for (Keyword k : s.keywords()) {
            visitExpr(k.value());
        }
        Scope c = enterBlock(s.name(), BlockType.CLASS, s, s.loc());
        table.scopes.put(s, c);
        privateName = s.name();
        c.privateName = privateName;
        if (generic) {
            Loc tpLoc = typeParamsLoc(s.typeParams());
            addDef("__type_params__", DEF_LOCAL, tpLoc);
            addDef(".type_params", USE, tpLoc);
        }
        visitStmts(s.body());
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = saved;
    }

    /** CPython's LOCATION of an asdl sequence of type params: the location of its first element. */
    private static Loc typeParamsLoc(List<TypeParam> tps) {
        return tps.get(0).loc();
    }

    private Scope enterTypeParamBlock(String name, Node node, boolean hasDefaults, boolean hasKwDefaults, boolean isClass, Loc loc) {
        BlockType currentType = cur.blockType;
        Scope s = enterBlock(name, BlockType.TYPE_PARAMS, node, loc);
        if (currentType == BlockType.CLASS) {
            s.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            privateName = name;
            s.privateName = name;
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, loc);
        }
        return s;
    }

    private void visitTypeParams(List<TypeParam> tps) {
        for (TypeParam tp : tps) {
            switch (tp) {
                case TypeParam.TypeVar t -> {
                    addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, t.loc());
                    if (t.bound() != null) {
                        boolean inClass = cur.canSeeClassScope;
                        Scope b = enterBlock(t.name(), BlockType.TYPE_VAR_BOUND, t, t.loc());
                        table.typeVarBoundScopes.put(t, b);
                        b.canSeeClassScope = inClass;
                        if (inClass) {
                            addDef("__classdict__", USE, t.bound().loc());
                        }
                        visitExpr(t.bound());
                        exitBlock();
                    }
                }
                case TypeParam.ParamSpec t -> addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, t.loc());
                case TypeParam.TypeVarTuple t -> addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, t.loc());
            }
        }
    }

    private void visitTypeAlias(Stmt.TypeAlias s) {
        visitExpr(s.name());
        String name = ((Expr.Name) s.name()).id();
        boolean inClass = cur.blockType == BlockType.CLASS;
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            Scope tp = enterTypeParamBlock(name, s, false, false, false, s.loc());
            table.typeParamScopes.put(s, tp);
            visitTypeParams(s.typeParams());
        }
        Scope a = enterBlock(name, BlockType.TYPE_ALIAS, s, s.loc());
        table.scopes.put(s, a);
        a.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, s.value().loc());
        }
        visitExpr(s.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name n) {
            int cur0 = lookup(n.id());
            if ((cur0 & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && s.simple() != 0) {
                String fmt = (cur0 & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
                throw Errors.at(String.format(fmt, n.id()), filename, s.loc());
            }
            if (s.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.loc());
            }
            if (s.value() != null) {
                addDef(n.id(), DEF_LOCAL, n.loc());
            }
        } else {
            visitExpr(s.target());
        }
        visitAnnotation(s.annotation());
        if (s.value() != null) {
            visitExpr(s.value());
        }
    }

    private void visitAliases(List<Alias> names) {
        for (Alias a : names) {
            String name = a.asname() == null ? a.name() : a.asname();
            int dot = name.indexOf('.');
            String storeName = dot >= 0 ? name.substring(0, dot) : name;
            if (!name.equals("*")) {
                addDef(storeName, DEF_IMPORT, a.loc());
            } else if (cur.blockType != BlockType.MODULE) {
                throw Errors.at("import * only allowed at module level", filename, a.loc());
            }
        }
    }

    private void visitGlobal(Stmt.Global s) {
        for (String name : s.names()) {
            int c = lookup(name);
            if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((c & DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and global";
                } else if ((c & USE) != 0) {
                    msg = "name '%s' is used prior to global declaration";
                } else if ((c & DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be global";
                } else {
                    msg = "name '%s' is assigned to before global declaration";
                }
                throw Errors.at(String.format(msg, name), filename, s.loc());
            }
            addDef(name, DEF_GLOBAL, s.loc());
            recordDirective(name, s.loc());
        }
    }

    private void visitNonlocal(Stmt.Nonlocal s) {
        for (String name : s.names()) {
            int c = lookup(name);
            if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((c & DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and nonlocal";
                } else if ((c & USE) != 0) {
                    msg = "name '%s' is used prior to nonlocal declaration";
                } else if ((c & DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be nonlocal";
                } else {
                    msg = "name '%s' is assigned to before nonlocal declaration";
                }
                throw Errors.at(String.format(msg, name), filename, s.loc());
            }
            addDef(name, DEF_NONLOCAL, s.loc());
            recordDirective(name, s.loc());
        }
    }

    // ---------------------------------------------------------------- arguments and annotations

    private void visitParams(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg(), DEF_PARAM, a.loc());
        }
    }

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg().loc());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().loc());
            cur.varkeywords = true;
        }
        cur.posOnlyArgCount = a.posonlyargs().size();
        cur.argCount = a.posonlyargs().size() + a.args().size();
        cur.kwOnlyArgCount = a.kwonlyargs().size();
    }

    private boolean futureAnnotations() {
        return (futureFlags & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0;
    }

    private void visitAnnotation(Expr annotation) {
        boolean future = futureAnnotations();
        if (future) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation, annotation.loc());
        }
        visitExpr(annotation);
        if (future) {
            exitBlock();
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                visitExpr(a.annotation());
            }
        }
    }

    private void visitAnnotations(Stmt s, Arguments a, Expr returns) {
        boolean future = futureAnnotations();
        if (future) {
            enterBlock("_annotation", BlockType.ANNOTATION, s, s.loc());
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visitExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visitExpr(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (future) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    // ---------------------------------------------------------------- expressions

    private void raiseIfAnnotationBlock(String what, Expr e) {
        String fmt = switch (cur.blockType) {
            case ANNOTATION -> ANNOTATION_NOT_ALLOWED;
            case TYPE_VAR_BOUND -> TYPEVAR_BOUND_NOT_ALLOWED;
            case TYPE_ALIAS -> TYPEALIAS_NOT_ALLOWED;
            case TYPE_PARAMS -> TYPEPARAM_NOT_ALLOWED;
            default -> null;
        };
        if (fmt != null) {
            throw Errors.at(String.format(fmt, what), filename, e.loc());
        }
    }

    private void raiseIfComprehensionBlock(Expr e) {
        String msg = switch (cur.comprehension) {
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            default -> "'yield' inside generator expression";
        };
        throw Errors.at(msg, filename, e.loc());
    }

    private void visitExpr(Expr expr) {
        switch (expr) {
            case Expr.NamedExpr e -> {
                raiseIfAnnotationBlock("named expression", e);
                if (cur.compIterExpr > 0) {
                    throw Errors.at("assignment expression cannot be used in a comprehension iterable expression", filename, e.loc());
                }
                if (cur.comprehension != ComprehensionType.NONE) {
                    extendNamedExprScope((Expr.Name) e.target());
                }
                visitExpr(e.value());
                visitExpr(e.target());
            }
            case Expr.BoolOp e -> visitExprs(e.values());
            case Expr.BinOp e -> {
                visitExpr(e.left());
                visitExpr(e.right());
            }
            case Expr.UnaryOp e -> visitExpr(e.operand());
            case Expr.Lambda e -> {
                if (cur.canSeeClassScope) {
                    throw Errors.at("Cannot use lambda in annotation scope within class scope", filename, e.loc());
                }
                visitExprs(e.args().defaults());
                visitExprs(e.args().kwDefaults());
                Scope l = enterBlock("lambda", BlockType.FUNCTION, e, e.loc());
                table.scopes.put(e, l);
                visitArguments(e.args());
                visitExpr(e.body());
                exitBlock();
            }
            case Expr.IfExp e -> {
                visitExpr(e.test());
                visitExpr(e.body());
                visitExpr(e.orelse());
            }
            case Expr.Dict e -> {
                visitExprs(e.keys());
                visitExprs(e.values());
            }
            case Expr.Set e -> visitExprs(e.elts());
            case Expr.GeneratorExp e -> visitComprehension(e, "genexpr", e.generators(), e.elt(), null);
            case Expr.ListComp e -> visitComprehension(e, "listcomp", e.generators(), e.elt(), null);
            case Expr.SetComp e -> visitComprehension(e, "setcomp", e.generators(), e.elt(), null);
            case Expr.DictComp e -> visitComprehension(e, "dictcomp", e.generators(), e.key(), e.value());
            case Expr.Yield e -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (e.value() != null) {
                    visitExpr(e.value());
                }
                cur.generator = true;
                if (cur.comprehension != ComprehensionType.NONE) {
                    raiseIfComprehensionBlock(e);
                }
            }
            case Expr.YieldFrom e -> {
                raiseIfAnnotationBlock("yield expression", e);
                visitExpr(e.value());
                cur.generator = true;
                if (cur.comprehension != ComprehensionType.NONE) {
                    raiseIfComprehensionBlock(e);
                }
            }
            case Expr.Await e -> {
                raiseIfAnnotationBlock("await expression", e);
                visitExpr(e.value());
                cur.coroutine = true;
            }
            case Expr.Compare e -> {
                visitExpr(e.left());
                visitExprs(e.comparators());
            }
            case Expr.Call e -> {
                visitExpr(e.func());
                visitExprs(e.args());
                for (Keyword k : e.keywords()) {
                    visitExpr(k.value());
                }
            }
            case Expr.FormattedValue e -> {
                visitExpr(e.value());
                if (e.formatSpec() != null) {
                    visitExpr(e.formatSpec());
                }
            }
            case Expr.JoinedStr e -> visitExprs(e.values());
            case Expr.Constant e -> {
            }
            case Expr.Attribute e -> visitExpr(e.value());
            case Expr.Subscript e -> {
                visitExpr(e.value());
                visitExpr(e.slice());
            }
            case Expr.Starred e -> visitExpr(e.value());
            case Expr.Slice e -> {
                if (e.lower() != null) {
                    visitExpr(e.lower());
                }
                if (e.upper() != null) {
                    visitExpr(e.upper());
                }
                if (e.step() != null) {
                    visitExpr(e.step());
                }
            }
            case Expr.Name e -> {
                boolean load = e.ctx() == ExprContext.Load;
                addDef(e.id(), load ? USE : DEF_LOCAL, e.loc());
                if (load && cur.isFunctionLike() && e.id().equals("super")) {
                    addDef("__class__", USE, e.loc());
                }
            }
            case Expr.ListExpr e -> visitExprs(e.elts());
            case Expr.Tuple e -> visitExprs(e.elts());
        }
    }

    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Loc loc = target.loc();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != ComprehensionType.NONE) {
                int inScope = ste.flagsOf(Mangler.mangle(privateName, name));
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0) {
                    throw Errors.at("assignment expression cannot rebind comprehension iteration variable '" + name + "'", filename, loc);
                }
                continue;
            }
            switch (ste.blockType) {
                case FUNCTION -> {
                    int inScope = ste.flagsOf(Mangler.mangle(privateName, name));
                    addDef(name, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, loc);
                    recordDirective(name, loc);
                    addDef(name, DEF_LOCAL, ste, loc);
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, loc);
                    recordDirective(name, loc);
                    addDef(name, DEF_GLOBAL, ste, loc);
                    return;
                }
                case CLASS -> throw Errors.at("assignment expression within a comprehension cannot be used in a class body", filename, loc);
                case TYPE_PARAMS -> throw Errors.at("assignment expression within a comprehension cannot be used within the definition of a generic",
                                filename, loc);
                case TYPE_ALIAS -> throw Errors.at("assignment expression within a comprehension cannot be used in a type alias", filename, loc);
                case TYPE_VAR_BOUND -> throw Errors.at("assignment expression within a comprehension cannot be used in a TypeVar bound", filename,
                                loc);
                case ANNOTATION -> {
                    // CPython skips annotation blocks here; they reject named expressions before reaching this point.
                }
            }
        }
        throw new IllegalStateException("no scope for assignment expression target");
    }

    private void visitComprehension(Expr e, String scopeName, List<Comprehension> generators, Expr elt, Expr value) {
        boolean isGenerator = e instanceof Expr.GeneratorExp;
        Comprehension outermost = generators.get(0);
        if (cur.canSeeClassScope) {
            throw Errors.at("Cannot use comprehension in annotation scope within class scope", filename, e.loc());
        }
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        Scope c = enterBlock(scopeName, BlockType.FUNCTION, e, e.loc());
        table.scopes.put(e, c);
        c.comprehension = switch (e) {
            case Expr.ListComp x -> ComprehensionType.LIST;
            case Expr.SetComp x -> ComprehensionType.SET;
            case Expr.DictComp x -> ComprehensionType.DICT;
            default -> ComprehensionType.GENERATOR;
        };
        if (outermost.isAsync() != 0) {
            c.coroutine = true;
        }
        addDef(".0", DEF_PARAM, c.loc);
        c.argCount = 1;
        c.compIterTarget = true;
        visitExpr(outermost.target());
        c.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            c.compIterTarget = true;
            visitExpr(g.target());
            c.compIterTarget = false;
            c.compIterExpr++;
            visitExpr(g.iter());
            c.compIterExpr--;
            visitExprs(g.ifs());
            if (g.isAsync() != 0) {
                c.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        c.generator = isGenerator;
        boolean isAsync = c.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    private void visitPattern(Pattern pattern) {
        switch (pattern) {
            case Pattern.MatchValue p -> visitExpr(p.value());
            case Pattern.MatchSingleton p -> {
            }
            case Pattern.MatchSequence p -> p.patterns().forEach(this::visitPattern);
            case Pattern.MatchStar p -> {
                if (p.name() != null) {
                    addDef(p.name(), DEF_LOCAL, p.loc());
                }
            }
            case Pattern.MatchMapping p -> {
                visitExprs(p.keys());
                p.patterns().forEach(this::visitPattern);
                if (p.rest() != null) {
                    addDef(p.rest(), DEF_LOCAL, p.loc());
                }
            }
            case Pattern.MatchClass p -> {
                visitExpr(p.cls());
                p.patterns().forEach(this::visitPattern);
                p.kwdPatterns().forEach(this::visitPattern);
            }
            case Pattern.MatchAs p -> {
                if (p.pattern() != null) {
                    visitPattern(p.pattern());
                }
                if (p.name() != null) {
                    addDef(p.name(), DEF_LOCAL, p.loc());
                }
            }
            case Pattern.MatchOr p -> p.patterns().forEach(this::visitPattern);
        }
    }
}
