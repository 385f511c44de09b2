package org.jpy.compiler;

import java.util.ArrayList;
import java.util.List;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.JpyNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.attribute.DeleteAttributeNode;
import org.jpy.nodes.attribute.GetAttributeNode;
import org.jpy.nodes.attribute.SetAttributeNode;
import org.jpy.nodes.call.CallNode;
import org.jpy.nodes.classes.ClassDefNode;
import org.jpy.nodes.controlflow.BlockNode;
import org.jpy.nodes.controlflow.BreakNode;
import org.jpy.nodes.controlflow.ContinueNode;
import org.jpy.nodes.controlflow.ForNode;
import org.jpy.nodes.controlflow.IfNode;
import org.jpy.nodes.controlflow.PassNode;
import org.jpy.nodes.controlflow.ReturnNode;
import org.jpy.nodes.controlflow.WhileNode;
import org.jpy.nodes.controlflow.WithNode;
import org.jpy.nodes.exception.AssertNode;
import org.jpy.nodes.exception.ExceptHandlerNode;
import org.jpy.nodes.exception.RaiseNode;
import org.jpy.nodes.exception.TryExceptNode;
import org.jpy.nodes.exception.TryFinallyNode;
import org.jpy.nodes.expression.AndNode;
import org.jpy.nodes.expression.BinaryOpNode;
import org.jpy.nodes.expression.CoerceToBooleanNode;
import org.jpy.nodes.expression.CompareNode;
import org.jpy.nodes.expression.ConditionalNode;
import org.jpy.nodes.expression.FormattedValueNode;
import org.jpy.nodes.expression.JoinedStrNode;
import org.jpy.nodes.expression.NamedExprNode;
import org.jpy.nodes.expression.NotNode;
import org.jpy.nodes.expression.OrNode;
import org.jpy.nodes.expression.UnaryOpNode;
import org.jpy.nodes.frame.DeleteCellNode;
import org.jpy.nodes.frame.DeleteGlobalNode;
import org.jpy.nodes.frame.DeleteLocalNode;
import org.jpy.nodes.frame.DeleteNameNode;
import org.jpy.nodes.frame.ReadCellNode;
import org.jpy.nodes.frame.ReadClassDerefNode;
import org.jpy.nodes.frame.ReadGlobalNode;
import org.jpy.nodes.frame.ReadLocalNode;
import org.jpy.nodes.frame.ReadNameNode;
import org.jpy.nodes.frame.WriteCellNode;
import org.jpy.nodes.frame.WriteGlobalNode;
import org.jpy.nodes.frame.WriteLocalNode;
import org.jpy.nodes.frame.WriteNameNode;
import org.jpy.nodes.function.MakeFunctionNode;
import org.jpy.nodes.literal.ConstantNode;
import org.jpy.nodes.literal.DictDisplayNode;
import org.jpy.nodes.literal.SequenceDisplayNode;
import org.jpy.nodes.statement.AnnotationNodes;
import org.jpy.nodes.statement.AssignNode;
import org.jpy.nodes.statement.AugAssignNode;
import org.jpy.nodes.statement.ExpressionStatementNode;
import org.jpy.nodes.statement.ImportNodes;
import org.jpy.nodes.statement.UnpackTargetNode;
import org.jpy.nodes.subscript.DeleteItemNode;
import org.jpy.nodes.subscript.GetItemNode;
import org.jpy.nodes.subscript.SetItemNode;
import org.jpy.nodes.subscript.SliceNode;
import org.jpy.parser.ast.Alias;
import org.jpy.parser.ast.CmpOp;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.ConstantValue;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.Located;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.WithItem;
import org.jpy.parser.scope.Scope;

/**
 * Translates the AST of one code block (a module body, a class body, or a function body) into a Truffle node tree,
 * CPython's {@code compile.c} in tree form. Nested function and class bodies are not translated here: their
 * definitions only create code objects ({@link CodeFactory}) whose bodies are translated on first call, so start-up
 * pays only for the code that runs.
 *
 * <p>Names resolve through the scope analysis ({@link Scope#lookup}): fast locals and cells become frame slots at
 * indexes fixed by {@link FrameLayout}; module and class bodies use their namespace. In generator bodies
 * ({@link #generator}) the statements on the path to a {@code yield} are translated into resumable variants
 * (see {@code nodes.generator}), and operands evaluated before a {@code yield} inside one expression are saved
 * in frame slots.
 */
public final class NodeTranslator {
    final CompilationUnit unit;
    final FrameLayout layout;
    final RootSlots slots;
    final boolean generator;
    final YieldFinder yields;
    NameContext names;
    /** Name of the enclosing class body for mangling ({@code __x} → {@code _C__x}), or null. */
    private final String qualnamePrefix;

    NodeTranslator(CompilationUnit unit, FrameLayout layout, RootSlots slots, NameContext names, boolean generator, String qualnamePrefix) {
        this.unit = unit;
        this.layout = layout;
        this.slots = slots;
        this.names = names;
        this.generator = generator;
        this.yields = generator ? new YieldFinder() : null;
        this.qualnamePrefix = qualnamePrefix;
    }

    // ---------------------------------------------------------------- positions

    <T extends JpyNode> T at(T node, Located located) {
        if (located != null) {
            return at(node, located.loc());
        }
        return node;
    }

    <T extends JpyNode> T at(T node, Loc loc) {
        SourceMap map = unit.getSourceMap();
        if (map.isAvailable(loc) && !node.hasSourcePosition()) {
            int start = map.startIndex(loc);
            node.setSourcePosition(start, Math.max(0, map.endIndex(loc) - start));
        }
        return node;
    }

    // ---------------------------------------------------------------- statements

    public StatementNode suite(List<Stmt> body) {
        if (body.isEmpty()) {
            return new PassNode();
        }
        if (body.size() == 1) {
            return stmt(body.get(0));
        }
        StatementNode[] nodes = new StatementNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = stmt(body.get(i));
        }
        if (generator && yields.anyContains(body)) {
            return slots.generatorBlock(nodes);
        }
        return new BlockNode(nodes);
    }

    StatementNode stmt(Stmt s) {
        StatementNode node = switch (s) {
            case Stmt.ExprStmt e -> new ExpressionStatementNode(expr(e.value()));
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.Pass p -> new PassNode();
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
            case Stmt.Return r -> new ReturnNode(r.value() == null ? ConstantNode.none() : expr(r.value()));
            case Stmt.If i -> ifStmt(i);
            case Stmt.While w -> whileStmt(w);
            case Stmt.For f -> forStmt(f.target(), f.iter(), f.body(), f.orelse(), false, f);
            case Stmt.AsyncFor f -> forStmt(f.target(), f.iter(), f.body(), f.orelse(), true, f);
            case Stmt.Delete d -> delete(d);
            case Stmt.Global g -> new PassNode();
            case Stmt.Nonlocal n -> new PassNode();
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
            case Stmt.Assert a -> unit.getOptimize() > 0 ? new PassNode()
                            : new AssertNode(condition(a.test()), a.msg() == null ? null : expr(a.msg()));
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
            case Stmt.With w -> withStmt(w.items(), 0, w.body(), false);
            case Stmt.AsyncWith w -> withStmt(w.items(), 0, w.body(), true);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.FunctionDef f -> assignTo(f.name(), CodeFactory.functionDefinition(this, f, f.name(), f.args(), f.body(), f.decoratorList(),
                            f.returns(), f.typeParams(), false));
            case Stmt.AsyncFunctionDef f -> assignTo(f.name(), CodeFactory.functionDefinition(this, f, f.name(), f.args(), f.body(),
                            f.decoratorList(), f.returns(), f.typeParams(), true));
            case Stmt.ClassDef c -> assignTo(c.name(), CodeFactory.classDefinition(this, c));
            case Stmt.Match m -> MatchTranslation.translate(this, m);
            case Stmt.TypeAlias t -> assignTo(((Expr.Name) t.name()).id(), CodeFactory.typeAlias(this, t));
        };
        return at(node, s);
    }

    private StatementNode assignTo(String name, ExpressionNode value) {
        return new AssignNode(value, new AssignTargetNode[]{writeName(name)});
    }

    private StatementNode assign(Stmt.Assign a) {
        ExpressionNode value = expr(a.value());
        AssignTargetNode[] targets = new AssignTargetNode[a.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(a.targets().get(i));
        }
        return new AssignNode(value, targets);
    }

    private StatementNode augAssign(Stmt.AugAssign a) {
        switch (a.target()) {
            case Expr.Name n -> {
                return AugAssignNode.create(a.op(), readName(n.id(), n.loc()), expr(a.value()), writeName(n.id()));
            }
            case Expr.Attribute at -> {
                int objSlot = layout.addObjectTemp("augassign object");
                String attr = mangle(at.attr());
                StatementNode saveObj = new AssignNode(expr(at.value()), new AssignTargetNode[]{WriteLocalNode.create(objSlot)});
                ExpressionNode read = at(GetAttributeNode.create(ReadLocalNode.create(objSlot, "."), attr), at);
                AssignTargetNode write = SetAttributeNode.create(ReadLocalNode.create(objSlot, "."), attr);
                return new BlockNode(new StatementNode[]{saveObj, AugAssignNode.create(a.op(), read, expr(a.value()), write)});
            }
            case Expr.Subscript sub -> {
                int objSlot = layout.addObjectTemp("augassign object");
                int keySlot = layout.addObjectTemp("augassign key");
                StatementNode saveObj = new AssignNode(expr(sub.value()), new AssignTargetNode[]{WriteLocalNode.create(objSlot)});
                StatementNode saveKey = new AssignNode(expr(sub.slice()), new AssignTargetNode[]{WriteLocalNode.create(keySlot)});
                ExpressionNode read = at(GetItemNode.create(ReadLocalNode.create(objSlot, "."), ReadLocalNode.create(keySlot, ".")), sub);
                AssignTargetNode write = SetItemNode.create(ReadLocalNode.create(objSlot, "."), ReadLocalNode.create(keySlot, "."));
                return new BlockNode(new StatementNode[]{saveObj, saveKey, AugAssignNode.create(a.op(), read, expr(a.value()), write)});
            }
            default -> throw new IllegalStateException("bad augmented assignment target " + a.target());
        }
    }

    private StatementNode annAssign(Stmt.AnnAssign a) {
        List<StatementNode> parts = new ArrayList<>();
        if (a.value() != null) {
            parts.add(new AssignNode(expr(a.value()), new AssignTargetNode[]{target(a.target())}));
        }
        NameContext.Kind kind = names.frameOwner().kind;
        boolean futureAnnotations = (unit.getSymbols().getModuleScope().getFutureFlags() & 0x1000000) != 0;
        if (a.target() instanceof Expr.Name n && a.simple() == 1 && kind != NameContext.Kind.FUNCTION) {
            ExpressionNode annotation = futureAnnotations ? ConstantNode.create(AnnotationNodes.unparse(unit, a.annotation())) : expr(a.annotation());
            parts.add(AnnotationNodes.storeAnnotation(slots.localsSlot(), mangle(n.id()), annotation));
        } else if (kind != NameContext.Kind.FUNCTION && !futureAnnotations) {
            // Complex targets evaluate their sub-expressions (and the annotation) in module and class bodies.
            switch (a.target()) {
                case Expr.Attribute at -> parts.add(new ExpressionStatementNode(expr(at.value())));
                case Expr.Subscript sub -> {
                    parts.add(new ExpressionStatementNode(expr(sub.value())));
                    parts.add(new ExpressionStatementNode(expr(sub.slice())));
                }
                default -> {
                }
            }
            parts.add(new ExpressionStatementNode(expr(a.annotation())));
        }
        return block(parts);
    }

    StatementNode block(List<StatementNode> parts) {
        if (parts.isEmpty()) {
            return new PassNode();
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new BlockNode(parts.toArray(new StatementNode[0]));
    }

    private StatementNode ifStmt(Stmt.If i) {
        StatementNode orelse = i.orelse().isEmpty() ? null : suite(i.orelse());
        if (generator && yields.contains(i)) {
            return slots.generatorIf(this, condition(i.test()), suite(i.body()), orelse);
        }
        return new IfNode(condition(i.test()), suite(i.body()), orelse);
    }

    private StatementNode whileStmt(Stmt.While w) {
        StatementNode orelse = w.orelse().isEmpty() ? null : suite(w.orelse());
        if (generator && yields.contains(w)) {
            return slots.generatorWhile(this, condition(w.test()), suite(w.body()), orelse);
        }
        return new WhileNode(condition(w.test()), suite(w.body()), orelse);
    }

    private StatementNode forStmt(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean async, Stmt s) {
        ExpressionNode iterable = expr(iter);
        AssignTargetNode t = target(target);
        StatementNode b = suite(body);
        StatementNode e = orelse.isEmpty() ? null : suite(orelse);
        if (async) {
            return slots.asyncFor(this, iterable, t, b, e);
        }
        if (generator && yields.contains(s)) {
            return slots.generatorFor(this, iterable, t, b, e);
        }
        return ForNode.create(iterable, t, b, e, layout.addObjectTemp(".for iterator"));
    }

    private StatementNode delete(Stmt.Delete d) {
        List<StatementNode> parts = new ArrayList<>();
        for (Expr t : d.targets()) {
            parts.add(at(deleteTarget(t), t));
        }
        return block(parts);
    }

    private StatementNode deleteTarget(Expr t) {
        return switch (t) {
            case Expr.Name n -> deleteName(n.id());
            case Expr.Attribute a -> new DeleteAttributeNode(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> new DeleteItemNode(expr(s.value()), expr(s.slice()));
            case Expr.Tuple tu -> {
                List<StatementNode> parts = new ArrayList<>();
                for (Expr e : tu.elts()) {
                    parts.add(at(deleteTarget(e), e));
                }
                yield block(parts);
            }
            case Expr.ListExpr l -> {
                List<StatementNode> parts = new ArrayList<>();
                for (Expr e : l.elts()) {
                    parts.add(at(deleteTarget(e), e));
                }
                yield block(parts);
            }
            default -> throw new IllegalStateException("bad del target " + t);
        };
    }

    private StatementNode tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, boolean star) {
        StatementNode result = suite(body);
        boolean gen = generator && (yields.anyContains(body) || yields.anyContains(orelse) || yields.anyContains(finalbody) ||
                        handlers.stream().anyMatch(h -> yields.anyContains(h.body())));
        if (!handlers.isEmpty() || !orelse.isEmpty()) {
            ExceptHandlerNode[] hs = new ExceptHandlerNode[handlers.size()];
            for (int i = 0; i < hs.length; i++) {
                ExceptHandler h = handlers.get(i);
                ExpressionNode type = h.type() == null ? null : expr(h.type());
                AssignTargetNode name = h.name() == null ? null : writeName(h.name());
                StatementNode unbind = h.name() == null ? null : deleteNameQuietly(h.name());
                hs[i] = at(new ExceptHandlerNode(type, name, suite(h.body()), unbind), h);
            }
            StatementNode elseNode = orelse.isEmpty() ? null : suite(orelse);
            result = gen ? slots.generatorTryExcept(this, result, hs, elseNode, star) : new TryExceptNode(result, hs, elseNode, star, slots.exceptionStateSlot());
        }
        if (!finalbody.isEmpty()) {
            StatementNode fin = suite(finalbody);
            result = gen ? slots.generatorTryFinally(this, result, fin) : new TryFinallyNode(result, fin);
        }
        return result;
    }

    private StatementNode withStmt(List<WithItem> items, int index, List<Stmt> body, boolean async) {
        WithItem item = items.get(index);
        StatementNode inner = index + 1 < items.size() ? withStmt(items, index + 1, body, async) : suite(body);
        ExpressionNode context = expr(item.contextExpr());
        AssignTargetNode target = item.optionalVars() == null ? null : target(item.optionalVars());
        boolean gen = generator && (async || yields.anyContains(body) || yields.contains(item.contextExpr()));
        if (gen) {
            return slots.generatorWith(this, context, target, inner, async);
        }
        return WithNode.create(context, target, inner, layout.addObjectTemp("with exit"));
    }

    private StatementNode importStmt(Stmt.Import i) {
        List<StatementNode> parts = new ArrayList<>();
        for (Alias alias : i.names()) {
            String name = alias.name();
            if (alias.asname() != null) {
                parts.add(ImportNodes.importAs(name, globalsRead(), writeName(alias.asname())));
            } else {
                int dot = name.indexOf('.');
                String top = dot < 0 ? name : name.substring(0, dot);
                parts.add(ImportNodes.importTop(name, globalsRead(), writeName(top)));
            }
        }
        return block(parts);
    }

    private StatementNode importFrom(Stmt.ImportFrom i) {
        String module = i.module() == null ? "" : i.module();
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            return ImportNodes.importStar(module, i.level(), globalsRead(), localsRead());
        }
        String[] fromNames = new String[i.names().size()];
        AssignTargetNode[] targets = new AssignTargetNode[fromNames.length];
        for (int k = 0; k < fromNames.length; k++) {
            Alias alias = i.names().get(k);
            fromNames[k] = alias.name();
            targets[k] = writeName(alias.asname() != null ? alias.asname() : alias.name());
        }
        return ImportNodes.importFrom(module, i.level(), fromNames, targets, globalsRead());
    }

    // ---------------------------------------------------------------- assignment targets

    AssignTargetNode target(Expr t) {
        AssignTargetNode node = switch (t) {
            case Expr.Name n -> writeName(n.id());
            case Expr.Attribute a -> SetAttributeNode.create(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> SetItemNode.create(expr(s.value()), expr(s.slice()));
            case Expr.Tuple tu -> unpackTarget(tu.elts());
            case Expr.ListExpr l -> unpackTarget(l.elts());
            case Expr.Starred s -> target(s.value());
            default -> throw new IllegalStateException("bad assignment target " + t);
        };
        return at(node, t);
    }

    private AssignTargetNode unpackTarget(List<Expr> elts) {
        int star = -1;
        AssignTargetNode[] targets = new AssignTargetNode[elts.size()];
        for (int i = 0; i < targets.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
            targets[i] = target(elts.get(i));
        }
        return UnpackTargetNode.create(targets, star);
    }

    // ---------------------------------------------------------------- names

    String mangle(String name) {
        return names.scope.mangle(name);
    }

    ExpressionNode globalsRead() {
        return ReadLocalNode.create(slots.globalsSlot(), ".globals");
    }

    ExpressionNode localsRead() {
        NameContext owner = names.frameOwner();
        if (owner.kind == NameContext.Kind.FUNCTION) {
            // 'import *' is a SyntaxError in functions (reported by the scope analysis); never reached.
            return ConstantNode.none();
        }
        return ReadLocalNode.create(slots.localsSlot(), ".locals");
    }

    ExpressionNode readName(String rawName, Loc loc) {
        String name = mangle(rawName);
        ExpressionNode node = readName(names, name);
        return loc == null ? node : at(node, loc);
    }

    private ExpressionNode readName(NameContext ctx, String name) {
        if (ctx.kind == NameContext.Kind.INLINED_COMPREHENSION) {
            Integer own = ctx.ownSlots.get(name);
            if (own != null) {
                return ctx.ownIsCell.get(name) ? new ReadCellNode(own, name, false) : ReadLocalNode.create(own, name);
            }
            Scope.VarKind kind = ctx.scope.lookup(name);
            if (kind == Scope.VarKind.GLOBAL_EXPLICIT || (kind == Scope.VarKind.GLOBAL_IMPLICIT && ctx.parent.frameOwner().kind == NameContext.Kind.CLASS)) {
                return new ReadGlobalNode(slots.globalsSlot(), name);
            }
            return readName(ctx.parent, name);
        }
        Scope.VarKind kind = ctx.scope.lookup(name);
        switch (ctx.kind) {
            case FUNCTION -> {
                return switch (kind) {
                    case LOCAL -> ReadLocalNode.create(layout.addLocal(name), name);
                    case CELL -> new ReadCellNode(layout.addCell(name), name, false);
                    case FREE -> new ReadCellNode(layout.addCell(name), name, true);
                    case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new ReadGlobalNode(slots.globalsSlot(), name);
                };
            }
            case CLASS -> {
                return switch (kind) {
                    case GLOBAL_EXPLICIT -> new ReadGlobalNode(slots.globalsSlot(), name);
                    case FREE, CELL -> ctx.scope.isFreeInClassBody(name) || kind == Scope.VarKind.FREE
                                    ? new ReadClassDerefNode(slots.localsSlot(), layout.addCell(name), name)
                                    : new ReadCellNode(layout.addCell(name), name, false);
                    default -> new ReadNameNode(slots.localsSlot(), slots.globalsSlot(), name);
                };
            }
            default -> {
                return kind == Scope.VarKind.GLOBAL_EXPLICIT ? new ReadGlobalNode(slots.globalsSlot(), name)
                                : new ReadNameNode(slots.localsSlot(), slots.globalsSlot(), name);
            }
        }
    }

    AssignTargetNode writeName(String rawName) {
        return writeName(names, mangle(rawName));
    }

    private AssignTargetNode writeName(NameContext ctx, String name) {
        if (ctx.kind == NameContext.Kind.INLINED_COMPREHENSION) {
            Integer own = ctx.ownSlots.get(name);
            if (own != null) {
                return ctx.ownIsCell.get(name) ? new WriteCellNode(own) : WriteLocalNode.create(own);
            }
            Scope.VarKind kind = ctx.scope.lookup(name);
            if (kind == Scope.VarKind.GLOBAL_EXPLICIT) {
                return new WriteGlobalNode(slots.globalsSlot(), name);
            }
            return writeName(ctx.parent, name);
        }
        Scope.VarKind kind = ctx.scope.lookup(name);
        if (ctx.kind == NameContext.Kind.FUNCTION) {
            return switch (kind) {
                case LOCAL -> WriteLocalNode.create(layout.addLocal(name));
                case CELL, FREE -> new WriteCellNode(layout.addCell(name));
                case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new WriteGlobalNode(slots.globalsSlot(), name);
            };
        }
        return switch (kind) {
            case GLOBAL_EXPLICIT -> new WriteGlobalNode(slots.globalsSlot(), name);
            case FREE -> new WriteCellNode(layout.addCell(name));
            default -> new WriteNameNode(slots.localsSlot(), name);
        };
    }

    StatementNode deleteName(String rawName) {
        return deleteName(names, mangle(rawName), false);
    }

    /** {@code except E as name}: the name is deleted after the handler, and it is no error if the handler did it. */
    StatementNode deleteNameQuietly(String rawName) {
        return deleteName(names, mangle(rawName), true);
    }

    private StatementNode deleteName(NameContext ctx, String name, boolean quiet) {
        if (ctx.kind == NameContext.Kind.INLINED_COMPREHENSION) {
            Integer own = ctx.ownSlots.get(name);
            if (own != null) {
                return ctx.ownIsCell.get(name) ? new DeleteCellNode(own, name, quiet) : new DeleteLocalNode(own, name, quiet);
            }
            return deleteName(ctx.parent, name, quiet);
        }
        Scope.VarKind kind = ctx.scope.lookup(name);
        if (ctx.kind == NameContext.Kind.FUNCTION) {
            return switch (kind) {
                case LOCAL -> new DeleteLocalNode(layout.addLocal(name), name, quiet);
                case CELL, FREE -> new DeleteCellNode(layout.addCell(name), name, quiet);
                case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new DeleteGlobalNode(slots.globalsSlot(), name, quiet);
            };
        }
        return switch (kind) {
            case GLOBAL_EXPLICIT -> new DeleteGlobalNode(slots.globalsSlot(), name, quiet);
            case FREE, CELL -> new DeleteCellNode(layout.addCell(name), name, quiet);
            default -> new DeleteNameNode(slots.localsSlot(), name, quiet);
        };
    }

    // ---------------------------------------------------------------- expressions

    CoerceToBooleanNode condition(Expr e) {
        return CoerceToBooleanNode.create(expr(e));
    }

    ExpressionNode[] exprs(List<Expr> list) {
        ExpressionNode[] result = new ExpressionNode[list.size()];
        boolean saveOperands = generator && yields.anyContains(list);
        int lastYield = -1;
        if (saveOperands) {
            for (int i = 0; i < list.size(); i++) {
                if (yields.contains(list.get(i))) {
                    lastYield = i;
                }
            }
        }
        for (int i = 0; i < result.length; i++) {
            result[i] = expr(list.get(i));
            if (i < lastYield) {
                result[i] = slots.saved(this, result[i]);
            }
        }
        return result;
    }

    /** Operands evaluated before a later sibling that yields must survive the suspension. */
    ExpressionNode savedBefore(ExpressionNode node, Expr... later) {
        if (generator) {
            for (Expr e : later) {
                if (e != null && yields.contains(e)) {
                    return slots.saved(this, node);
                }
            }
        }
        return node;
    }

    public ExpressionNode expr(Expr e) {
        ExpressionNode node = switch (e) {
            case Expr.Constant c -> ConstantNode.create(constant(c.value()));
            case Expr.Name n -> readName(n.id(), null);
            case Expr.BinOp b -> BinaryOpNode.create(b.op(), savedBefore(expr(b.left()), b.right()), expr(b.right()), anchors(b));
            case Expr.UnaryOp u -> switch (u.op()) {
                case Not -> new NotNode(condition(u.operand()));
                default -> UnaryOpNode.create(u.op(), expr(u.operand()));
            };
            case Expr.BoolOp b -> b.op() == org.jpy.parser.ast.BoolOpKind.And ? new AndNode(exprs(b.values())) : new OrNode(exprs(b.values()));
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new ConditionalNode(condition(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.NamedExpr n -> new NamedExprNode(expr(n.value()), target(n.target()));
            case Expr.Attribute a -> GetAttributeNode.create(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> subscript(s);
            case Expr.Slice s -> SliceNode.create(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                            s.step() == null ? null : expr(s.step()));
            case Expr.Call c -> call(c);
            case Expr.Tuple t -> SequenceDisplayNode.create(SequenceDisplayNode.Kind.TUPLE, exprs(unstarred(t.elts())), starFlags(t.elts()));
            case Expr.ListExpr l -> SequenceDisplayNode.create(SequenceDisplayNode.Kind.LIST, exprs(unstarred(l.elts())), starFlags(l.elts()));
            case Expr.Set s -> SequenceDisplayNode.create(SequenceDisplayNode.Kind.SET, exprs(unstarred(s.elts())), starFlags(s.elts()));
            case Expr.Dict d -> dict(d);
            case Expr.JoinedStr j -> new JoinedStrNode(exprs(j.values()));
            case Expr.FormattedValue f -> new FormattedValueNode(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()));
            case Expr.Lambda l -> CodeFactory.lambda(this, l);
            case Expr.ListComp c -> ComprehensionTranslation.translate(this, c, c.elt(), null, c.generators(), ComprehensionTranslation.Kind.LIST);
            case Expr.SetComp c -> ComprehensionTranslation.translate(this, c, c.elt(), null, c.generators(), ComprehensionTranslation.Kind.SET);
            case Expr.DictComp c -> ComprehensionTranslation.translate(this, c, c.key(), c.value(), c.generators(), ComprehensionTranslation.Kind.DICT);
            case Expr.GeneratorExp g -> CodeFactory.generatorExpression(this, g);
            case Expr.Yield y -> slots.yield(this, y.value() == null ? ConstantNode.none() : expr(y.value()));
            case Expr.YieldFrom y -> slots.yieldFrom(this, expr(y.value()), false);
            case Expr.Await a -> slots.yieldFrom(this, expr(a.value()), true);
            case Expr.Starred s -> expr(s.value());
        };
        return at(node, e);
    }

    private int[] anchors(Expr.BinOp b) {
        SourceMap map = unit.getSourceMap();
        if (!map.isAvailable(b.left().loc()) || !map.isAvailable(b.right().loc())) {
            return null;
        }
        return new int[]{map.endIndex(b.left().loc()), map.startIndex(b.right().loc())};
    }

    private ExpressionNode subscript(Expr.Subscript s) {
        ExpressionNode value = savedBefore(expr(s.value()), s.slice());
        ExpressionNode slice = expr(s.slice());
        SourceMap map = unit.getSourceMap();
        if (map.isAvailable(s.value().loc()) && map.isAvailable(s.slice().loc())) {
            return GetItemNode.create(value, slice, map.endIndex(s.value().loc()), map.endIndex(s.slice().loc()));
        }
        return GetItemNode.create(value, slice);
    }

    private ExpressionNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            return CompareNode.create(c.ops().get(0), savedBefore(expr(c.left()), c.comparators().get(0)), expr(c.comparators().get(0)));
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(c.left());
        operands.addAll(c.comparators());
        return CompareNode.createChain(c.ops().toArray(new CmpOp[0]), exprs(operands), layout.addObjectTemp("chained compare"));
    }

    private static List<Expr> unstarred(List<Expr> elts) {
        return elts;
    }

    private static boolean[] starFlags(List<Expr> elts) {
        boolean[] flags = new boolean[elts.size()];
        boolean any = false;
        for (int i = 0; i < flags.length; i++) {
            flags[i] = elts.get(i) instanceof Expr.Starred;
            any |= flags[i];
        }
        return any ? flags : null;
    }

    private ExpressionNode dict(Expr.Dict d) {
        List<Expr> all = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) != null) {
                all.add(d.keys().get(i));
            }
            all.add(d.values().get(i));
        }
        ExpressionNode[] evaluated = exprs(all);
        ExpressionNode[] keys = new ExpressionNode[d.keys().size()];
        ExpressionNode[] values = new ExpressionNode[keys.length];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = d.keys().get(i) != null ? evaluated[k++] : null;
            values[i] = evaluated[k++];
        }
        return DictDisplayNode.create(keys, values);
    }

    /**
     * Zero-argument {@code super()} in a method becomes {@code super(__class__, <first argument>)}, as CPython's
     * compiler arranges: the {@code __class__} cell and the first parameter are both known here.
     */
    private ExpressionNode zeroArgSuper(Expr.Call c) {
        if (!(c.func() instanceof Expr.Name n) || !n.id().equals("super") || !c.args().isEmpty() || !c.keywords().isEmpty()) {
            return null;
        }
        if (names.kind != NameContext.Kind.FUNCTION || names.scope.getKind() != Scope.Kind.FUNCTION) {
            return null;
        }
        Scope scope = names.scope;
        if (scope.lookup("__class__") != Scope.VarKind.FREE || scope.getVarnames().isEmpty() || scope.getArgCount() + (scope.hasVarargs() ? 1 : 0) == 0) {
            return null;
        }
        String first = scope.getVarnames().get(0);
        ExpressionNode self = readName(names, first);
        ExpressionNode cls = new ReadCellNode(layout.addCell("__class__"), "__class__", true);
        ExpressionNode func = readName(n.id(), n.loc());
        return CallNode.create(func, new ExpressionNode[]{cls, self}, null, new String[0], new ExpressionNode[0]);
    }

    private ExpressionNode call(Expr.Call c) {
        ExpressionNode superCall = zeroArgSuper(c);
        if (superCall != null) {
            return superCall;
        }
        List<Expr> all = new ArrayList<>();
        all.add(c.func());
        all.addAll(c.args());
        for (Keyword k : c.keywords()) {
            all.add(k.value());
        }
        boolean method = c.func() instanceof Expr.Attribute && !(generator && yields.anyContains(all));
        ExpressionNode[] evaluated;
        ExpressionNode receiver = null;
        String methodName = null;
        if (method) {
            Expr.Attribute a = (Expr.Attribute) c.func();
            receiver = expr(a.value());
            methodName = mangle(a.attr());
            evaluated = exprs(all.subList(1, all.size()));
        } else {
            ExpressionNode[] withFunc = exprs(all);
            evaluated = new ExpressionNode[withFunc.length - 1];
            System.arraycopy(withFunc, 1, evaluated, 0, evaluated.length);
            receiver = withFunc[0];
        }
        int nargs = c.args().size();
        ExpressionNode[] args = new ExpressionNode[nargs];
        System.arraycopy(evaluated, 0, args, 0, nargs);
        boolean[] starred = starFlags(c.args());
        String[] kwNames = new String[c.keywords().size()];
        ExpressionNode[] kwValues = new ExpressionNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = c.keywords().get(i).arg();
            kwValues[i] = evaluated[nargs + i];
        }
        CallNode node = method ? CallNode.createMethodCall(receiver, methodName, args, starred, kwNames, kwValues)
                        : CallNode.create(receiver, args, starred, kwNames, kwValues);
        return node;
    }

    static Object constant(Object value) {
        return ConstantNode.toPython(value);
    }

    // ---------------------------------------------------------------- helpers for CodeFactory

    /** The slot of the cell of {@code name} in this frame, to put into a closure. */
    int cellSlotFor(String name) {
        NameContext ctx = names;
        while (ctx.kind == NameContext.Kind.INLINED_COMPREHENSION) {
            Integer own = ctx.ownSlots.get(name);
            if (own != null) {
                return own;
            }
            ctx = ctx.parent;
        }
        return layout.addCell(name);
    }

    String getQualnamePrefix() {
        return qualnamePrefix;
    }

    ConstantValue.Singleton noneMarker() {
        return ConstantValue.NONE;
    }

    Comprehension firstGenerator(List<Comprehension> gens) {
        return gens.get(0);
    }
}
