package org.jpy.parser.scope;

import static org.jpy.parser.scope.SymbolFlags.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jpy.parser.ast.Alias;
import org.jpy.parser.ast.Arg;
import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.MatchCase;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Pattern;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.TypeParam;
import org.jpy.parser.ast.WithItem;
import org.jpy.parser.scope.Scope.BlockType;

/**
 * Derives co_varnames, co_cellvars and co_freevars of every code unit. CPython's compiler puts parameters first and
 * then adds each fast local when it first emits an instruction for it, so the order of the other locals is the
 * order of first use in <em>compilation</em> order (assignment values before targets, decorators before the
 * definition, the LOAD_FAST_AND_CLEAR prologue of inlined comprehensions...). This class replays that order over the
 * AST; cell and free variables are sorted as CPython's dictbytype does.
 */
final class CodeNames {
    private final SymbolTable table;
    private final Scope unit;
    private final boolean futureAnnotations;
    private final LinkedHashSet<String> varnames = new LinkedHashSet<>();
    /** Symbol flags of the unit as currently seen (inlined comprehensions temporarily override some). */
    private final Map<String, Integer> view;
    private final Set<String> fastHidden = new HashSet<>();
    private int inInlinedComp;
    /**
     * The compiler's frame-block stack, reduced to what emits names when unwound: a loop marker, or the body of
     * a {@code finally} that {@code return}/{@code break}/{@code continue} compile inline at the jump.
     */
    private final List<List<Stmt>> blocks = new ArrayList<>();
    private static final List<Stmt> LOOP = java.util.Collections.unmodifiableList(new ArrayList<>());

    private CodeNames(SymbolTable table, Scope unit) {
        this.table = table;
        this.unit = unit;
        this.futureAnnotations = (table.getFutureFlags() & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0;
        this.view = new HashMap<>(unit.symbols);
        varnames.addAll(unit.params);
    }

    static void compute(SymbolTable table, Scope top) {
        List<Scope> all = new ArrayList<>();
        all.add(top);
        all.addAll(table.scopes.values());
        all.addAll(table.typeParamScopes.values());
        all.addAll(table.typeVarBoundScopes.values());
        for (Scope s : all) {
            CodeNames c = new CodeNames(table, s);
            c.walkUnit();
            c.finish();
        }
    }

    // ---------------------------------------------------------------- results

    private void finish() {
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        for (Map.Entry<String, Integer> en : unit.symbols.entrySet()) {
            int f = en.getValue();
            int sc = scopeOf(f);
            if (sc == CELL || (f & DEF_COMP_CELL) != 0) {
                cells.add(en.getKey());
            }
            if (sc == FREE || (f & DEF_FREE_CLASS) != 0) {
                frees.add(en.getKey());
            }
        }
        cells.sort(CodeNames::compareCodePoints);
        frees.sort(CodeNames::compareCodePoints);
        if (unit.needsClassClosure) {
            cells.add("__class__");
        }
        if (unit.needsClassDict) {
            cells.add("__classdict__");
        }
        List<String> cellvars = new ArrayList<>();
        Set<String> cellSet = new HashSet<>(cells);
        for (String v : varnames) {
            if (cellSet.contains(v)) {
                cellvars.add(v);
            }
        }
        for (String c : cells) {
            if (!varnames.contains(c)) {
                cellvars.add(c);
            }
        }
        unit.varnames = List.copyOf(varnames);
        unit.cellvars = List.copyOf(cellvars);
        unit.freevars = List.copyOf(frees);
    }

    /** Python's str ordering (by code point), which differs from String.compareTo for astral characters. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // ---------------------------------------------------------------- names

    private void name(String id) {
        String mangled = Mangler.mangle(unit.privateName, id);
        Integer f = view.get(mangled);
        if (f == null) {
            return;
        }
        if (scopeOf(f) == LOCAL && (unit.isFunctionLike() || fastHidden.contains(mangled))) {
            varnames.add(mangled);
        }
    }

    // ---------------------------------------------------------------- units

    private void walkUnit() {
        switch (unit.node) {
            case Mod.Module m -> stmts(m.body());
            case Mod.Interactive m -> stmts(m.body());
            case Mod.Expression m -> expr(m.body());
            case Mod.FunctionType m -> {
            }
            case Stmt.FunctionDef s when unit.blockType == BlockType.TYPE_PARAMS -> genericFunction(s.typeParams(), s.args(), s.returns());
            case Stmt.AsyncFunctionDef s when unit.blockType == BlockType.TYPE_PARAMS -> genericFunction(s.typeParams(), s.args(), s.returns());
            case Stmt.ClassDef s when unit.blockType == BlockType.TYPE_PARAMS -> {
                typeParams(s.typeParams());
                name(".type_params");
                name(".type_params");
                name(".generic_base");
                exprs(s.bases());
                keywords(s.keywords());
                name(".generic_base");
            }
            case Stmt.TypeAlias s when unit.blockType == BlockType.TYPE_PARAMS -> typeParams(s.typeParams());
            case Stmt.FunctionDef s -> body(s.body());
            case Stmt.AsyncFunctionDef s -> body(s.body());
            case Stmt.ClassDef s -> stmts(s.body());
            case Stmt.TypeAlias s -> expr(s.value());
            case TypeParam.TypeVar t -> expr(t.bound());
            case Expr.Lambda e -> expr(e.body());
            case Expr.GeneratorExp e -> comprehensionBody(e.generators(), e.elt(), null, true);
            case Expr.ListComp e -> comprehensionBody(e.generators(), e.elt(), null, unit.compInlined ? false : true);
            case Expr.SetComp e -> comprehensionBody(e.generators(), e.elt(), null, !unit.compInlined);
            case Expr.DictComp e -> comprehensionBody(e.generators(), e.key(), e.value(), !unit.compInlined);
            default -> {
            }
        }
    }

    private void genericFunction(List<TypeParam> tps, Arguments args, Expr returns) {
        typeParams(tps);
        annotations(args, returns);
    }

    private void typeParams(List<TypeParam> tps) {
        for (TypeParam tp : tps) {
            switch (tp) {
                case TypeParam.TypeVar t -> name(t.name());
                case TypeParam.ParamSpec t -> name(t.name());
                case TypeParam.TypeVarTuple t -> name(t.name());
            }
        }
    }

    private void body(List<Stmt> body) {
        stmts(body);
    }

    // ---------------------------------------------------------------- statements

    private void stmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void keywords(List<Keyword> ks) {
        for (Keyword k : ks) {
            expr(k.value());
        }
    }

    private void annotations(Arguments a, Expr returns) {
        if (futureAnnotations) {
            return;
        }
        argAnnotations(a.args());
        argAnnotations(a.posonlyargs());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            expr(a.vararg().annotation());
        }
        argAnnotations(a.kwonlyargs());
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            expr(a.kwarg().annotation());
        }
        if (returns != null) {
            expr(returns);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                expr(a.annotation());
            }
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Expr> decorators, Expr returns, List<TypeParam> tps) {
        exprs(decorators);
        exprs(args.defaults());
        exprs(args.kwDefaults());
        if (tps.isEmpty()) {
            annotations(args, returns);
        }
        name(name);
    }

    private boolean isModuleOrClass() {
        return unit.blockType == BlockType.MODULE || unit.blockType == BlockType.CLASS;
    }

    private void stmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef s -> function(s, s.name(), s.args(), s.decoratorList(), s.returns(), s.typeParams());
            case Stmt.AsyncFunctionDef s -> function(s, s.name(), s.args(), s.decoratorList(), s.returns(), s.typeParams());
            case Stmt.ClassDef s -> {
                exprs(s.decoratorList());
                if (s.typeParams().isEmpty()) {
                    exprs(s.bases());
                    keywords(s.keywords());
                }
                name(s.name());
            }
            case Stmt.Return s -> {
                if (s.value() != null) {
                    expr(s.value());
                }
                unwind(false);
            }
            case Stmt.Delete s -> exprs(s.targets());
            case Stmt.Assign s -> {
                expr(s.value());
                exprs(s.targets());
            }
            case Stmt.TypeAlias s -> name(((Expr.Name) s.name()).id());
            case Stmt.AugAssign s -> {
                switch (s.target()) {
                    case Expr.Name n -> name(n.id());
                    case Expr.Attribute a -> expr(a.value());
                    case Expr.Subscript sub -> {
                        expr(sub.value());
                        expr(sub.slice());
                    }
                    default -> expr(s.target());
                }
                expr(s.value());
                if (s.target() instanceof Expr.Name n) {
                    name(n.id());
                }
            }
            case Stmt.AnnAssign s -> {
                if (s.value() != null) {
                    expr(s.value());
                    expr(s.target());
                }
                switch (s.target()) {
                    case Expr.Name n -> {
                        if (s.simple() != 0 && isModuleOrClass() && !futureAnnotations) {
                            expr(s.annotation());
                        }
                    }
                    case Expr.Attribute a -> {
                        if (s.value() == null) {
                            expr(a.value());
                        }
                    }
                    case Expr.Subscript sub -> {
                        if (s.value() == null) {
                            expr(sub.value());
                            expr(sub.slice());
                        }
                    }
                    default -> {
                    }
                }
                if (s.simple() == 0 && !futureAnnotations && isModuleOrClass()) {
                    expr(s.annotation());
                }
            }
            case Stmt.For s -> {
                expr(s.iter());
                expr(s.target());
                loopBody(s.body());
                stmts(s.orelse());
            }
            case Stmt.AsyncFor s -> {
                expr(s.iter());
                expr(s.target());
                loopBody(s.body());
                stmts(s.orelse());
            }
            case Stmt.While s -> {
                expr(s.test());
                loopBody(s.body());
                stmts(s.orelse());
            }
            case Stmt.If s -> {
                expr(s.test());
                stmts(s.body());
                stmts(s.orelse());
            }
            case Stmt.With s -> {
                withItems(s.items());
                stmts(s.body());
            }
            case Stmt.AsyncWith s -> {
                withItems(s.items());
                stmts(s.body());
            }
            case Stmt.Match s -> {
                expr(s.subject());
                for (MatchCase c : s.cases()) {
                    List<String> stores = new ArrayList<>();
                    pattern(c.pattern(), stores);
                    for (String n : stores) {
                        name(n);
                    }
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Stmt.Raise s -> {
                if (s.exc() != null) {
                    expr(s.exc());
                    if (s.cause() != null) {
                        expr(s.cause());
                    }
                }
            }
            case Stmt.Try s -> tryStmt(s.body(), s.handlers(), s.orelse(), s.finalbody());
            case Stmt.TryStar s -> tryStmt(s.body(), s.handlers(), s.orelse(), s.finalbody());
            case Stmt.Assert s -> {
                expr(s.test());
                if (s.msg() != null) {
                    expr(s.msg());
                }
            }
            case Stmt.Import s -> {
                for (Alias a : s.names()) {
                    if (a.asname() != null) {
                        name(a.asname());
                    } else {
                        int dot = a.name().indexOf('.');
                        name(dot >= 0 ? a.name().substring(0, dot) : a.name());
                    }
                }
            }
            case Stmt.ImportFrom s -> {
                for (Alias a : s.names()) {
                    if (!a.name().equals("*")) {
                        name(a.asname() != null ? a.asname() : a.name());
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
            case Stmt.Break s -> unwind(true);
            case Stmt.Continue s -> unwind(true);
        }
    }

    private void loopBody(List<Stmt> body) {
        blocks.add(LOOP);
        stmts(body);
        blocks.remove(blocks.size() - 1);
    }

    /** Jumping out of {@code try/finally} compiles the finally body at the jump (CPython's unwind_fblock_stack). */
    private void unwind(boolean toLoop) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            List<Stmt> b = blocks.get(i);
            if (b == LOOP) {
                if (toLoop) {
                    return;
                }
                continue;
            }
            List<List<Stmt>> saved = new ArrayList<>(blocks.subList(i, blocks.size()));
            blocks.subList(i, blocks.size()).clear();
            stmts(b);
            blocks.addAll(saved);
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        if (!finalbody.isEmpty()) {
            blocks.add(finalbody);
        }
        stmts(body);
        stmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                name(h.name());
            }
            stmts(h.body());
        }
        if (!finalbody.isEmpty()) {
            blocks.remove(blocks.size() - 1);
        }
        stmts(finalbody);
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            expr(w.contextExpr());
            if (w.optionalVars() != null) {
                expr(w.optionalVars());
            }
        }
    }

    private void pattern(Pattern pattern, List<String> stores) {
        switch (pattern) {
            case Pattern.MatchValue p -> expr(p.value());
            case Pattern.MatchSingleton p -> {
            }
            case Pattern.MatchSequence p -> p.patterns().forEach(x -> pattern(x, stores));
            case Pattern.MatchStar p -> {
                if (p.name() != null) {
                    stores.add(p.name());
                }
            }
            case Pattern.MatchMapping p -> {
                exprs(p.keys());
                p.patterns().forEach(x -> pattern(x, stores));
                if (p.rest() != null) {
                    stores.add(p.rest());
                }
            }
            case Pattern.MatchClass p -> {
                expr(p.cls());
                p.patterns().forEach(x -> pattern(x, stores));
                p.kwdPatterns().forEach(x -> pattern(x, stores));
            }
            case Pattern.MatchAs p -> {
                if (p.pattern() != null) {
                    pattern(p.pattern(), stores);
                }
                if (p.name() != null) {
                    stores.add(p.name());
                }
            }
            case Pattern.MatchOr p -> {
                List<String> first = null;
                for (Pattern alt : p.patterns()) {
                    List<String> altStores = new ArrayList<>();
                    pattern(alt, altStores);
                    if (first == null) {
                        first = altStores;
                    }
                }
                if (first != null) {
                    stores.addAll(first);
                }
            }
        }
    }

    // ---------------------------------------------------------------- expressions

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
                exprs(e.args().defaults());
                exprs(e.args().kwDefaults());
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
            case Expr.Set e -> exprs(e.elts());
            case Expr.GeneratorExp e -> expr(e.generators().get(0).iter());
            case Expr.ListComp e -> inlinedComprehension(e, e.generators(), e.elt(), null);
            case Expr.SetComp e -> inlinedComprehension(e, e.generators(), e.elt(), null);
            case Expr.DictComp e -> inlinedComprehension(e, e.generators(), e.key(), e.value());
            case Expr.Await e -> expr(e.value());
            case Expr.Yield e -> {
                if (e.value() != null) {
                    expr(e.value());
                }
            }
            case Expr.YieldFrom e -> expr(e.value());
            case Expr.Compare e -> {
                expr(e.left());
                exprs(e.comparators());
            }
            case Expr.Call e -> {
                expr(e.func());
                exprs(e.args());
                keywords(e.keywords());
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
            case Expr.Attribute e -> expr(e.value());
            case Expr.Subscript e -> {
                expr(e.value());
                expr(e.slice());
            }
            case Expr.Starred e -> expr(e.value());
            case Expr.Name e -> name(e.id());
            case Expr.ListExpr e -> exprs(e.elts());
            case Expr.Tuple e -> exprs(e.elts());
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

    /** A list/set/dict comprehension compiled into the current unit (PEP 709). */
    private void inlinedComprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value) {
        Scope comp = table.getScope(e);
        expr(generators.get(0).iter());
        if (comp == null || !comp.compInlined) {
            return;
        }
        boolean inClassBlock = unit.blockType == BlockType.CLASS && inInlinedComp == 0;
        inInlinedComp++;
        Map<String, Integer> saved = new HashMap<>();
        Set<String> hidden = new HashSet<>();
        for (Map.Entry<String, Integer> en : comp.symbols.entrySet()) {
            String k = en.getKey();
            int symbol = en.getValue();
            int scope = scopeOf(symbol);
            Integer outv = view.get(k);
            int outsc = scopeOf(outv == null ? 0 : outv);
            if ((scope != outsc && scope != FREE && !(scope == CELL && outsc == FREE)) || inClassBlock) {
                if (!saved.containsKey(k)) {
                    saved.put(k, outv);
                }
                view.put(k, symbol);
            }
            if (((symbol & DEF_LOCAL) != 0 && (symbol & DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!unit.isFunctionLike() && fastHidden.add(k)) {
                    hidden.add(k);
                }
                varnames.add(k);
            }
        }
        comprehensionBody(generators, elt, value, false);
        for (Map.Entry<String, Integer> en : saved.entrySet()) {
            if (en.getValue() == null) {
                view.remove(en.getKey());
            } else {
                view.put(en.getKey(), en.getValue());
            }
        }
        fastHidden.removeAll(hidden);
        inInlinedComp--;
    }

    private void comprehensionBody(List<Comprehension> generators, Expr elt, Expr value, boolean ownUnit) {
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            expr(g.target());
            exprs(g.ifs());
        }
        expr(elt);
        if (value != null) {
            expr(value);
        }
    }
}
