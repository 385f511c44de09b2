package org.jpy.test.scope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/**
 * Rebuilds jpy's AST from the JSON the reference CPython emits for {@code ast.parse} (see {@link CPythonReference}),
 * so the scope analyzer is tested on exactly CPython's trees while jpy's own parser is developed elsewhere.
 * Nodes are JSON objects with {@code _type} and the ASDL field names; constants are {@code {"t": type, "v": value}}.
 */
final class AstFromJson {
    private AstFromJson() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static String type(Object o) {
        return (String) obj(o).get("_type");
    }

    private static Loc loc(Map<String, Object> m) {
        return new Loc(i(m, "lineno"), i(m, "col_offset"), i(m, "end_lineno"), i(m, "end_col_offset"));
    }

    private static int i(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? 0 : ((Long) v).intValue();
    }

    private static String str(Map<String, Object> m, String k) {
        return (String) m.get(k);
    }

    static Mod mod(Object o) {
        Map<String, Object> m = obj(o);
        return switch (type(o)) {
            case "Module" -> new Mod.Module(stmts(m.get("body")), List.of());
            case "Interactive" -> new Mod.Interactive(stmts(m.get("body")));
            case "Expression" -> new Mod.Expression(expr(m.get("body")));
            default -> throw new IllegalArgumentException(type(o));
        };
    }

    static List<Stmt> stmts(Object o) {
        List<Stmt> r = new ArrayList<>();
        for (Object x : list(o)) {
            r.add(stmt(x));
        }
        return r;
    }

    static List<Expr> exprs(Object o) {
        List<Expr> r = new ArrayList<>();
        for (Object x : list(o)) {
            r.add(x == null ? null : expr(x));
        }
        return r;
    }

    private static Expr optExpr(Object o) {
        return o == null ? null : expr(o);
    }

    private static List<String> strings(Object o) {
        List<String> r = new ArrayList<>();
        for (Object x : list(o)) {
            r.add((String) x);
        }
        return r;
    }

    static Stmt stmt(Object o) {
        Map<String, Object> m = obj(o);
        Loc l = loc(m);
        return switch (type(o)) {
            case "FunctionDef" -> new Stmt.FunctionDef(str(m, "name"), args(m.get("args")), stmts(m.get("body")), exprs(m.get("decorator_list")),
                            optExpr(m.get("returns")), null, typeParams(m.get("type_params")), l);
            case "AsyncFunctionDef" -> new Stmt.AsyncFunctionDef(str(m, "name"), args(m.get("args")), stmts(m.get("body")),
                            exprs(m.get("decorator_list")), optExpr(m.get("returns")), null, typeParams(m.get("type_params")), l);
            case "ClassDef" -> new Stmt.ClassDef(str(m, "name"), exprs(m.get("bases")), keywords(m.get("keywords")), stmts(m.get("body")),
                            exprs(m.get("decorator_list")), typeParams(m.get("type_params")), l);
            case "Return" -> new Stmt.Return(optExpr(m.get("value")), l);
            case "Delete" -> new Stmt.Delete(exprs(m.get("targets")), l);
            case "Assign" -> new Stmt.Assign(exprs(m.get("targets")), expr(m.get("value")), null, l);
            case "TypeAlias" -> new Stmt.TypeAlias(expr(m.get("name")), typeParams(m.get("type_params")), expr(m.get("value")), l);
            case "AugAssign" -> new Stmt.AugAssign(expr(m.get("target")), Operator.valueOf(type(m.get("op"))), expr(m.get("value")), l);
            case "AnnAssign" -> new Stmt.AnnAssign(expr(m.get("target")), expr(m.get("annotation")), optExpr(m.get("value")), i(m, "simple"), l);
            case "For" -> new Stmt.For(expr(m.get("target")), expr(m.get("iter")), stmts(m.get("body")), stmts(m.get("orelse")), null, l);
            case "AsyncFor" -> new Stmt.AsyncFor(expr(m.get("target")), expr(m.get("iter")), stmts(m.get("body")), stmts(m.get("orelse")), null, l);
            case "While" -> new Stmt.While(expr(m.get("test")), stmts(m.get("body")), stmts(m.get("orelse")), l);
            case "If" -> new Stmt.If(expr(m.get("test")), stmts(m.get("body")), stmts(m.get("orelse")), l);
            case "With" -> new Stmt.With(withItems(m.get("items")), stmts(m.get("body")), null, l);
            case "AsyncWith" -> new Stmt.AsyncWith(withItems(m.get("items")), stmts(m.get("body")), null, l);
            case "Match" -> {
                List<MatchCase> cases = new ArrayList<>();
                for (Object c : list(m.get("cases"))) {
                    Map<String, Object> cm = obj(c);
                    cases.add(new MatchCase(pattern(cm.get("pattern")), optExpr(cm.get("guard")), stmts(cm.get("body"))));
                }
                yield new Stmt.Match(expr(m.get("subject")), cases, l);
            }
            case "Raise" -> new Stmt.Raise(optExpr(m.get("exc")), optExpr(m.get("cause")), l);
            case "Try" -> new Stmt.Try(stmts(m.get("body")), handlers(m.get("handlers")), stmts(m.get("orelse")), stmts(m.get("finalbody")), l);
            case "TryStar" -> new Stmt.TryStar(stmts(m.get("body")), handlers(m.get("handlers")), stmts(m.get("orelse")), stmts(m.get("finalbody")),
                            l);
            case "Assert" -> new Stmt.Assert(expr(m.get("test")), optExpr(m.get("msg")), l);
            case "Import" -> new Stmt.Import(aliases(m.get("names")), l);
            case "ImportFrom" -> new Stmt.ImportFrom(str(m, "module"), aliases(m.get("names")), i(m, "level"), l);
            case "Global" -> new Stmt.Global(strings(m.get("names")), l);
            case "Nonlocal" -> new Stmt.Nonlocal(strings(m.get("names")), l);
            case "Expr" -> new Stmt.ExprStmt(expr(m.get("value")), l);
            case "Pass" -> new Stmt.Pass(l);
            case "Break" -> new Stmt.Break(l);
            case "Continue" -> new Stmt.Continue(l);
            default -> throw new IllegalArgumentException(type(o));
        };
    }

    private static List<ExceptHandler> handlers(Object o) {
        List<ExceptHandler> r = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> m = obj(x);
            r.add(new ExceptHandler(optExpr(m.get("type")), str(m, "name"), stmts(m.get("body")), loc(m)));
        }
        return r;
    }

    private static List<Alias> aliases(Object o) {
        List<Alias> r = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> m = obj(x);
            r.add(new Alias(str(m, "name"), str(m, "asname"), loc(m)));
        }
        return r;
    }

    private static List<WithItem> withItems(Object o) {
        List<WithItem> r = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> m = obj(x);
            r.add(new WithItem(expr(m.get("context_expr")), optExpr(m.get("optional_vars"))));
        }
        return r;
    }

    private static List<Keyword> keywords(Object o) {
        List<Keyword> r = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> m = obj(x);
            r.add(new Keyword(str(m, "arg"), expr(m.get("value")), loc(m)));
        }
        return r;
    }

    private static List<TypeParam> typeParams(Object o) {
        List<TypeParam> r = new ArrayList<>();
        if (o == null) {
            return r;
        }
        for (Object x : list(o)) {
            Map<String, Object> m = obj(x);
            r.add(switch (type(x)) {
                case "TypeVar" -> new TypeParam.TypeVar(str(m, "name"), optExpr(m.get("bound")), loc(m));
                case "ParamSpec" -> new TypeParam.ParamSpec(str(m, "name"), loc(m));
                case "TypeVarTuple" -> new TypeParam.TypeVarTuple(str(m, "name"), loc(m));
                default -> throw new IllegalArgumentException(type(x));
            });
        }
        return r;
    }

    private static Arg arg(Object o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = obj(o);
        return new Arg(str(m, "arg"), optExpr(m.get("annotation")), null, loc(m));
    }

    private static List<Arg> argList(Object o) {
        List<Arg> r = new ArrayList<>();
        for (Object x : list(o)) {
            r.add(arg(x));
        }
        return r;
    }

    private static Arguments args(Object o) {
        Map<String, Object> m = obj(o);
        return new Arguments(argList(m.get("posonlyargs")), argList(m.get("args")), arg(m.get("vararg")), argList(m.get("kwonlyargs")),
                        exprs(m.get("kw_defaults")), arg(m.get("kwarg")), exprs(m.get("defaults")));
    }

    private static List<Comprehension> generators(Object o) {
        List<Comprehension> r = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> m = obj(x);
            r.add(new Comprehension(expr(m.get("target")), expr(m.get("iter")), exprs(m.get("ifs")), i(m, "is_async")));
        }
        return r;
    }

    private static ExprContext ctx(Map<String, Object> m) {
        return ExprContext.valueOf(type(m.get("ctx")));
    }

    private static Object constant(Object o) {
        Map<String, Object> c = obj(o);
        Object v = c.get("v");
        return switch ((String) c.get("t")) {
            case "None" -> ConstantValue.NONE;
            case "Ellipsis" -> ConstantValue.ELLIPSIS;
            case "bool" -> v;
            case "int" -> {
                BigInteger b = new BigInteger((String) v);
                yield b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case "float" -> parseFloat((String) v);
            case "complex" -> new ConstantValue.Complex(0, parseFloat((String) v));
            case "str" -> v;
            case "bytes" -> {
                String s = (String) v;
                byte[] bs = new byte[s.length()];
                for (int k = 0; k < bs.length; k++) {
                    bs[k] = (byte) s.charAt(k);
                }
                yield new ConstantValue.Bytes(bs);
            }
            default -> throw new IllegalArgumentException((String) c.get("t"));
        };
    }

    private static double parseFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static Expr expr(Object o) {
        Map<String, Object> m = obj(o);
        Loc l = loc(m);
        return switch (type(o)) {
            case "BoolOp" -> new Expr.BoolOp(BoolOpKind.valueOf(type(m.get("op"))), exprs(m.get("values")), l);
            case "NamedExpr" -> new Expr.NamedExpr(expr(m.get("target")), expr(m.get("value")), l);
            case "BinOp" -> new Expr.BinOp(expr(m.get("left")), Operator.valueOf(type(m.get("op"))), expr(m.get("right")), l);
            case "UnaryOp" -> new Expr.UnaryOp(UnaryOpKind.valueOf(type(m.get("op"))), expr(m.get("operand")), l);
            case "Lambda" -> new Expr.Lambda(args(m.get("args")), expr(m.get("body")), l);
            case "IfExp" -> new Expr.IfExp(expr(m.get("test")), expr(m.get("body")), expr(m.get("orelse")), l);
            case "Dict" -> new Expr.Dict(exprs(m.get("keys")), exprs(m.get("values")), l);
            case "Set" -> new Expr.Set(exprs(m.get("elts")), l);
            case "ListComp" -> new Expr.ListComp(expr(m.get("elt")), generators(m.get("generators")), l);
            case "SetComp" -> new Expr.SetComp(expr(m.get("elt")), generators(m.get("generators")), l);
            case "DictComp" -> new Expr.DictComp(expr(m.get("key")), expr(m.get("value")), generators(m.get("generators")), l);
            case "GeneratorExp" -> new Expr.GeneratorExp(expr(m.get("elt")), generators(m.get("generators")), l);
            case "Await" -> new Expr.Await(expr(m.get("value")), l);
            case "Yield" -> new Expr.Yield(optExpr(m.get("value")), l);
            case "YieldFrom" -> new Expr.YieldFrom(expr(m.get("value")), l);
            case "Compare" -> {
                List<CmpOp> ops = new ArrayList<>();
                for (Object x : list(m.get("ops"))) {
                    ops.add(CmpOp.valueOf(type(x)));
                }
                yield new Expr.Compare(expr(m.get("left")), ops, exprs(m.get("comparators")), l);
            }
            case "Call" -> new Expr.Call(expr(m.get("func")), exprs(m.get("args")), keywords(m.get("keywords")), l);
            case "FormattedValue" -> new Expr.FormattedValue(expr(m.get("value")), i(m, "conversion"), optExpr(m.get("format_spec")), l);
            case "JoinedStr" -> new Expr.JoinedStr(exprs(m.get("values")), l);
            case "Constant" -> new Expr.Constant(constant(m.get("value")), str(m, "kind"), l);
            case "Attribute" -> new Expr.Attribute(expr(m.get("value")), str(m, "attr"), ctx(m), l);
            case "Subscript" -> new Expr.Subscript(expr(m.get("value")), expr(m.get("slice")), ctx(m), l);
            case "Starred" -> new Expr.Starred(expr(m.get("value")), ctx(m), l);
            case "Name" -> new Expr.Name(str(m, "id"), ctx(m), l);
            case "List" -> new Expr.ListExpr(exprs(m.get("elts")), ctx(m), l);
            case "Tuple" -> new Expr.Tuple(exprs(m.get("elts")), ctx(m), l);
            case "Slice" -> new Expr.Slice(optExpr(m.get("lower")), optExpr(m.get("upper")), optExpr(m.get("step")), l);
            default -> throw new IllegalArgumentException(type(o));
        };
    }

    private static List<Pattern> patterns(Object o) {
        List<Pattern> r = new ArrayList<>();
        for (Object x : list(o)) {
            r.add(pattern(x));
        }
        return r;
    }

    static Pattern pattern(Object o) {
        Map<String, Object> m = obj(o);
        Loc l = loc(m);
        return switch (type(o)) {
            case "MatchValue" -> new Pattern.MatchValue(expr(m.get("value")), l);
            case "MatchSingleton" -> new Pattern.MatchSingleton(constant(m.get("value")), l);
            case "MatchSequence" -> new Pattern.MatchSequence(patterns(m.get("patterns")), l);
            case "MatchMapping" -> new Pattern.MatchMapping(exprs(m.get("keys")), patterns(m.get("patterns")), str(m, "rest"), l);
            case "MatchClass" -> new Pattern.MatchClass(expr(m.get("cls")), patterns(m.get("patterns")), strings(m.get("kwd_attrs")),
                            patterns(m.get("kwd_patterns")), l);
            case "MatchStar" -> new Pattern.MatchStar(str(m, "name"), l);
            case "MatchAs" -> new Pattern.MatchAs(m.get("pattern") == null ? null : pattern(m.get("pattern")), str(m, "name"), l);
            case "MatchOr" -> new Pattern.MatchOr(patterns(m.get("patterns")), l);
            default -> throw new IllegalArgumentException(type(o));
        };
    }
}
