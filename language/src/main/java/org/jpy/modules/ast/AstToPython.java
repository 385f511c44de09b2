package org.jpy.modules.ast;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.objects.PEllipsis;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.complex.PComplex;
import org.jpy.objects.list.PList;
import org.jpy.parser.ast.Alias;
import org.jpy.parser.ast.Arg;
import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ConstantValue;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.MatchCase;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Pattern;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.TypeParam;
import org.jpy.parser.ast.WithItem;
import org.jpy.runtime.imports.ImportSystem;

/**
 * Turns the parser's Java tree into instances of the {@code _ast} classes (what {@code ast.parse} returns). Objects
 * are allocated directly as {@link PythonObject}s of the node class with their fields written into the instance, as
 * CPython's {@code ast2obj} does, without running the Python-level {@code __init__}. Field-less nodes
 * ({@code Load()}, {@code Add()}, ...) are shared between trees, as CPython shares them.
 */
public final class AstToPython {
    private final Object module;
    private final Map<String, Object> classes = new HashMap<>();
    private final Map<String, Object> singletons = new HashMap<>();

    private AstToPython(Object module) {
        this.module = module;
    }

    /** Converts {@code mod} into a tree of {@code _ast} objects, importing {@code _ast} if needed. */
    @TruffleBoundary
    public static Object convert(Node node, Mod mod) {
        return new AstToPython(ImportSystem.importAbsolute(node, "_ast")).mod(mod);
    }

    private Object cls(String name) {
        return classes.computeIfAbsent(name, n -> PyObjectGetAttrNode.getAttributeUncached(module, n));
    }

    private PythonObject make(String name, Loc loc, Object... kv) {
        PythonObject o = new PythonObject(cls(name));
        for (int i = 0; i < kv.length; i += 2) {
            o.writeAttribute((String) kv[i], kv[i + 1]);
        }
        if (loc != null) {
            o.writeAttribute("lineno", (long) loc.lineno());
            o.writeAttribute("col_offset", (long) loc.colOffset());
            o.writeAttribute("end_lineno", (long) loc.endLineno());
            o.writeAttribute("end_col_offset", (long) loc.endColOffset());
        }
        return o;
    }

    private Object singleton(String name) {
        return singletons.computeIfAbsent(name, n -> shared(cls(n)));
    }

    /**
     * CPython keeps one instance per field-less class in the module state, so {@code Load()} nodes of different trees
     * are identical. Held weakly here (keys and values) so that no context is kept alive by this table.
     */
    private static final Map<Object, WeakReference<PythonObject>> SHARED = new WeakHashMap<>();

    private static PythonObject shared(Object cls) {
        synchronized (SHARED) {
            WeakReference<PythonObject> ref = SHARED.get(cls);
            PythonObject o = ref == null ? null : ref.get();
            if (o == null) {
                o = new PythonObject(cls);
                SHARED.put(cls, new WeakReference<>(o));
            }
            return o;
        }
    }

    private static Object str(String s) {
        return s == null ? PNone.NONE : s;
    }

    private <T> PList list(List<T> items, Function<T, Object> f) {
        Object[] a = new Object[items.size()];
        for (int i = 0; i < a.length; i++) {
            T item = items.get(i);
            a[i] = item == null ? PNone.NONE : f.apply(item);
        }
        return new PList(a);
    }

    private PList exprs(List<Expr> items) {
        return list(items, this::expr);
    }

    private PList stmts(List<Stmt> items) {
        return list(items, this::stmt);
    }

    private PList strs(List<String> items) {
        return list(items, s -> s);
    }

    private Object mod(Mod mod) {
        return switch (mod) {
            case Mod.Module m -> make("Module", null, "body", stmts(m.body()), "type_ignores",
                            list(m.typeIgnores(), t -> make("TypeIgnore", null, "lineno", (long) t.lineno(), "tag", t.tag())));
            case Mod.Interactive m -> make("Interactive", null, "body", stmts(m.body()));
            case Mod.Expression m -> make("Expression", null, "body", expr(m.body()));
            case Mod.FunctionType m -> make("FunctionType", null, "argtypes", exprs(m.argtypes()), "returns", expr(m.returns()));
        };
    }

    private Object opt(Expr e) {
        return e == null ? PNone.NONE : expr(e);
    }

    private Object stmt(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> make("FunctionDef", f.loc(), "name", f.name(), "args", arguments(f.args()), "body", stmts(f.body()),
                            "decorator_list", exprs(f.decoratorList()), "returns", opt(f.returns()), "type_comment", str(f.typeComment()),
                            "type_params", list(f.typeParams(), this::typeParam));
            case Stmt.AsyncFunctionDef f -> make("AsyncFunctionDef", f.loc(), "name", f.name(), "args", arguments(f.args()), "body", stmts(f.body()),
                            "decorator_list", exprs(f.decoratorList()), "returns", opt(f.returns()), "type_comment", str(f.typeComment()),
                            "type_params", list(f.typeParams(), this::typeParam));
            case Stmt.ClassDef c -> make("ClassDef", c.loc(), "name", c.name(), "bases", exprs(c.bases()), "keywords", list(c.keywords(), this::keyword),
                            "body", stmts(c.body()), "decorator_list", exprs(c.decoratorList()), "type_params", list(c.typeParams(), this::typeParam));
            case Stmt.Return r -> make("Return", r.loc(), "value", opt(r.value()));
            case Stmt.Delete d -> make("Delete", d.loc(), "targets", exprs(d.targets()));
            case Stmt.Assign a -> make("Assign", a.loc(), "targets", exprs(a.targets()), "value", expr(a.value()), "type_comment", str(a.typeComment()));
            case Stmt.TypeAlias t -> make("TypeAlias", t.loc(), "name", expr(t.name()), "type_params", list(t.typeParams(), this::typeParam), "value", expr(t.value()));
            case Stmt.AugAssign a -> make("AugAssign", a.loc(), "target", expr(a.target()), "op", singleton(a.op().name()), "value", expr(a.value()));
            case Stmt.AnnAssign a -> make("AnnAssign", a.loc(), "target", expr(a.target()), "annotation", expr(a.annotation()), "value", opt(a.value()),
                            "simple", (long) a.simple());
            case Stmt.For f -> make("For", f.loc(), "target", expr(f.target()), "iter", expr(f.iter()), "body", stmts(f.body()), "orelse", stmts(f.orelse()),
                            "type_comment", str(f.typeComment()));
            case Stmt.AsyncFor f -> make("AsyncFor", f.loc(), "target", expr(f.target()), "iter", expr(f.iter()), "body", stmts(f.body()), "orelse",
                            stmts(f.orelse()), "type_comment", str(f.typeComment()));
            case Stmt.While w -> make("While", w.loc(), "test", expr(w.test()), "body", stmts(w.body()), "orelse", stmts(w.orelse()));
            case Stmt.If i -> make("If", i.loc(), "test", expr(i.test()), "body", stmts(i.body()), "orelse", stmts(i.orelse()));
            case Stmt.With w -> make("With", w.loc(), "items", list(w.items(), this::withItem), "body", stmts(w.body()), "type_comment", str(w.typeComment()));
            case Stmt.AsyncWith w -> make("AsyncWith", w.loc(), "items", list(w.items(), this::withItem), "body", stmts(w.body()), "type_comment",
                            str(w.typeComment()));
            case Stmt.Match m -> make("Match", m.loc(), "subject", expr(m.subject()), "cases", list(m.cases(), this::matchCase));
            case Stmt.Raise r -> make("Raise", r.loc(), "exc", opt(r.exc()), "cause", opt(r.cause()));
            case Stmt.Try t -> make("Try", t.loc(), "body", stmts(t.body()), "handlers", list(t.handlers(), this::handler), "orelse", stmts(t.orelse()),
                            "finalbody", stmts(t.finalbody()));
            case Stmt.TryStar t -> make("TryStar", t.loc(), "body", stmts(t.body()), "handlers", list(t.handlers(), this::handler), "orelse",
                            stmts(t.orelse()), "finalbody", stmts(t.finalbody()));
            case Stmt.Assert a -> make("Assert", a.loc(), "test", expr(a.test()), "msg", opt(a.msg()));
            case Stmt.Import i -> make("Import", i.loc(), "names", list(i.names(), this::alias));
            case Stmt.ImportFrom i -> make("ImportFrom", i.loc(), "module", str(i.module()), "names", list(i.names(), this::alias), "level", (long) i.level());
            case Stmt.Global g -> make("Global", g.loc(), "names", strs(g.names()));
            case Stmt.Nonlocal n -> make("Nonlocal", n.loc(), "names", strs(n.names()));
            case Stmt.ExprStmt e -> make("Expr", e.loc(), "value", expr(e.value()));
            case Stmt.Pass p -> make("Pass", p.loc());
            case Stmt.Break b -> make("Break", b.loc());
            case Stmt.Continue c -> make("Continue", c.loc());
        };
    }

    private Object expr(Expr e) {
        return switch (e) {
            case Expr.BoolOp b -> make("BoolOp", b.loc(), "op", singleton(b.op().name()), "values", exprs(b.values()));
            case Expr.NamedExpr n -> make("NamedExpr", n.loc(), "target", expr(n.target()), "value", expr(n.value()));
            case Expr.BinOp b -> make("BinOp", b.loc(), "left", expr(b.left()), "op", singleton(b.op().name()), "right", expr(b.right()));
            case Expr.UnaryOp u -> make("UnaryOp", u.loc(), "op", singleton(u.op().name()), "operand", expr(u.operand()));
            case Expr.Lambda l -> make("Lambda", l.loc(), "args", arguments(l.args()), "body", expr(l.body()));
            case Expr.IfExp i -> make("IfExp", i.loc(), "test", expr(i.test()), "body", expr(i.body()), "orelse", expr(i.orelse()));
            case Expr.Dict d -> make("Dict", d.loc(), "keys", exprs(d.keys()), "values", exprs(d.values()));
            case Expr.Set s -> make("Set", s.loc(), "elts", exprs(s.elts()));
            case Expr.ListComp c -> make("ListComp", c.loc(), "elt", expr(c.elt()), "generators", list(c.generators(), this::comprehension));
            case Expr.SetComp c -> make("SetComp", c.loc(), "elt", expr(c.elt()), "generators", list(c.generators(), this::comprehension));
            case Expr.DictComp c -> make("DictComp", c.loc(), "key", expr(c.key()), "value", expr(c.value()), "generators",
                            list(c.generators(), this::comprehension));
            case Expr.GeneratorExp c -> make("GeneratorExp", c.loc(), "elt", expr(c.elt()), "generators", list(c.generators(), this::comprehension));
            case Expr.Await a -> make("Await", a.loc(), "value", expr(a.value()));
            case Expr.Yield y -> make("Yield", y.loc(), "value", opt(y.value()));
            case Expr.YieldFrom y -> make("YieldFrom", y.loc(), "value", expr(y.value()));
            case Expr.Compare c -> make("Compare", c.loc(), "left", expr(c.left()), "ops", list(c.ops(), op -> singleton(op.name())), "comparators",
                            exprs(c.comparators()));
            case Expr.Call c -> make("Call", c.loc(), "func", expr(c.func()), "args", exprs(c.args()), "keywords", list(c.keywords(), this::keyword));
            case Expr.FormattedValue f -> make("FormattedValue", f.loc(), "value", expr(f.value()), "conversion", (long) f.conversion(), "format_spec",
                            opt(f.formatSpec()));
            case Expr.JoinedStr j -> make("JoinedStr", j.loc(), "values", exprs(j.values()));
            case Expr.Constant c -> make("Constant", c.loc(), "value", constant(c.value()), "kind", str(c.kind()));
            case Expr.Attribute a -> make("Attribute", a.loc(), "value", expr(a.value()), "attr", a.attr(), "ctx", singleton(a.ctx().name()));
            case Expr.Subscript s -> make("Subscript", s.loc(), "value", expr(s.value()), "slice", expr(s.slice()), "ctx", singleton(s.ctx().name()));
            case Expr.Starred s -> make("Starred", s.loc(), "value", expr(s.value()), "ctx", singleton(s.ctx().name()));
            case Expr.Name n -> make("Name", n.loc(), "id", n.id(), "ctx", singleton(n.ctx().name()));
            case Expr.ListExpr l -> make("List", l.loc(), "elts", exprs(l.elts()), "ctx", singleton(l.ctx().name()));
            case Expr.Tuple t -> make("Tuple", t.loc(), "elts", exprs(t.elts()), "ctx", singleton(t.ctx().name()));
            case Expr.Slice s -> make("Slice", s.loc(), "lower", opt(s.lower()), "upper", opt(s.upper()), "step", opt(s.step()));
        };
    }

    /** A constant of the Java tree as the Python value. */
    static Object constant(Object v) {
        if (v == ConstantValue.NONE || v == null) {
            return PNone.NONE;
        } else if (v == ConstantValue.ELLIPSIS) {
            return PEllipsis.ELLIPSIS;
        } else if (v instanceof ConstantValue.Complex c) {
            return new PComplex(c.real(), c.imag());
        } else if (v instanceof ConstantValue.Bytes b) {
            return new PBytes(b.value().clone());
        } else if (v instanceof Integer i) {
            return (long) i;
        }
        return v;
    }

    private Object arguments(Arguments a) {
        return make("arguments", null, "posonlyargs", list(a.posonlyargs(), this::arg), "args", list(a.args(), this::arg), "vararg", argOpt(a.vararg()),
                        "kwonlyargs", list(a.kwonlyargs(), this::arg), "kw_defaults", exprs(a.kwDefaults()), "kwarg", argOpt(a.kwarg()), "defaults",
                        exprs(a.defaults()));
    }

    private Object argOpt(Arg a) {
        return a == null ? PNone.NONE : arg(a);
    }

    private Object arg(Arg a) {
        return make("arg", a.loc(), "arg", a.arg(), "annotation", opt(a.annotation()), "type_comment", str(a.typeComment()));
    }

    private Object keyword(Keyword k) {
        return make("keyword", k.loc(), "arg", str(k.arg()), "value", expr(k.value()));
    }

    private Object alias(Alias a) {
        return make("alias", a.loc(), "name", a.name(), "asname", str(a.asname()));
    }

    private Object withItem(WithItem w) {
        return make("withitem", null, "context_expr", expr(w.contextExpr()), "optional_vars", opt(w.optionalVars()));
    }

    private Object comprehension(Comprehension c) {
        return make("comprehension", null, "target", expr(c.target()), "iter", expr(c.iter()), "ifs", exprs(c.ifs()), "is_async", (long) c.isAsync());
    }

    private Object handler(ExceptHandler h) {
        return make("ExceptHandler", h.loc(), "type", opt(h.type()), "name", str(h.name()), "body", stmts(h.body()));
    }

    private Object matchCase(MatchCase m) {
        return make("match_case", null, "pattern", pattern(m.pattern()), "guard", opt(m.guard()), "body", stmts(m.body()));
    }

    private Object typeParam(TypeParam t) {
        return switch (t) {
            case TypeParam.TypeVar v -> make("TypeVar", v.loc(), "name", v.name(), "bound", opt(v.bound()));
            case TypeParam.ParamSpec p -> make("ParamSpec", p.loc(), "name", p.name());
            case TypeParam.TypeVarTuple p -> make("TypeVarTuple", p.loc(), "name", p.name());
        };
    }

    private Object pattern(Pattern p) {
        return switch (p) {
            case Pattern.MatchValue v -> make("MatchValue", v.loc(), "value", expr(v.value()));
            case Pattern.MatchSingleton s -> make("MatchSingleton", s.loc(), "value", constant(s.value()));
            case Pattern.MatchSequence s -> make("MatchSequence", s.loc(), "patterns", list(s.patterns(), this::pattern));
            case Pattern.MatchMapping m -> make("MatchMapping", m.loc(), "keys", exprs(m.keys()), "patterns", list(m.patterns(), this::pattern), "rest",
                            str(m.rest()));
            case Pattern.MatchClass c -> make("MatchClass", c.loc(), "cls", expr(c.cls()), "patterns", list(c.patterns(), this::pattern), "kwd_attrs",
                            strs(c.kwdAttrs()), "kwd_patterns", list(c.kwdPatterns(), this::pattern));
            case Pattern.MatchStar s -> make("MatchStar", s.loc(), "name", str(s.name()));
            case Pattern.MatchAs a -> make("MatchAs", a.loc(), "pattern", a.pattern() == null ? PNone.NONE : pattern(a.pattern()), "name", str(a.name()));
            case Pattern.MatchOr o -> make("MatchOr", o.loc(), "patterns", list(o.patterns(), this::pattern));
        };
    }
}
