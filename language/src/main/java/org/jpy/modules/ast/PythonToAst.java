package org.jpy.modules.ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectIsInstanceNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PEllipsis;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.complex.PComplex;
import org.jpy.objects.list.PList;
import org.jpy.objects.set.PFrozenSet;
import org.jpy.objects.tuple.PTuple;
import org.jpy.parser.ast.Alias;
import org.jpy.parser.ast.Arg;
import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.BoolOpKind;
import org.jpy.parser.ast.CmpOp;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ConstantValue;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.ExprContext;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.MatchCase;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Operator;
import org.jpy.parser.ast.Pattern;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.TypeParam;
import org.jpy.parser.ast.UnaryOpKind;
import org.jpy.parser.ast.WithItem;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.imports.ImportSystem;
import org.jpy.runtime.imports.SourceDecoding;
import org.jpy.parser.PySyntaxError;

/**
 * Reads a tree of {@code _ast} objects (possibly built or edited by Python code) back into the parser's Java tree so
 * that {@code compile()} can translate it. Like CPython's {@code obj2ast}, each node's {@code _attributes} are read
 * before its fields, every field is type-checked, and a malformed tree raises CPython's TypeError / ValueError
 * messages instead of failing later in the compiler.
 */
public final class PythonToAst {
    private final Node node;
    private final Object module;
    private final Map<String, Object> classes = new HashMap<>();
    /** The largest line and column seen, to size the stand-in source text (see {@link AstCompiler}). */
    int maxLine;
    int maxColumn;
    /** Where the tree is being compiled from, for the SyntaxErrors of misplaced return/yield/await/break/continue. */
    String filename = "<unknown>";
    /** The context the expression being read must have (CPython's validator: targets Store/Del, the rest Load). */
    private ExprContext want = ExprContext.Load;
    /** False for compile(tree, ..., PyCF_ONLY_AST), which validates the tree but does not compile it. */
    boolean checkPlacement = true;
    private boolean inFunction;
    private boolean inAsyncFunction;
    private boolean inLoop;

    private PythonToAst(Node node, Object module) {
        this.node = node;
        this.module = module;
    }

    /** A reader for one conversion; {@link #mod} does the work. */
    static PythonToAst create(Node node) {
        return new PythonToAst(node, ImportSystem.importAbsolute(node, "_ast"));
    }

    /** Whether {@code obj} is an instance of {@code _ast.AST}. */
    @TruffleBoundary
    public static boolean isAst(Node node, Object obj) {
        Object module = ImportSystem.importAbsolute(node, "_ast");
        return PyObjectIsInstanceNode.isInstance(node, obj, PyObjectGetAttrNode.getAttributeUncached(module, "AST"));
    }

    // ---------------------------------------------------------------- reading helpers

    private Object cls(String name) {
        return classes.computeIfAbsent(name, n -> PyObjectGetAttrNode.getAttributeUncached(module, n));
    }

    private boolean isA(Object obj, String name) {
        return PyObjectIsInstanceNode.isInstance(node, obj, cls(name));
    }

    /** The {@code _ast} class name under which {@code obj} is converted: the first class of its MRO defined by {@code _ast}. */
    private String kindOf(Object obj) {
        PythonClass c = GetClassNode.getPythonClassUncached(obj);
        for (PythonClass k : c.getMro()) {
            if (PyObjectGetAttrNode.lookupAttributeUncached(module, k.getName()) == k) {
                return k.getName();
            }
        }
        return null;
    }

    private RuntimeException typeError(String fmt, Object... args) {
        return PRaise.raise(node, PythonBuiltinClassType.TypeError, fmt, args);
    }

    private RuntimeException valueError(String fmt, Object... args) {
        return PRaise.raise(node, PythonBuiltinClassType.ValueError, fmt, args);
    }

    private static String repr(Object o) {
        return PyObjectReprNode.repr(o);
    }

    private Object get(Object obj, String field) {
        return PyObjectGetAttrNode.lookupAttributeUncached(obj, field);
    }

    private Object required(Object obj, String field, String owner) {
        Object v = get(obj, field);
        if (v == PNone.NO_VALUE) {
            throw typeError("required field \"%s\" missing from %s", field, owner);
        }
        return v;
    }

    private Object requiredNotNone(Object obj, String field, String owner) {
        Object v = required(obj, field, owner);
        if (v == PNone.NONE) {
            throw valueError("field '%s' is required for %s", field, owner);
        }
        return v;
    }

    private int toInt(Object v) {
        Object n = v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        if (n instanceof Long l) {
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "Python int too large to convert to C int");
            }
            return (int) (long) l;
        }
        if (n instanceof BigInteger) {
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "Python int too large to convert to C int");
        }
        throw valueError("invalid integer value: %s", repr(v));
    }

    private int reqInt(Object obj, String field, String owner) {
        return toInt(required(obj, field, owner));
    }

    private String identifier(Object v) {
        if (!(v instanceof String s)) {
            throw typeError("AST identifier must be of type str");
        }
        return s;
    }

    private String reqIdentifier(Object obj, String field, String owner) {
        return identifier(requiredNotNone(obj, field, owner));
    }

    private String optIdentifier(Object obj, String field) {
        Object v = get(obj, field);
        return v == PNone.NO_VALUE || v == PNone.NONE ? null : identifier(v);
    }

    private String optString(Object obj, String field) {
        Object v = get(obj, field);
        if (v == PNone.NO_VALUE || v == PNone.NONE) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw typeError("AST string must be of type str");
        }
        return s;
    }

    private interface Reader<T> {
        T read(Object item);
    }

    private <T> List<T> seq(Object obj, String field, String owner, Reader<T> reader) {
        Object v = get(obj, field);
        if (v == PNone.NO_VALUE) {
            return new ArrayList<>();
        }
        if (!(v instanceof PList list)) {
            throw typeError("%s field \"%s\" must be a list, not a %s", owner, field, PRaise.typeName(v));
        }
        int n = list.size();
        List<T> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (list.size() != n) {
                throw typeError("%s field \"%s\" changed size during iteration", owner, field);
            }
            result.add(reader.read(list.get(i)));
        }
        return result;
    }

    private List<Stmt> body(Object obj, String field, String owner, boolean nonEmpty) {
        List<Stmt> b = seq(obj, field, owner, this::stmt);
        if (nonEmpty && b.isEmpty()) {
            throw valueError("empty %s on %s", field, owner);
        }
        return b;
    }

    private List<Expr> exprs(Object obj, String field, String owner) {
        return seq(obj, field, owner, this::expr);
    }

    private Loc loc(Object obj, String owner) {
        int lineno = reqInt(obj, "lineno", owner);
        int col = reqInt(obj, "col_offset", owner);
        if (owner.equals("pattern") || owner.equals("type_param")) {
            required(obj, "end_lineno", owner);
            required(obj, "end_col_offset", owner);
        }
        Object el = get(obj, "end_lineno");
        int endLine = el == PNone.NO_VALUE || el == PNone.NONE ? lineno : toInt(el);
        Object ec = get(obj, "end_col_offset");
        int endCol = ec == PNone.NO_VALUE || ec == PNone.NONE ? col : toInt(ec);
        maxLine = Math.max(maxLine, Math.max(lineno, endLine));
        maxColumn = Math.max(maxColumn, Math.max(col, endCol));
        return new Loc(lineno, col, endLine, endCol);
    }

    private String expectKind(Object obj, String abstractName) {
        String kind = isA(obj, abstractName) ? kindOf(obj) : null;
        if (kind == null) {
            throw typeError("expected some sort of %s, but got %s", abstractName, repr(obj));
        }
        return kind;
    }

    // ---------------------------------------------------------------- mod

    /** {@code expected} is "Module", "Expression", "Interactive" or "FunctionType" (from the compile mode). */
    @TruffleBoundary
    Mod mod(Object tree, String expected) {
        if (!isA(tree, expected)) {
            throw typeError("expected %s node, got %s", expected, PRaise.typeName(tree));
        }
        return switch (expected) {
            case "Module" -> new Mod.Module(body(tree, "body", "Module", false), seq(tree, "type_ignores", "Module", this::typeIgnore));
            case "Interactive" -> new Mod.Interactive(body(tree, "body", "Interactive", false));
            case "Expression" -> {
                Expr body = expr(requiredNotNone(tree, "body", "Expression"));
                if (checkPlacement && body instanceof Expr.Starred st) {
                    throw syntaxError("can't use starred expression here", st.loc());
                }
                yield new Mod.Expression(body);
            }
            default -> new Mod.FunctionType(exprs(tree, "argtypes", "FunctionType"), expr(requiredNotNone(tree, "returns", "FunctionType")));
        };
    }

    private Mod.TypeIgnore typeIgnore(Object o) {
        if (!isA(o, "TypeIgnore")) {
            throw typeError("expected some sort of type_ignore, but got %s", repr(o));
        }
        int lineno = reqInt(o, "lineno", "TypeIgnore");
        Object tag = required(o, "tag", "TypeIgnore");
        if (!(tag instanceof String s)) {
            throw typeError("AST string must be of type str");
        }
        return new Mod.TypeIgnore(lineno, s);
    }

    // ---------------------------------------------------------------- stmt

    private Stmt stmt(Object o) {
        String k = expectKind(o, "stmt");
        Loc loc = loc(o, "stmt");
        return switch (k) {
            case "FunctionDef", "AsyncFunctionDef" -> {
                String name = reqIdentifier(o, "name", k);
                Arguments args = arguments(requiredNotNone(o, "args", k));
                List<Stmt> body = scopeBody(o, k, true, k.equals("AsyncFunctionDef"));
                List<Expr> decorators = exprs(o, "decorator_list", k);
                Expr returns = optExpr(o, "returns");
                String tc = optString(o, "type_comment");
                List<TypeParam> tps = seq(o, "type_params", k, this::typeParam);
                yield k.equals("FunctionDef") ? new Stmt.FunctionDef(name, args, body, decorators, returns, tc, tps, loc)
                                : new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, tc, tps, loc);
            }
            case "ClassDef" -> new Stmt.ClassDef(reqIdentifier(o, "name", k), exprs(o, "bases", k), seq(o, "keywords", k, this::keyword), scopeBody(o, k, false, false),
                            exprs(o, "decorator_list", k), seq(o, "type_params", k, this::typeParam), loc);
            case "Return" -> {
                if (checkPlacement && !inFunction) {
                    throw syntaxError("'return' outside function", loc);
                }
                yield new Stmt.Return(optExpr(o, "value"), loc);
            }
            case "Delete" -> new Stmt.Delete(nonEmpty(targets(o, "targets", k, ExprContext.Del), "targets", k), loc);
            case "Assign" -> new Stmt.Assign(nonEmpty(targets(o, "targets", k, ExprContext.Store), "targets", k), reqExpr(o, "value", k), optString(o, "type_comment"), loc);
            case "TypeAlias" -> new Stmt.TypeAlias(target(o, "name", k, ExprContext.Store), seq(o, "type_params", k, this::typeParam), reqExpr(o, "value", k), loc);
            case "AugAssign" -> new Stmt.AugAssign(target(o, "target", k, ExprContext.Store), operator(requiredNotNone(o, "op", k)), reqExpr(o, "value", k), loc);
            case "AnnAssign" -> new Stmt.AnnAssign(target(o, "target", k, ExprContext.Store), reqExpr(o, "annotation", k), optExpr(o, "value"), reqInt(o, "simple", k), loc);
            case "For", "AsyncFor" -> {
                Expr target = target(o, "target", k, ExprContext.Store);
                Expr iter = reqExpr(o, "iter", k);
                List<Stmt> body = loopBody(o, k);
                List<Stmt> orelse = body(o, "orelse", k, false);
                String tc = optString(o, "type_comment");
                yield k.equals("For") ? new Stmt.For(target, iter, body, orelse, tc, loc) : new Stmt.AsyncFor(target, iter, body, orelse, tc, loc);
            }
            case "While" -> new Stmt.While(reqExpr(o, "test", k), loopBody(o, k), body(o, "orelse", k, false), loc);
            case "If" -> new Stmt.If(reqExpr(o, "test", k), body(o, "body", k, true), body(o, "orelse", k, false), loc);
            case "With", "AsyncWith" -> {
                List<WithItem> items = nonEmpty(seq(o, "items", k, this::withItem), "items", k);
                List<Stmt> body = body(o, "body", k, true);
                String tc = optString(o, "type_comment");
                yield k.equals("With") ? new Stmt.With(items, body, tc, loc) : new Stmt.AsyncWith(items, body, tc, loc);
            }
            case "Match" -> new Stmt.Match(reqExpr(o, "subject", k), nonEmpty(seq(o, "cases", k, this::matchCase), "cases", k), loc);
            case "Raise" -> new Stmt.Raise(optExpr(o, "exc"), optExpr(o, "cause"), loc);
            case "Try", "TryStar" -> {
                List<Stmt> body = body(o, "body", k, true);
                List<ExceptHandler> handlers = seq(o, "handlers", k, this::handler);
                List<Stmt> orelse = body(o, "orelse", k, false);
                List<Stmt> finalbody = body(o, "finalbody", k, false);
                if (handlers.isEmpty() && finalbody.isEmpty()) {
                    throw valueError("%s has neither except handlers nor finalbody", k);
                }
                if (handlers.isEmpty() && !orelse.isEmpty()) {
                    throw valueError("%s has orelse but no except handlers", k);
                }
                yield k.equals("Try") ? new Stmt.Try(body, handlers, orelse, finalbody, loc) : new Stmt.TryStar(body, handlers, orelse, finalbody, loc);
            }
            case "Assert" -> new Stmt.Assert(reqExpr(o, "test", k), optExpr(o, "msg"), loc);
            case "Import" -> new Stmt.Import(nonEmpty(seq(o, "names", k, this::alias), "names", k), loc);
            case "ImportFrom" -> {
                String m = optIdentifier(o, "module");
                List<Alias> names = seq(o, "names", k, this::alias);
                Object lv = get(o, "level");
                int level = lv == PNone.NO_VALUE || lv == PNone.NONE ? 0 : toInt(lv);
                if (level < 0) {
                    throw valueError("Negative ImportFrom level");
                }
                yield new Stmt.ImportFrom(m, nonEmpty(names, "names", k), level, loc);
            }
            case "Global" -> new Stmt.Global(nonEmpty(seq(o, "names", k, this::identifier), "names", k), loc);
            case "Nonlocal" -> new Stmt.Nonlocal(nonEmpty(seq(o, "names", k, this::identifier), "names", k), loc);
            case "Expr" -> new Stmt.ExprStmt(reqExpr(o, "value", k), loc);
            case "Pass" -> new Stmt.Pass(loc);
            case "Break" -> {
                if (checkPlacement && !inLoop) {
                    throw syntaxError("'break' outside loop", loc);
                }
                yield new Stmt.Break(loc);
            }
            case "Continue" -> {
                if (checkPlacement && !inLoop) {
                    throw syntaxError("'continue' not properly in loop", loc);
                }
                yield new Stmt.Continue(loc);
            }
            default -> throw typeError("expected some sort of stmt, but got %s", repr(o));
        };
    }

    /** The body of a function ({@code function} true) or class: a new scope for return/yield/await, outside any loop. */
    private List<Stmt> scopeBody(Object o, String owner, boolean function, boolean async) {
        boolean f = inFunction;
        boolean af = inAsyncFunction;
        boolean l = inLoop;
        inFunction = function;
        inAsyncFunction = async;
        inLoop = false;
        try {
            return body(o, "body", owner, true);
        } finally {
            inFunction = f;
            inAsyncFunction = af;
            inLoop = l;
        }
    }

    private List<Stmt> loopBody(Object o, String owner) {
        boolean l = inLoop;
        inLoop = true;
        try {
            return body(o, "body", owner, true);
        } finally {
            inLoop = l;
        }
    }

    private <T> List<T> nonEmpty(List<T> list, String field, String owner) {
        if (list.isEmpty()) {
            throw valueError("empty %s on %s", field, owner);
        }
        return list;
    }

    // ---------------------------------------------------------------- expr

    private Expr reqExpr(Object o, String field, String owner) {
        return expr(requiredNotNone(o, field, owner));
    }

    private Expr optExpr(Object o, String field) {
        Object v = get(o, field);
        return v == PNone.NO_VALUE || v == PNone.NONE ? null : expr(v);
    }

    /** An element of an {@code expr*} list; {@code None} is kept as {@code null} (dict unpacking keys, kw_defaults). */
    private Expr expr(Object o) {
        if (o == PNone.NONE) {
            return null;
        }
        ExprContext expected = want;
        want = ExprContext.Load;
        try {
            Expr e = exprIn(o, expected);
            checkContext(e, expected);
            return e;
        } finally {
            want = expected;
        }
    }

    private void checkContext(Expr e, ExprContext expected) {
        ExprContext actual = switch (e) {
            case Expr.Attribute a -> a.ctx();
            case Expr.Subscript a -> a.ctx();
            case Expr.Starred a -> a.ctx();
            case Expr.Name a -> a.ctx();
            case Expr.ListExpr a -> a.ctx();
            case Expr.Tuple a -> a.ctx();
            default -> null;
        };
        if (actual == null) {
            if (expected != ExprContext.Load) {
                throw valueError("expression which can't be assigned to in %s context", expected.name());
            }
        } else if (actual != expected) {
            throw valueError("expression must have %s context but has %s instead", expected.name(), actual.name());
        }
    }

    /** Reads an expression in a target position ({@code Store} or {@code Del}). */
    private Expr target(Object o, String field, String owner, ExprContext ctx) {
        ExprContext saved = want;
        want = ctx;
        try {
            return reqExpr(o, field, owner);
        } finally {
            want = saved;
        }
    }

    private List<Expr> targets(Object o, String field, String owner, ExprContext ctx) {
        ExprContext saved = want;
        want = ctx;
        try {
            return exprs(o, field, owner);
        } finally {
            want = saved;
        }
    }

    private RuntimeException syntaxError(String msg, Loc loc) {
        return SourceDecoding.toPythonSyntaxError(node, new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, loc.lineno(), loc.colOffset() + 1,
                        loc.endLineno(), loc.endColOffset() + 1, null, false));
    }

    private Expr exprIn(Object o, ExprContext expected) {
        String k = expectKind(o, "expr");
        Loc loc = loc(o, "expr");
        return switch (k) {
            case "BoolOp" -> {
                BoolOpKind op = boolop(requiredNotNone(o, "op", k));
                List<Expr> values = exprs(o, "values", k);
                if (values.size() < 2) {
                    throw valueError("BoolOp with less than 2 values");
                }
                yield new Expr.BoolOp(op, values, loc);
            }
            case "NamedExpr" -> {
                Object t = requiredNotNone(o, "target", k);
                if (!isA(t, "Name")) {
                    throw typeError("NamedExpr target must be a Name");
                }
                yield new Expr.NamedExpr(target(o, "target", k, ExprContext.Store), reqExpr(o, "value", k), loc);
            }
            case "BinOp" -> new Expr.BinOp(reqExpr(o, "left", k), operator(requiredNotNone(o, "op", k)), reqExpr(o, "right", k), loc);
            case "UnaryOp" -> new Expr.UnaryOp(unaryop(requiredNotNone(o, "op", k)), reqExpr(o, "operand", k), loc);
            case "Lambda" -> {
                Arguments args = arguments(requiredNotNone(o, "args", k));
                boolean f = inFunction;
                boolean af = inAsyncFunction;
                inFunction = true;
                inAsyncFunction = false;
                try {
                    yield new Expr.Lambda(args, reqExpr(o, "body", k), loc);
                } finally {
                    inFunction = f;
                    inAsyncFunction = af;
                }
            }
            case "IfExp" -> new Expr.IfExp(reqExpr(o, "test", k), reqExpr(o, "body", k), reqExpr(o, "orelse", k), loc);
            case "Dict" -> {
                List<Expr> keys = exprs(o, "keys", k);
                List<Expr> values = exprs(o, "values", k);
                if (keys.size() != values.size()) {
                    throw valueError("Dict doesn't have the same number of keys as values");
                }
                yield new Expr.Dict(keys, values, loc);
            }
            case "Set" -> new Expr.Set(exprs(o, "elts", k), loc);
            case "ListComp" -> new Expr.ListComp(reqExpr(o, "elt", k), generators(o, k), loc);
            case "SetComp" -> new Expr.SetComp(reqExpr(o, "elt", k), generators(o, k), loc);
            case "DictComp" -> new Expr.DictComp(reqExpr(o, "key", k), reqExpr(o, "value", k), generators(o, k), loc);
            case "GeneratorExp" -> new Expr.GeneratorExp(reqExpr(o, "elt", k), generators(o, k), loc);
            case "Await" -> {
                if (checkPlacement && !inFunction) {
                    throw syntaxError("'await' outside function", loc);
                }
                if (checkPlacement && !inAsyncFunction) {
                    throw syntaxError("'await' outside async function", loc);
                }
                yield new Expr.Await(reqExpr(o, "value", k), loc);
            }
            case "Yield" -> {
                if (checkPlacement && !inFunction) {
                    throw syntaxError("'yield' outside function", loc);
                }
                yield new Expr.Yield(optExpr(o, "value"), loc);
            }
            case "YieldFrom" -> {
                if (checkPlacement && !inFunction) {
                    throw syntaxError("'yield' outside function", loc);
                }
                yield new Expr.YieldFrom(reqExpr(o, "value", k), loc);
            }
            case "Compare" -> {
                Expr left = reqExpr(o, "left", k);
                List<CmpOp> ops = seq(o, "ops", k, this::cmpop);
                List<Expr> comparators = exprs(o, "comparators", k);
                if (ops.isEmpty()) {
                    throw valueError("Compare with no comparators");
                }
                if (ops.size() != comparators.size()) {
                    throw valueError("Compare has a different number of comparators and operands");
                }
                yield new Expr.Compare(left, ops, comparators, loc);
            }
            case "Call" -> new Expr.Call(reqExpr(o, "func", k), exprs(o, "args", k), seq(o, "keywords", k, this::keyword), loc);
            case "FormattedValue" -> {
                Expr value = reqExpr(o, "value", k);
                int conversion = reqInt(o, "conversion", k);
                if (checkPlacement && conversion != -1 && conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw PRaise.raise(node, PythonBuiltinClassType.SystemError, "Unrecognized conversion character %d", conversion);
                }
                yield new Expr.FormattedValue(value, conversion, optExpr(o, "format_spec"), loc);
            }
            case "JoinedStr" -> new Expr.JoinedStr(exprs(o, "values", k), loc);
            case "Constant" -> new Expr.Constant(constant(required(o, "value", k)), optString(o, "kind"), loc);
            case "Attribute" -> new Expr.Attribute(reqExpr(o, "value", k), reqIdentifier(o, "attr", k), ctx(requiredNotNone(o, "ctx", k)), loc);
            case "Subscript" -> new Expr.Subscript(reqExpr(o, "value", k), reqExpr(o, "slice", k), ctx(requiredNotNone(o, "ctx", k)), loc);
            case "Starred" -> new Expr.Starred(target(o, "value", k, expected), ctx(requiredNotNone(o, "ctx", k)), loc);
            case "Name" -> {
                String id = reqIdentifier(o, "id", k);
                ExprContext ctx = ctx(requiredNotNone(o, "ctx", k));
                if (id.equals("None") || id.equals("True") || id.equals("False")) {
                    throw valueError("identifier field can't represent '%s' constant", id);
                }
                yield new Expr.Name(id, ctx, loc);
            }
            case "List" -> new Expr.ListExpr(targets(o, "elts", k, expected), ctx(requiredNotNone(o, "ctx", k)), loc);
            case "Tuple" -> new Expr.Tuple(targets(o, "elts", k, expected), ctx(requiredNotNone(o, "ctx", k)), loc);
            case "Slice" -> new Expr.Slice(optExpr(o, "lower"), optExpr(o, "upper"), optExpr(o, "step"), loc);
            default -> throw typeError("expected some sort of expr, but got %s", repr(o));
        };
    }

    private List<Comprehension> generators(Object o, String owner) {
        List<Comprehension> g = seq(o, "generators", owner, this::comprehension);
        if (g.isEmpty()) {
            throw valueError("comprehension with no generators");
        }
        return g;
    }

    /** Checks a Constant's value as CPython's validator does and maps it to the parser's constant conventions. */
    private Object constant(Object v) {
        checkConstant(v);
        if (v == PNone.NONE) {
            return ConstantValue.NONE;
        } else if (v == PEllipsis.ELLIPSIS) {
            return ConstantValue.ELLIPSIS;
        } else if (v instanceof PComplex c) {
            return new ConstantValue.Complex(c.getReal(), c.getImag());
        } else if (v instanceof PBytes b) {
            return new ConstantValue.Bytes(b.getBytes());
        }
        return v;
    }

    private void checkConstant(Object v) {
        if (v == PNone.NONE || v == PEllipsis.ELLIPSIS || v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Boolean ||
                        v instanceof String) {
            return;
        }
        String type = GetClassNode.getPythonClassUncached(v).getName();
        if ((v instanceof PComplex && type.equals("complex")) || (v instanceof PBytes && type.equals("bytes"))) {
            return;
        }
        if (v instanceof PTuple t) {
            for (Object item : t.getArray()) {
                checkConstant(item);
            }
            return;
        }
        if (v instanceof PFrozenSet) {
            return;
        }
        throw typeError("got an invalid type in Constant: %s", type);
    }

    private ExprContext ctx(Object o) {
        for (ExprContext c : ExprContext.values()) {
            if (isA(o, c.name())) {
                return c;
            }
        }
        throw typeError("expected some sort of expr_context, but got %s", repr(o));
    }

    private BoolOpKind boolop(Object o) {
        for (BoolOpKind c : BoolOpKind.values()) {
            if (isA(o, c.name())) {
                return c;
            }
        }
        throw typeError("expected some sort of boolop, but got %s", repr(o));
    }

    private Operator operator(Object o) {
        for (Operator c : Operator.values()) {
            if (isA(o, c.name())) {
                return c;
            }
        }
        throw typeError("expected some sort of operator, but got %s", repr(o));
    }

    private UnaryOpKind unaryop(Object o) {
        for (UnaryOpKind c : UnaryOpKind.values()) {
            if (isA(o, c.name())) {
                return c;
            }
        }
        throw typeError("expected some sort of unaryop, but got %s", repr(o));
    }

    private CmpOp cmpop(Object o) {
        for (CmpOp c : CmpOp.values()) {
            if (isA(o, c.name())) {
                return c;
            }
        }
        throw typeError("expected some sort of cmpop, but got %s", repr(o));
    }

    // ---------------------------------------------------------------- the product types

    private Comprehension comprehension(Object o) {
        if (!isA(o, "comprehension")) {
            throw typeError("expected some sort of comprehension, but got %s", repr(o));
        }
        String k = "comprehension";
        return new Comprehension(target(o, "target", k, ExprContext.Store), reqExpr(o, "iter", k), exprs(o, "ifs", k), reqInt(o, "is_async", k));
    }

    private Arguments arguments(Object o) {
        if (!isA(o, "arguments")) {
            throw typeError("expected some sort of arguments, but got %s", repr(o));
        }
        String k = "arguments";
        List<Arg> posonly = seq(o, "posonlyargs", k, this::arg);
        List<Arg> args = seq(o, "args", k, this::arg);
        Object va = get(o, "vararg");
        Arg vararg = va == PNone.NO_VALUE || va == PNone.NONE ? null : arg(va);
        List<Arg> kwonly = seq(o, "kwonlyargs", k, this::arg);
        List<Expr> kwDefaults = exprs(o, "kw_defaults", k);
        Object ka = get(o, "kwarg");
        Arg kwarg = ka == PNone.NO_VALUE || ka == PNone.NONE ? null : arg(ka);
        List<Expr> defaults = exprs(o, "defaults", k);
        if (defaults.size() > posonly.size() + args.size()) {
            throw valueError("more positional defaults than args on arguments");
        }
        if (kwDefaults.size() != kwonly.size()) {
            throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg arg(Object o) {
        if (!isA(o, "arg")) {
            throw typeError("expected some sort of arg, but got %s", repr(o));
        }
        Loc loc = loc(o, "arg");
        return new Arg(reqIdentifier(o, "arg", "arg"), optExpr(o, "annotation"), optString(o, "type_comment"), loc);
    }

    private Keyword keyword(Object o) {
        if (!isA(o, "keyword")) {
            throw typeError("expected some sort of keyword, but got %s", repr(o));
        }
        Loc loc = loc(o, "keyword");
        return new Keyword(optIdentifier(o, "arg"), reqExpr(o, "value", "keyword"), loc);
    }

    private Alias alias(Object o) {
        if (!isA(o, "alias")) {
            throw typeError("expected some sort of alias, but got %s", repr(o));
        }
        Loc loc = loc(o, "alias");
        return new Alias(reqIdentifier(o, "name", "alias"), optIdentifier(o, "asname"), loc);
    }

    private WithItem withItem(Object o) {
        if (!isA(o, "withitem")) {
            throw typeError("expected some sort of withitem, but got %s", repr(o));
        }
        Expr context = reqExpr(o, "context_expr", "withitem");
        Object vars = get(o, "optional_vars");
        return new WithItem(context, vars == PNone.NO_VALUE || vars == PNone.NONE ? null : target(o, "optional_vars", "withitem", ExprContext.Store));
    }

    private ExceptHandler handler(Object o) {
        String k = expectKind(o, "excepthandler");
        Loc loc = loc(o, "excepthandler");
        return new ExceptHandler(optExpr(o, "type"), optIdentifier(o, "name"), body(o, "body", k, true), loc);
    }

    private MatchCase matchCase(Object o) {
        if (!isA(o, "match_case")) {
            throw typeError("expected some sort of match_case, but got %s", repr(o));
        }
        String k = "match_case";
        return new MatchCase(pattern(requiredNotNone(o, "pattern", k)), optExpr(o, "guard"), body(o, "body", k, true));
    }

    private TypeParam typeParam(Object o) {
        String k = expectKind(o, "type_param");
        Loc loc = loc(o, "type_param");
        return switch (k) {
            case "TypeVar" -> new TypeParam.TypeVar(reqIdentifier(o, "name", k), optExpr(o, "bound"), loc);
            case "ParamSpec" -> new TypeParam.ParamSpec(reqIdentifier(o, "name", k), loc);
            case "TypeVarTuple" -> new TypeParam.TypeVarTuple(reqIdentifier(o, "name", k), loc);
            default -> throw typeError("expected some sort of type_param, but got %s", repr(o));
        };
    }

    private Pattern pattern(Object o) {
        String k = expectKind(o, "pattern");
        Loc loc = loc(o, "pattern");
        return switch (k) {
            case "MatchValue" -> new Pattern.MatchValue(reqExpr(o, "value", k), loc);
            case "MatchSingleton" -> {
                Object v = required(o, "value", k);
                if (!(v == PNone.NONE || v instanceof Boolean)) {
                    throw valueError("MatchSingleton can only contain True, False and None");
                }
                yield new Pattern.MatchSingleton(v == PNone.NONE ? ConstantValue.NONE : v, loc);
            }
            case "MatchSequence" -> new Pattern.MatchSequence(seq(o, "patterns", k, this::pattern), loc);
            case "MatchMapping" -> new Pattern.MatchMapping(exprs(o, "keys", k), seq(o, "patterns", k, this::pattern), optIdentifier(o, "rest"), loc);
            case "MatchClass" -> new Pattern.MatchClass(reqExpr(o, "cls", k), seq(o, "patterns", k, this::pattern), seq(o, "kwd_attrs", k, this::identifier),
                            seq(o, "kwd_patterns", k, this::pattern), loc);
            case "MatchStar" -> new Pattern.MatchStar(optIdentifier(o, "name"), loc);
            case "MatchAs" -> {
                Object p = get(o, "pattern");
                yield new Pattern.MatchAs(p == PNone.NO_VALUE || p == PNone.NONE ? null : pattern(p), optIdentifier(o, "name"), loc);
            }
            case "MatchOr" -> new Pattern.MatchOr(seq(o, "patterns", k, this::pattern), loc);
            default -> throw typeError("expected some sort of pattern, but got %s", repr(o));
        };
    }
}
