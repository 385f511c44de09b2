package org.jpy.parser.scope;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.Alias;
import org.jpy.parser.ast.Arg;
import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ConstantValue;
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

/**
 * The SyntaxErrors CPython 3.12's compiler (not its parser or symtable) raises: statements in the wrong context
 * ('return' outside function, 'break' outside loop, 'await' outside async function, async comprehensions...),
 * assignments to {@code __debug__}, starred-assignment misuse, repeated keyword arguments, match-pattern rules,
 * late {@code from __future__} imports and too deeply nested blocks. It walks the tree in the compiler's order with
 * the compiler's per-code-unit state (unit kind and the stack of frame blocks), so that when a program has several
 * such errors the one reported is CPython's.
 */
public final class CompileChecks {
    /** CPython's CO_MAXBLOCKS. */
    private static final int MAX_BLOCKS = 20;

    /** Compiler scope types (COMPILER_SCOPE_*). */
    private enum UnitType {
        MODULE,
        CLASS,
        FUNCTION,
        ASYNC_FUNCTION,
        LAMBDA,
        COMPREHENSION,
        TYPE_PARAMS
    }

    /** Kinds of frame blocks (fblock types) that matter for the checks. */
    private enum BlockKind {
        LOOP,
        EXCEPTION_GROUP_HANDLER,
        FINALLY_TRY,
        OTHER
    }

    /** A frame block; a FINALLY_TRY carries the finally body that jumps out of it compile inline. */
    private record Block(BlockKind kind, List<Stmt> finalbody) {
        static final Block LOOP = new Block(BlockKind.LOOP, null);
        static final Block EXCEPTION_GROUP_HANDLER = new Block(BlockKind.EXCEPTION_GROUP_HANDLER, null);
        static final Block OTHER = new Block(BlockKind.OTHER, null);
    }

    /** CPython's NO_LOCATION, which unwinding a finally block leaves behind. */
    private static final Loc NO_LOCATION = new Loc(-1, -1, -1, -1);

    private static final class Unit {
        final UnitType type;
        final Scope scope;
        final List<Block> blocks = new ArrayList<>();

        Unit(UnitType type, Scope scope) {
            this.type = type;
            this.scope = scope;
        }
    }

    /** Receives the compiler's SyntaxWarnings (same shape as the parser's warning sink). */
    @FunctionalInterface
    public interface WarningListener {
        /**
         * Reports a warning; returns true when the warnings filters turned it into an error, which the checks then
         * raise as a SyntaxError with the warning's message and location (as CPython's compiler_warn does).
         */
        boolean warn(String category, String message, String filename, int lineno);
    }

    private static final WarningListener IGNORE = (category, message, filename, lineno) -> false;

    private final SymbolTable table;
    private final String filename;
    private WarningListener warnings = IGNORE;
    private final boolean allowTopLevelAwait;
    private final boolean futureAnnotations;
    private final Loc futureLocation;
    private Unit unit;

    private CompileChecks(SymbolTable table, String filename, boolean allowTopLevelAwait, Loc futureLocation) {
        this.table = table;
        this.filename = filename;
        this.allowTopLevelAwait = allowTopLevelAwait;
        this.futureAnnotations = (table.getFutureFlags() & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0;
        this.futureLocation = futureLocation;
    }

    /** Runs the compiler's checks on an analyzed tree; throws the first SyntaxError CPython's compiler would raise. */
    public static void check(Mod mod, SymbolTable st, String filename) throws PySyntaxError {
        check(mod, st, filename, false);
    }

    /**
     * As {@link #check(Mod, SymbolTable, String)}; {@code allowTopLevelAwait} is PyCF_ALLOW_TOP_LEVEL_AWAIT (asyncio
     * REPL, {@code compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)}). Afterwards the module scope's
     * {@link Scope#isCoroutine()} tells whether the module code is a coroutine (CO_COROUTINE), as CPython decides it.
     */
    public static void check(Mod mod, SymbolTable st, String filename, boolean allowTopLevelAwait) throws PySyntaxError {
        check(mod, st, filename, allowTopLevelAwait, IGNORE);
    }

    /**
     * As {@link #check(Mod, SymbolTable, String, boolean)}, also reporting the compiler's SyntaxWarnings ("is" with a
     * literal, "perhaps you missed a comma?", always-true assertions) in compilation order.
     */
    public static void check(Mod mod, SymbolTable st, String filename, boolean allowTopLevelAwait, WarningListener warnings)
                    throws PySyntaxError {
        CompileChecks c = new CompileChecks(st, filename, allowTopLevelAwait, FutureFeatures.prologueEnd(mod, filename));
        c.warnings = warnings;
        c.unit = new Unit(UnitType.MODULE, st.getModuleScope());
        try {
            switch (mod) {
                case Mod.Module m -> c.stmts(m.body());
                case Mod.Interactive m -> c.stmts(m.body());
                case Mod.Expression m -> c.expr(m.body());
                case Mod.FunctionType m -> {
                }
            }
        } catch (StackOverflowError e) {
            throw new CompilationRecursionError();
        }
    }

    private PySyntaxError error(String msg, Loc loc) {
        return Errors.at(msg, filename, loc);
    }

    private void warn(String message, Loc loc) {
        if (warnings.warn("SyntaxWarning", message, filename, loc.lineno())) {
            throw error(message, loc);
        }
    }

    // ---------------------------------------------------------------- warnings on literals

    /**
     * The Python type name of the constant CPython's AST optimizer turns {@code e} into, or null when it stays a
     * non-constant expression (only the folds that matter for the literal warnings: signs, simple arithmetic,
     * tuples of constants).
     */
    private static String constantType(Expr e) {
        switch (e) {
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == ConstantValue.NONE) {
                    return "NoneType";
                } else if (v == ConstantValue.ELLIPSIS) {
                    return "ellipsis";
                } else if (v instanceof Boolean) {
                    return "bool";
                } else if (v instanceof Long || v instanceof java.math.BigInteger) {
                    return "int";
                } else if (v instanceof Double) {
                    return "float";
                } else if (v instanceof ConstantValue.Complex) {
                    return "complex";
                } else if (v instanceof String) {
                    return "str";
                } else if (v instanceof ConstantValue.Bytes) {
                    return "bytes";
                }
                return null;
            }
            case Expr.UnaryOp u -> {
                String t = constantType(u.operand());
                if (t == null) {
                    return null;
                }
                return switch (u.op()) {
                    case Not -> "bool";
                    case Invert -> t.equals("int") || t.equals("bool") ? "int" : null;
                    case USub, UAdd -> switch (t) {
                        case "bool", "int" -> "int";
                        case "float", "complex" -> t;
                        default -> null;
                    };
                };
            }
            case Expr.BinOp b -> {
                String l = constantType(b.left());
                String r = constantType(b.right());
                if (l == null || r == null) {
                    return null;
                }
                return binOpType(l, b.op(), r, b.left(), b.right());
            }
            case Expr.Tuple t -> {
                if (t.ctx() != ExprContext.Load) {
                    return null;
                }
                for (Expr x : t.elts()) {
                    if (constantType(x) == null) {
                        return null;
                    }
                }
                return "tuple";
            }
            default -> {
                return null;
            }
        }
    }

    private static String binOpType(String l, org.jpy.parser.ast.Operator op, String r, Expr left, Expr right) {
        boolean lInt = l.equals("int") || l.equals("bool");
        boolean rInt = r.equals("int") || r.equals("bool");
        boolean lNum = lInt || l.equals("float") || l.equals("complex");
        boolean rNum = rInt || r.equals("float") || r.equals("complex");
        if (lNum && rNum) {
            String wide = l.equals("complex") || r.equals("complex") ? "complex" : l.equals("float") || r.equals("float") ? "float" : "int";
            boolean zero = right instanceof Expr.Constant c && (Long.valueOf(0).equals(c.value()) || Double.valueOf(0.0).equals(c.value()) ||
                            Boolean.FALSE.equals(c.value()));
            return switch (op) {
                case Add, Sub, Mult -> wide;
                case Div -> zero ? null : wide.equals("complex") ? "complex" : "float";
                case FloorDiv, Mod -> zero || wide.equals("complex") ? null : wide;
                case Pow -> powType(wide, left, right);
                case LShift, RShift -> lInt && rInt ? "int" : null;
                case BitAnd, BitOr, BitXor -> lInt && rInt ? (l.equals("bool") && r.equals("bool") ? "bool" : "int") : null;
                case MatMult -> null;
            };
        }
        if (op == org.jpy.parser.ast.Operator.Add && l.equals(r) && (l.equals("str") || l.equals("bytes"))) {
            return l;
        }
        return null;
    }

    /** Type of a folded {@code **} (CPython folds int powers only up to 128 result bits); null when not folded. */
    private static String powType(String wide, Expr left, Expr right) {
        if (!(right instanceof Expr.Constant rc)) {
            return null;
        }
        if (!wide.equals("int")) {
            return wide;
        }
        if (!(rc.value() instanceof Long exp) || !(left instanceof Expr.Constant lc)) {
            return null;
        }
        long base = lc.value() instanceof Long b ? b : lc.value() instanceof Boolean bo ? (bo ? 1 : 0) : Long.MIN_VALUE;
        if (base == Long.MIN_VALUE) {
            return null;
        }
        if (exp < 0) {
            return base == 0 ? null : "float";
        }
        long bits = 64 - Long.numberOfLeadingZeros(Math.abs(base));
        return base == 0 || exp == 0 || bits <= 128 / exp ? "int" : null;
    }

    /** CPython's infer_type. */
    private static String inferType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set x -> "set";
            case Expr.SetComp x -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> constantType(e);
        };
    }

    private static boolean isArgForIs(Expr e) {
        String t = constantType(e);
        return t == null || t.equals("NoneType") || t.equals("bool") || t.equals("ellipsis");
    }

    private void checkCompare(Expr.Compare e) {
        boolean left = isArgForIs(e.left());
        Expr leftExpr = e.left();
        for (int i = 0; i < e.ops().size(); i++) {
            org.jpy.parser.ast.CmpOp op = e.ops().get(i);
            Expr rightExpr = e.comparators().get(i);
            boolean right = isArgForIs(rightExpr);
            if (op == org.jpy.parser.ast.CmpOp.Is || op == org.jpy.parser.ast.CmpOp.IsNot) {
                if (!right || !left) {
                    Expr literal = !left ? leftExpr : rightExpr;
                    String type = inferType(literal);
                    warn(op == org.jpy.parser.ast.CmpOp.Is ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                                    : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?", e.loc());
                    return;
                }
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    private void checkCaller(Expr func) {
        String type = switch (func) {
            case Expr.Constant c -> inferType(func);
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set x -> "set";
            case Expr.SetComp x -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> constantType(func);
        };
        if (type != null) {
            warn("'" + type + "' object is not callable; perhaps you missed a comma?", func.loc());
        }
    }

    private void checkSubscripter(Expr value) {
        String type = null;
        String ct = constantType(value);
        if (ct != null) {
            if (ct.equals("NoneType") || ct.equals("ellipsis") || ct.equals("int") || ct.equals("bool") || ct.equals("float") ||
                            ct.equals("complex")) {
                type = ct;
            }
        } else if (value instanceof Expr.Set || value instanceof Expr.SetComp || value instanceof Expr.GeneratorExp ||
                        value instanceof Expr.Lambda) {
            type = inferType(value);
        }
        if (type != null) {
            warn("'" + type + "' object is not subscriptable; perhaps you missed a comma?", value.loc());
        }
    }

    private void checkIndex(Expr value, Expr slice) {
        String indexType = inferType(slice);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        String ct = constantType(value);
        boolean warnIt;
        if (ct != null) {
            warnIt = ct.equals("str") || ct.equals("bytes") || ct.equals("tuple");
        } else {
            warnIt = value instanceof Expr.Tuple || value instanceof Expr.ListExpr || value instanceof Expr.ListComp || value instanceof Expr.JoinedStr ||
                            value instanceof Expr.FormattedValue;
        }
        if (warnIt) {
            warn(inferType(value) + " indices must be integers or slices, not " + indexType + "; perhaps you missed a comma?", value.loc());
        }
    }

    private boolean isTopLevelAwait() {
        return allowTopLevelAwait && unit.type == UnitType.MODULE;
    }

    private boolean functionLike() {
        return unit.scope != null && unit.scope.isFunctionLike();
    }

    private void inUnit(UnitType type, Node node, Runnable body) {
        Unit saved = unit;
        Scope s = node instanceof TypeParam.TypeVar tv ? table.getTypeVarBoundScope(tv) : table.getScope(node);
        unit = new Unit(type, s);
        try {
            body.run();
        } finally {
            unit = saved;
        }
    }

    private void inTypeParamsUnit(Node owner, Runnable body) {
        Unit saved = unit;
        unit = new Unit(UnitType.TYPE_PARAMS, table.getTypeParamsScope(owner));
        try {
            body.run();
        } finally {
            unit = saved;
        }
    }

    private void push(Block b, Loc loc) {
        if (unit.blocks.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks", loc);
        }
        unit.blocks.add(b);
    }

    private void pop() {
        unit.blocks.remove(unit.blocks.size() - 1);
    }

    private void forbiddenName(String name, ExprContext ctx, Loc loc) {
        if (name != null && name.equals("__debug__")) {
            if (ctx == ExprContext.Store) {
                throw error("cannot assign to __debug__", loc);
            }
            if (ctx == ExprContext.Del) {
                throw error("cannot delete __debug__", loc);
            }
        }
    }

    /**
     * CPython's compiler_unwind_fblock_stack for break/continue ({@code wantLoop}) and return: stops at the
     * innermost loop, fails on an except* handler, and compiles the body of every finally block it leaves, inline
     * (after which the location is NO_LOCATION, as in CPython).
     */
    private boolean unwindToLoop(Loc loc, boolean wantLoop) {
        Loc cur = loc;
        for (int i = unit.blocks.size() - 1; i >= 0; i--) {
            Block b = unit.blocks.get(i);
            if (b.kind() == BlockKind.EXCEPTION_GROUP_HANDLER) {
                throw error("'break', 'continue' and 'return' cannot appear in an except* block", cur);
            }
            if (wantLoop && b.kind() == BlockKind.LOOP) {
                return true;
            }
            if (b.kind() == BlockKind.FINALLY_TRY) {
                List<Block> saved = new ArrayList<>(unit.blocks.subList(i, unit.blocks.size()));
                unit.blocks.subList(i, unit.blocks.size()).clear();
                stmts(b.finalbody());
                unit.blocks.addAll(saved);
                cur = NO_LOCATION;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- statements

    private void stmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void checkDebugArgs(Arguments a) {
        for (Arg x : a.posonlyargs()) {
            forbiddenName(x.arg(), ExprContext.Store, x.loc());
        }
        for (Arg x : a.args()) {
            forbiddenName(x.arg(), ExprContext.Store, x.loc());
        }
        if (a.vararg() != null) {
            forbiddenName(a.vararg().arg(), ExprContext.Store, a.vararg().loc());
        }
        for (Arg x : a.kwonlyargs()) {
            forbiddenName(x.arg(), ExprContext.Store, x.loc());
        }
        if (a.kwarg() != null) {
            forbiddenName(a.kwarg().arg(), ExprContext.Store, a.kwarg().loc());
        }
    }

    private void annotation(Expr e) {
        if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else {
            expr(e);
        }
    }

    private void annotations(Arguments a, Expr returns) {
        if (futureAnnotations) {
            return;
        }
        for (Arg x : a.args()) {
            if (x.annotation() != null) {
                annotation(x.annotation());
            }
        }
        for (Arg x : a.posonlyargs()) {
            if (x.annotation() != null) {
                annotation(x.annotation());
            }
        }
        if (a.vararg() != null && a.vararg().annotation() != null) {
            annotation(a.vararg().annotation());
        }
        for (Arg x : a.kwonlyargs()) {
            if (x.annotation() != null) {
                annotation(x.annotation());
            }
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            annotation(a.kwarg().annotation());
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void typeParams(List<TypeParam> tps) {
        for (TypeParam tp : tps) {
            switch (tp) {
                case TypeParam.TypeVar t -> {
                    if (t.bound() != null) {
                        inUnit(UnitType.TYPE_PARAMS, t, () -> expr(t.bound()));
                    }
                    forbiddenName(t.name(), ExprContext.Store, t.loc());
                }
                case TypeParam.ParamSpec t -> forbiddenName(t.name(), ExprContext.Store, t.loc());
                case TypeParam.TypeVarTuple t -> forbiddenName(t.name(), ExprContext.Store, t.loc());
            }
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, List<TypeParam> tps,
                    boolean async) {
        checkDebugArgs(args);
        exprs(decorators);
        exprs(args.defaults());
        exprs(args.kwDefaults());
        Runnable rest = () -> {
            annotations(args, returns);
            inUnit(async ? UnitType.ASYNC_FUNCTION : UnitType.FUNCTION, s, () -> stmts(body));
        };
        if (tps.isEmpty()) {
            rest.run();
        } else {
            inTypeParamsUnit(s, () -> {
                typeParams(tps);
                rest.run();
            });
        }
        forbiddenName(name, ExprContext.Store, s.loc());
    }

    private void classDef(Stmt.ClassDef s) {
        exprs(s.decoratorList());
        Runnable rest = () -> {
            inUnit(UnitType.CLASS, s, () -> stmts(s.body()));
            callHelper(s.bases(), s.keywords());
        };
        if (s.typeParams().isEmpty()) {
            rest.run();
        } else {
            inTypeParamsUnit(s, () -> {
                typeParams(s.typeParams());
                rest.run();
            });
        }
        forbiddenName(s.name(), ExprContext.Store, s.loc());
    }

    private void stmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef s -> function(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(), false);
            case Stmt.AsyncFunctionDef s -> function(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(), true);
            case Stmt.ClassDef s -> classDef(s);
            case Stmt.Return s -> returnStmt(s);
            case Stmt.Delete s -> exprs(s.targets());
            case Stmt.Assign s -> {
                expr(s.value());
                exprs(s.targets());
            }
            case Stmt.TypeAlias s -> {
                Runnable rest = () -> inUnit(UnitType.FUNCTION, s, () -> expr(s.value()));
                if (s.typeParams().isEmpty()) {
                    rest.run();
                } else {
                    inTypeParamsUnit(s, () -> {
                        typeParams(s.typeParams());
                        rest.run();
                    });
                }
                forbiddenName(((Expr.Name) s.name()).id(), ExprContext.Store, s.loc());
            }
            case Stmt.AugAssign s -> augAssign(s);
            case Stmt.AnnAssign s -> annAssign(s);
            case Stmt.For s -> {
                push(Block.LOOP, s.loc());
                expr(s.iter());
                expr(s.target());
                stmts(s.body());
                pop();
                stmts(s.orelse());
            }
            case Stmt.AsyncFor s -> {
                if (isTopLevelAwait()) {
                    unit.scope.coroutine = true;
                } else if (unit.type != UnitType.ASYNC_FUNCTION) {
                    throw error("'async for' outside async function", s.loc());
                }
                push(Block.LOOP, s.loc());
                expr(s.iter());
                expr(s.target());
                stmts(s.body());
                pop();
                stmts(s.orelse());
            }
            case Stmt.While s -> {
                push(Block.LOOP, s.loc());
                expr(s.test());
                stmts(s.body());
                pop();
                stmts(s.orelse());
            }
            case Stmt.If s -> {
                expr(s.test());
                stmts(s.body());
                stmts(s.orelse());
            }
            case Stmt.With s -> with(s, s.items(), 0, s.body(), false);
            case Stmt.AsyncWith s -> with(s, s.items(), 0, s.body(), true);
            case Stmt.Match s -> match(s);
            case Stmt.Raise s -> {
                if (s.exc() != null) {
                    expr(s.exc());
                    if (s.cause() != null) {
                        expr(s.cause());
                    }
                }
            }
            case Stmt.Try s -> tryStmt(s, s.body(), s.handlers(), s.orelse(), s.finalbody(), false);
            case Stmt.TryStar s -> tryStmt(s, s.body(), s.handlers(), s.orelse(), s.finalbody(), true);
            case Stmt.Assert s -> {
                if ((s.test() instanceof Expr.Tuple t && !t.elts().isEmpty())) {
                    warn("assertion is always true, perhaps remove parentheses?", s.loc());
                }
                expr(s.test());
                if (s.msg() != null) {
                    expr(s.msg());
                }
            }
            case Stmt.Import s -> {
                for (Alias a : s.names()) {
                    String store = a.asname();
                    if (store == null) {
                        int dot = a.name().indexOf('.');
                        store = dot >= 0 ? a.name().substring(0, dot) : a.name();
                    }
                    forbiddenName(store, ExprContext.Store, s.loc());
                }
            }
            case Stmt.ImportFrom s -> {
                if ("__future__".equals(s.module()) && isAfter(s.loc(), futureLocation)) {
                    throw error("from __future__ imports must occur at the beginning of the file", s.loc());
                }
                for (Alias a : s.names()) {
                    if (!a.name().equals("*")) {
                        forbiddenName(a.asname() != null ? a.asname() : a.name(), ExprContext.Store, s.loc());
                    }
                }
            }
            case Stmt.Global s -> {
            }
            case Stmt.Nonlocal s -> {
            }
            case Stmt.ExprStmt s -> expr(s.value());
            case Stmt.Pass s -> {
            }
            case Stmt.Break s -> {
                if (!unwindToLoop(s.loc(), true)) {
                    throw error("'break' outside loop", s.loc());
                }
            }
            case Stmt.Continue s -> {
                if (!unwindToLoop(s.loc(), true)) {
                    throw error("'continue' not properly in loop", s.loc());
                }
            }
        }
    }

    /** CPython's location_is_after against ff_location (-1 everywhere when there is no future prologue). */
    private static boolean isAfter(Loc loc, Loc future) {
        int line = future == null ? -1 : future.lineno();
        int endCol = future == null ? -1 : future.endColOffset();
        return loc.lineno() > line || (loc.lineno() == line && loc.colOffset() > endCol);
    }

    private void returnStmt(Stmt.Return s) {
        if (!functionLike()) {
            throw error("'return' outside function", s.loc());
        }
        if (s.value() != null && unit.scope.isCoroutine() && unit.scope.isGenerator()) {
            throw error("'return' with value in async generator", s.loc());
        }
        boolean preserveTos = s.value() != null && !(s.value() instanceof Expr.Constant);
        Loc loc = s.loc();
        if (preserveTos) {
            expr(s.value());
        } else if (s.value() != null) {
            loc = s.value().loc();
        }
        if (s.value() == null || s.value().loc().lineno() != s.loc().lineno()) {
            loc = s.loc();
        }
        unwindToLoop(loc, false);
    }

    private void augAssign(Stmt.AugAssign s) {
        switch (s.target()) {
            case Expr.Name n -> {
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript sub -> {
                expr(sub.value());
                expr(sub.slice());
            }
            default -> expr(s.target());
        }
        expr(s.value());
        if (s.target() instanceof Expr.Name n) {
            forbiddenName(n.id(), ExprContext.Store, n.loc());
        }
    }

    private boolean moduleOrClass() {
        return unit.type == UnitType.MODULE || unit.type == UnitType.CLASS;
    }

    private void annAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            expr(s.value());
            expr(s.target());
        }
        switch (s.target()) {
            case Expr.Name n -> {
                forbiddenName(n.id(), ExprContext.Store, s.loc());
                if (s.simple() != 0 && moduleOrClass() && !futureAnnotations) {
                    expr(s.annotation());
                }
            }
            case Expr.Attribute a -> {
                forbiddenName(a.attr(), ExprContext.Store, s.loc());
                if (s.value() == null) {
                    expr(a.value());
                }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    expr(sub.value());
                    annSubscript(sub.slice());
                }
            }
            default -> {
            }
        }
        if (s.simple() == 0 && !futureAnnotations && moduleOrClass()) {
            expr(s.annotation());
        }
    }

    private void annSubscript(Expr e) {
        switch (e) {
            case Expr.Slice sl -> {
                if (sl.lower() != null) {
                    expr(sl.lower());
                }
                if (sl.upper() != null) {
                    expr(sl.upper());
                }
                if (sl.step() != null) {
                    expr(sl.step());
                }
            }
            case Expr.Tuple t -> t.elts().forEach(this::annSubscript);
            default -> expr(e);
        }
    }

    private void with(Stmt s, List<WithItem> items, int pos, List<Stmt> body, boolean async) {
        if (async && isTopLevelAwait()) {
            unit.scope.coroutine = true;
        } else if (async && unit.type != UnitType.ASYNC_FUNCTION) {
            throw error("'async with' outside async function", s.loc());
        }
        WithItem item = items.get(pos);
        expr(item.contextExpr());
        push(Block.OTHER, s.loc());
        if (item.optionalVars() != null) {
            expr(item.optionalVars());
        }
        if (pos + 1 < items.size()) {
            with(s, items, pos + 1, body, async);
        } else {
            stmts(body);
        }
        pop();
    }

    private void tryStmt(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, boolean star) {
        if (!finalbody.isEmpty()) {
            push(new Block(BlockKind.FINALLY_TRY, finalbody), s.loc());
            if (!handlers.isEmpty()) {
                tryExcept(s, body, handlers, orelse, star);
            } else {
                stmts(body);
            }
            pop();
            // The compiler emits the finally body twice (normal and exceptional exit); the second copy, nested in a
            // FINALLY_END block, is the one that can exceed the block limit.
            push(Block.OTHER, s.loc());
            stmts(finalbody);
            pop();
        } else {
            tryExcept(s, body, handlers, orelse, star);
        }
    }

    private void tryExcept(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, boolean star) {
        push(Block.OTHER, s.loc());
        stmts(body);
        pop();
        if (!star) {
            stmts(orelse);
        }
        push(star ? Block.EXCEPTION_GROUP_HANDLER : Block.OTHER, s.loc());
        int n = handlers.size();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            if (h.type() == null && i < n - 1 && !star) {
                throw error("default 'except:' must be last", h.loc());
            }
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                forbiddenName(h.name(), ExprContext.Store, h.loc());
            }
            push(Block.OTHER, h.loc());
            stmts(h.body());
            pop();
        }
        pop();
        if (star) {
            stmts(orelse);
        }
    }

    // ---------------------------------------------------------------- match

    /** CPython's pattern_context: the names captured so far and whether an irrefutable pattern is allowed. */
    private static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    private void match(Stmt.Match s) {
        expr(s.subject());
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase m = cases.get(i);
            PatternContext pc = new PatternContext();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pattern(m.pattern(), pc);
            if (m.guard() != null) {
                expr(m.guard());
            }
            stmts(m.body());
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            if (m.guard() != null) {
                expr(m.guard());
            }
            stmts(m.body());
        }
    }

    private void storeName(String name, Loc loc, PatternContext pc) {
        if (name == null) {
            return;
        }
        forbiddenName(name, ExprContext.Store, loc);
        if (pc.stores.contains(name)) {
            throw error("multiple assignments to name " + repr(name) + " in pattern", loc);
        }
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, PatternContext pc) {
        boolean saved = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = saved;
    }

    private void pattern(Pattern pattern, PatternContext pc) {
        switch (pattern) {
            case Pattern.MatchValue p -> {
                // After constant folding only constants and attribute lookups remain (-1 and 1+2j fold).
                Expr v = p.value();
                if (!(v instanceof Expr.Constant || v instanceof Expr.Attribute || v instanceof Expr.UnaryOp || v instanceof Expr.BinOp)) {
                    throw error("patterns may only match literals and attribute lookups", p.loc());
                }
                expr(v);
            }
            case Pattern.MatchSingleton p -> {
            }
            case Pattern.MatchSequence p -> {
                boolean star = false;
                for (Pattern x : p.patterns()) {
                    if (x instanceof Pattern.MatchStar) {
                        if (star) {
                            throw error("multiple starred names in sequence pattern", p.loc());
                        }
                        star = true;
                    }
                }
                for (Pattern x : p.patterns()) {
                    if (x instanceof Pattern.MatchStar ms) {
                        storeName(ms.name(), ms.loc(), pc);
                    } else {
                        subpattern(x, pc);
                    }
                }
            }
            case Pattern.MatchMapping p -> {
                Set<Object> seen = new HashSet<>();
                for (Expr key : p.keys()) {
                    // The compiler sees the constant-folded tree: -1 and 1+2j are constants there.
                    Object folded = foldedKey(key);
                    if (folded != null) {
                        if (!seen.add(dictKey(folded))) {
                            throw error("mapping pattern checks duplicate key (" + constantRepr(folded) + ")", p.loc());
                        }
                    } else if (!(key instanceof Expr.Attribute) && !(key instanceof Expr.BinOp) && !(key instanceof Expr.UnaryOp)) {
                        throw error("mapping pattern keys may only match literals and attribute lookups", p.loc());
                    }
                    expr(key);
                }
                for (Pattern x : p.patterns()) {
                    subpattern(x, pc);
                }
                if (p.rest() != null) {
                    storeName(p.rest(), p.loc(), pc);
                }
            }
            case Pattern.MatchClass p -> {
                List<String> attrs = p.kwdAttrs();
                for (int i = 0; i < attrs.size(); i++) {
                    Loc loc = p.kwdPatterns().get(i).loc();
                    forbiddenName(attrs.get(i), ExprContext.Store, loc);
                    for (int j = i + 1; j < attrs.size(); j++) {
                        if (attrs.get(i).equals(attrs.get(j))) {
                            throw error("attribute name repeated in class pattern: " + attrs.get(i), p.kwdPatterns().get(j).loc());
                        }
                    }
                }
                expr(p.cls());
                for (Pattern x : p.patterns()) {
                    subpattern(x, pc);
                }
                for (Pattern x : p.kwdPatterns()) {
                    subpattern(x, pc);
                }
            }
            case Pattern.MatchStar p -> storeName(p.name(), p.loc(), pc);
            case Pattern.MatchAs p -> {
                if (p.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (p.name() != null) {
                            throw error("name capture " + repr(p.name()) + " makes remaining patterns unreachable", p.loc());
                        }
                        throw error("wildcard makes remaining patterns unreachable", p.loc());
                    }
                    storeName(p.name(), p.loc(), pc);
                } else {
                    pattern(p.pattern(), pc);
                    storeName(p.name(), p.loc(), pc);
                }
            }
            case Pattern.MatchOr p -> {
                List<String> oldStores = pc.stores;
                boolean oldAllow = pc.allowIrrefutable;
                List<String> control = null;
                int size = p.patterns().size();
                for (int i = 0; i < size; i++) {
                    pc.stores = new ArrayList<>();
                    pc.allowIrrefutable = i == size - 1 && oldAllow;
                    pattern(p.patterns().get(i), pc);
                    if (control == null) {
                        control = pc.stores;
                    } else if (control.size() != pc.stores.size() || !new HashSet<>(control).equals(new HashSet<>(pc.stores))) {
                        throw error("alternative patterns bind different names", p.loc());
                    }
                }
                pc.stores = oldStores;
                pc.allowIrrefutable = oldAllow;
                for (String name : control) {
                    if (pc.stores.contains(name)) {
                        throw error("multiple assignments to name " + repr(name) + " in pattern", p.loc());
                    }
                    pc.stores.add(name);
                }
            }
        }
    }

    /** The value of a literal mapping-pattern key after constant folding, or null when not simply foldable. */
    private static Object foldedKey(Expr key) {
        if (key instanceof Expr.Constant c) {
            return c.value();
        }
        if (key instanceof Expr.UnaryOp u && u.op() == org.jpy.parser.ast.UnaryOpKind.USub && u.operand() instanceof Expr.Constant c) {
            return switch (c.value()) {
                case Long l when l != Long.MIN_VALUE -> -l;
                case java.math.BigInteger b -> b.negate();
                case Double d -> -d;
                default -> null;
            };
        }
        return null;
    }

    /** Value used to detect duplicate mapping keys with Python's equality (1 == 1.0 == True). */
    private static Object dictKey(Object v) {
        if (v instanceof ConstantValue.Complex c && c.imag() == 0) {
            return dictKey(c.real());
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15) {
            return (long) (double) d;
        }
        return v;
    }

    private static String constantRepr(Object v) {
        if (v instanceof String s) {
            return repr(s);
        }
        if (v == ConstantValue.NONE) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof ConstantValue.Complex c && c.real() == 0 && 1 / c.real() > 0) {
            return floatRepr(c.imag()).replaceAll("\\.0$", "") + "j";
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof ConstantValue.Bytes b) {
            StringBuilder sb = new StringBuilder("b'");
            for (byte x : b.value()) {
                int c = x & 0xff;
                if (c == '\\' || c == '\'') {
                    sb.append('\\').append((char) c);
                } else if (c >= 0x20 && c < 0x7f) {
                    sb.append((char) c);
                } else {
                    sb.append(String.format("\\x%02x", c));
                }
            }
            return sb.append('\'').toString();
        }
        return String.valueOf(v);
    }

    /** repr() of a float for the common cases (integral and short decimal values). */
    private static String floatRepr(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (d == 0 && 1 / d < 0 ? "-" : "") + (long) Math.abs(d) * (d < 0 ? -1 : 1) + ".0";
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mant = s.substring(0, e).replaceAll("\\.0$", "");
        int exp = Integer.parseInt(s.substring(e + 1));
        return mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }

    /** repr() of a str, enough for identifiers and simple keys. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == quote) {
                        b.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(quote).toString();
    }

    // ---------------------------------------------------------------- expressions

    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg() == null) {
                continue;
            }
            forbiddenName(k.arg(), ExprContext.Store, k.loc());
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (other.arg() != null && other.arg().equals(k.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), other.loc());
                }
            }
        }
    }

    private void callHelper(List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        elements(args);
        for (Keyword k : keywords) {
            expr(k.value());
        }
    }

    /** Elements of a display or call where {@code *x} is allowed (CPython's starunpack_helper). */
    private void elements(List<Expr> elts) {
        for (Expr e : elts) {
            expr(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    private void assignTargets(List<Expr> elts, Loc loc) {
        boolean seenStar = false;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (!seenStar) {
                    if (i >= (1 << 8) || elts.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                        throw error("too many expressions in star-unpacking assignment", loc);
                    }
                    seenStar = true;
                } else {
                    throw error("multiple starred expressions in assignment", loc);
                }
            }
        }
        elements(elts);
    }

    private void sequence(List<Expr> elts, ExprContext ctx, Loc loc) {
        if (ctx == ExprContext.Store) {
            assignTargets(elts, loc);
        } else if (ctx == ExprContext.Load) {
            elements(elts);
        } else {
            exprs(elts);
        }
    }

    private void expr(Expr expr) {
        switch (expr) {
            case Expr.NamedExpr e -> {
                expr(e.value());
                expr(e.target());
            }
            case Expr.BoolOp e -> exprs(e.values());
            case Expr.BinOp e -> {
                expr(e.left());
                expr(e.right());
            }
            case Expr.UnaryOp e -> expr(e.operand());
            case Expr.Lambda e -> {
                checkDebugArgs(e.args());
                exprs(e.args().defaults());
                exprs(e.args().kwDefaults());
                inUnit(UnitType.LAMBDA, e, () -> expr(e.body()));
            }
            case Expr.IfExp e -> {
                expr(e.test());
                expr(e.body());
                expr(e.orelse());
            }
            case Expr.Dict e -> {
                for (int i = 0; i < e.values().size(); i++) {
                    if (e.keys().get(i) != null) {
                        expr(e.keys().get(i));
                    }
                    expr(e.values().get(i));
                }
            }
            case Expr.Set e -> elements(e.elts());
            case Expr.ListComp e -> comprehension(e, e.generators(), e.elt(), null, false);
            case Expr.SetComp e -> comprehension(e, e.generators(), e.elt(), null, false);
            case Expr.DictComp e -> comprehension(e, e.generators(), e.key(), e.value(), false);
            case Expr.GeneratorExp e -> comprehension(e, e.generators(), e.elt(), null, true);
            case Expr.Await e -> {
                if (!isTopLevelAwait()) {
                    if (!functionLike()) {
                        throw error("'await' outside function", e.loc());
                    }
                    if (unit.type != UnitType.ASYNC_FUNCTION && unit.type != UnitType.COMPREHENSION) {
                        throw error("'await' outside async function", e.loc());
                    }
                }
                expr(e.value());
            }
            case Expr.Yield e -> {
                if (!functionLike()) {
                    throw error("'yield' outside function", e.loc());
                }
                if (e.value() != null) {
                    expr(e.value());
                }
            }
            case Expr.YieldFrom e -> {
                if (!functionLike()) {
                    throw error("'yield' outside function", e.loc());
                }
                if (unit.type == UnitType.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function", e.loc());
                }
                expr(e.value());
            }
            case Expr.Compare e -> {
                checkCompare(e);
                expr(e.left());
                exprs(e.comparators());
            }
            case Expr.Call e -> {
                validateKeywords(e.keywords());
                checkCaller(e.func());
                expr(e.func());
                callHelper(e.args(), e.keywords());
            }
            case Expr.FormattedValue e -> {
                expr(e.value());
                if (e.formatSpec() != null) {
                    expr(e.formatSpec());
                }
            }
            case Expr.JoinedStr e -> exprs(e.values());
            case Expr.Constant e -> {
            }
            case Expr.Attribute e -> {
                expr(e.value());
                if (e.ctx() == ExprContext.Store) {
                    forbiddenName(e.attr(), ExprContext.Store, attributeLoc(e));
                }
            }
            case Expr.Subscript e -> {
                if (e.ctx() == ExprContext.Load) {
                    checkSubscripter(e.value());
                    checkIndex(e.value(), e.slice());
                }
                expr(e.value());
                expr(e.slice());
            }
            case Expr.Starred e -> {
                if (e.ctx() == ExprContext.Store) {
                    throw error("starred assignment target must be in a list or tuple", e.loc());
                }
                throw error("can't use starred expression here", e.loc());
            }
            case Expr.Name e -> forbiddenName(e.id(), e.ctx(), e.loc());
            case Expr.ListExpr e -> sequence(e.elts(), e.ctx(), e.loc());
            case Expr.Tuple e -> sequence(e.elts(), e.ctx(), e.loc());
            case Expr.Slice e -> {
                if (e.lower() != null) {
                    expr(e.lower());
                }
                if (e.upper() != null) {
                    expr(e.upper());
                }
                if (e.step() != null) {
                    expr(e.step());
                }
            }
        }
    }

    /** CPython's update_start_location_to_match_attr. */
    private static Loc attributeLoc(Expr.Attribute e) {
        Loc loc = e.loc();
        if (loc.lineno() == loc.endLineno()) {
            return loc;
        }
        int lineno = loc.endLineno();
        int len = e.attr().codePointCount(0, e.attr().length());
        int col;
        int endCol = loc.endColOffset();
        if (len <= loc.endColOffset()) {
            col = loc.endColOffset() - len;
        } else {
            col = -1;
            endCol = -1;
        }
        int endLine = Math.max(lineno, loc.endLineno());
        if (lineno == endLine) {
            endCol = Math.max(col, endCol);
        }
        return new Loc(lineno, col, endLine, endCol);
    }

    private void comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value, boolean genexp) {
        Scope comp = table.getScope(e);
        boolean inlined = comp != null && comp.isInlinedComprehension();
        if (inlined) {
            expr(generators.get(0).iter());
            boolean isAsyncGenerator = comp.isCoroutine();
            if (isAsyncGenerator && unit.type != UnitType.ASYNC_FUNCTION && unit.type != UnitType.COMPREHENSION && !isTopLevelAwait()) {
                throw error("asynchronous comprehension outside of an asynchronous function", e.loc());
            }
            generators(generators, elt, value, e.loc());
        } else {
            boolean isAsyncGenerator = comp != null && comp.isCoroutine();
            UnitType outer = unit.type;
            boolean topLevelAwait = isTopLevelAwait();
            inUnit(UnitType.COMPREHENSION, e, () -> {
                if (isAsyncGenerator && !genexp && outer != UnitType.ASYNC_FUNCTION && outer != UnitType.COMPREHENSION && !topLevelAwait) {
                    throw error("asynchronous comprehension outside of an asynchronous function", e.loc());
                }
                generators(generators, elt, value, e.loc());
            });
            if (topLevelAwait && isAsyncGenerator) {
                // An async generator expression at top level makes the module code a coroutine.
                unit.scope.coroutine = true;
            }
            expr(generators.get(0).iter());
        }
    }

    private void generators(List<Comprehension> generators, Expr elt, Expr value, Loc loc) {
        int pushed = 0;
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            if (g.isAsync() != 0) {
                push(Block.OTHER, loc);
                pushed++;
            }
            expr(g.target());
            exprs(g.ifs());
        }
        expr(elt);
        if (value != null) {
            expr(value);
        }
        for (int i = 0; i < pushed; i++) {
            pop();
        }
    }
}
