package org.jpy.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.classes.ClassDefNode;
import org.jpy.nodes.controlflow.ReturnNode;
import org.jpy.nodes.frame.ReadArgumentNode;
import org.jpy.nodes.frame.ReadLocalNode;
import org.jpy.nodes.frame.WriteLocalNode;
import org.jpy.nodes.function.ClassBodyRootNode;
import org.jpy.nodes.function.FunctionRootNode;
import org.jpy.nodes.function.MakeFunctionNode;
import org.jpy.nodes.function.PrologueNodes;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.nodes.generator.GeneratorFunctionRootNode;
import org.jpy.nodes.generator.GenexpCallNode;
import org.jpy.nodes.literal.ConstantNode;
import org.jpy.nodes.statement.AnnotationNodes;
import org.jpy.nodes.statement.AssignNode;
import org.jpy.nodes.statement.ExpressionStatementNode;
import org.jpy.objects.function.PCode;
import org.jpy.parser.ast.Arg;
import org.jpy.parser.ast.Arguments;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Keyword;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.Node;
import org.jpy.parser.ast.Stmt;
import org.jpy.parser.ast.TypeParam;
import org.jpy.parser.scope.Scope;

/**
 * Code objects and their lazily translated bodies. At a {@code def}/{@code lambda}/{@code class}/generator
 * expression the enclosing translator only creates a {@link PCode} (whose call target is built on first call by
 * {@link #compileFunctionBody}) and the node that evaluates decorators, defaults and annotations and makes the
 * function object, in CPython's order.
 */
final class CodeFactory {
    private CodeFactory() {
    }

    static String childQualname(NodeTranslator t, Scope child, String name) {
        String prefix = t.getQualnamePrefix();
        if (prefix == null) {
            return name;
        }
        Scope parent = child.getParent();
        if (parent != null && parent.getKind() == Scope.Kind.TYPE_PARAMS) {
            parent = parent.getParent();
        }
        if (parent != null && parent.getKind() == Scope.Kind.CLASS) {
            // A name declared global in the class body keeps its plain name.
            if (parent.lookup(name) == Scope.VarKind.GLOBAL_EXPLICIT) {
                return name;
            }
            return prefix + "." + name;
        }
        if (parent != null && parent.getKind() != Scope.Kind.MODULE) {
            if (parent.lookup(name) == Scope.VarKind.GLOBAL_EXPLICIT) {
                return name;
            }
            return prefix + ".<locals>." + name;
        }
        return name;
    }

    static int firstLine(Loc loc, List<Expr> decorators) {
        if (decorators != null && !decorators.isEmpty()) {
            return decorators.get(0).loc().lineno();
        }
        return loc.lineno();
    }

    static ExpressionNode functionDefinition(NodeTranslator t, Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                    List<TypeParam> typeParams, boolean async) {
        CompilationUnit unit = t.unit;
        if (typeParams != null && !typeParams.isEmpty()) {
            return unsupported("generic functions (PEP 695 type parameters) are not supported yet");
        }
        Scope scope = unit.getSymbols().getScope(node);
        ExpressionNode[] decos = t.exprs(decorators);
        String qualname = childQualname(t, scope, name);
        Object doc = docstring(unit, body);
        PCode code = makeCode(unit, scope, name, qualname, firstLine(node.loc(), decorators), () -> compileFunctionBody(unit, scope, node, name, qualname, body, null));
        ExpressionNode make = makeFunction(t, scope, code, args, returns, doc);
        return decorate(decos, make);
    }

    static ExpressionNode lambda(NodeTranslator t, Expr.Lambda l) {
        CompilationUnit unit = t.unit;
        Scope scope = unit.getSymbols().getScope(l);
        String qualname = childQualname(t, scope, "<lambda>");
        PCode code = makeCode(unit, scope, "<lambda>", qualname, l.loc().lineno(), () -> compileFunctionBody(unit, scope, l, "<lambda>", qualname, null, l.body()));
        return makeFunction(t, scope, code, l.args(), null, null);
    }

    static ExpressionNode generatorExpression(NodeTranslator t, Expr.GeneratorExp g) {
        CompilationUnit unit = t.unit;
        Scope scope = unit.getSymbols().getScope(g);
        String qualname = childQualname(t, scope, "<genexpr>");
        ExpressionNode firstIterable = t.expr(g.generators().get(0).iter());
        PCode code = makeCode(unit, scope, "<genexpr>", qualname, g.loc().lineno(), () -> compileFunctionBody(unit, scope, g, "<genexpr>", qualname, null, null));
        MakeFunctionNode make = new MakeFunctionNode(code, new ExpressionNode[0], new String[0], new ExpressionNode[0], new String[0], new ExpressionNode[0],
                        closureSlots(t, scope), null);
        return new GenexpCallNode(make, firstIterable);
    }

    private static ExpressionNode decorate(ExpressionNode[] decorators, ExpressionNode make) {
        if (decorators.length == 0) {
            return make;
        }
        return new MakeFunctionNode.DecoratedNode(decorators, make);
    }

    static Object docstring(CompilationUnit unit, List<Stmt> body) {
        if (body != null && !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return unit.getOptimize() >= 2 ? null : s;
        }
        return null;
    }

    static PCode makeCode(CompilationUnit unit, Scope scope, String name, String qualname, int firstLine, Supplier<RootCallTarget> body) {
        int flags = PCode.CO_OPTIMIZED | PCode.CO_NEWLOCALS;
        if (scope.hasVarargs()) {
            flags |= PCode.CO_VARARGS;
        }
        if (scope.hasVarkeywords()) {
            flags |= PCode.CO_VARKEYWORDS;
        }
        if (scope.isNested()) {
            flags |= PCode.CO_NESTED;
        }
        if (scope.isGenerator() && scope.isCoroutine()) {
            flags |= PCode.CO_ASYNC_GENERATOR;
        } else if (scope.isGenerator()) {
            flags |= PCode.CO_GENERATOR;
        } else if (scope.isCoroutine()) {
            flags |= PCode.CO_COROUTINE;
        }
        if (scope.getFreevars().isEmpty() && scope.getCellvars().isEmpty()) {
            flags |= PCode.CO_NOFREE;
        }
        PCode[] holder = new PCode[1];
        Supplier<RootCallTarget> supplier = () -> {
            RootCallTarget target = body.get();
            if (target.getRootNode() instanceof PythonRootNode root) {
                root.setCode(holder[0]);
            }
            return target;
        };
        PCode code = new PCode(name, qualname, unit.getFilename(), firstLine, scope.getArgCount(), scope.getPosOnlyArgCount(), scope.getKwOnlyArgCount(),
                        scope.getVarnames().toArray(new String[0]), scope.getCellvars().toArray(new String[0]), scope.getFreevars().toArray(new String[0]), flags,
                        supplier, scope);
        holder[0] = code;
        return code;
    }

    /** The slots (in the defining frame) of the cells a new function closes over, in co_freevars order. */
    static int[] closureSlots(NodeTranslator t, Scope scope) {
        List<String> free = scope.getFreevars();
        int[] slots = new int[free.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = t.cellSlotFor(free.get(i));
        }
        return slots;
    }

    private static ExpressionNode makeFunction(NodeTranslator t, Scope scope, PCode code, Arguments args, Expr returns, Object doc) {
        ExpressionNode[] defaults = t.exprs(args.defaults());
        List<String> kwNames = new ArrayList<>();
        List<ExpressionNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(t.mangle(args.kwonlyargs().get(i).arg()));
                kwValues.add(t.expr(d));
            }
        }
        List<String> annNames = new ArrayList<>();
        List<ExpressionNode> annValues = new ArrayList<>();
        List<Arg> all = new ArrayList<>();
        all.addAll(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            if (a.annotation() != null) {
                annNames.add(t.mangle(a.arg()));
                annValues.add(annotation(t, a.annotation()));
            }
        }
        if (returns != null) {
            annNames.add("return");
            annValues.add(annotation(t, returns));
        }
        return new MakeFunctionNode(code, defaults, kwNames.toArray(new String[0]), kwValues.toArray(new ExpressionNode[0]), annNames.toArray(new String[0]),
                        annValues.toArray(new ExpressionNode[0]), closureSlots(t, scope), doc);
    }

    private static ExpressionNode annotation(NodeTranslator t, Expr e) {
        if ((t.unit.getSymbols().getModuleScope().getFutureFlags() & 0x1000000) != 0) {
            return ConstantNode.create(AnnotationNodes.unparse(t.unit, e));
        }
        return t.expr(e);
    }

    // ------------------------------------------------------------------ bodies

    static SourceSection section(CompilationUnit unit, Loc loc) {
        SourceMap map = unit.getSourceMap();
        if (!map.isAvailable(loc)) {
            return unit.getSource().createUnavailableSection();
        }
        int start = map.startIndex(loc);
        return unit.getSource().createSection(start, Math.max(0, map.endIndex(loc) - start));
    }

    /** Translates a function, lambda or generator-expression body (called on the first call of the function). */
    static RootCallTarget compileFunctionBody(CompilationUnit unit, Scope scope, Node node, String name, String qualname, List<Stmt> body, Expr lambdaBody) {
        FrameLayout layout = new FrameLayout();
        List<String> varnames = scope.getVarnames();
        for (String v : varnames) {
            layout.addLocal(v);
        }
        int paramCount = scope.getArgCount() + scope.getKwOnlyArgCount() + (scope.hasVarargs() ? 1 : 0) + (scope.hasVarkeywords() ? 1 : 0);
        RootSlots slots = new RootSlots(layout, scope.isGenerator() || scope.isCoroutine(), scope.isGenerator() && scope.isCoroutine());
        NameContext names = new NameContext(NameContext.Kind.FUNCTION, scope, null);
        boolean generator = scope.isGenerator() || scope.isCoroutine();
        NodeTranslator t = new NodeTranslator(unit, layout, slots, names, generator, qualname);

        List<StatementNode> prologue = new ArrayList<>();
        prologue.add(new PrologueNodes.SetGlobalsNode(slots.globalsSlot()));
        for (int i = 0; i < paramCount; i++) {
            AssignTargetNode write = WriteLocalNode.create(layout.getLocalSlot(varnames.get(i)));
            prologue.add(new AssignNode(new ReadArgumentNode(2 + i), new AssignTargetNode[]{write}));
        }
        for (String cell : scope.getCellvars()) {
            boolean isParam = varnames.indexOf(cell) >= 0 && varnames.indexOf(cell) < paramCount;
            prologue.add(new PrologueNodes.MakeCellNode(layout.addCell(cell), isParam));
        }
        List<String> free = scope.getFreevars();
        for (int i = 0; i < free.size(); i++) {
            prologue.add(new PrologueNodes.LoadClosureNode(layout.addCell(free.get(i)), i));
        }

        StatementNode bodyNode;
        if (node instanceof Expr.GeneratorExp g) {
            bodyNode = ComprehensionTranslation.generatorBody(t, g, layout.getLocalSlot(".0"));
        } else if (lambdaBody != null) {
            ExpressionNode value = t.expr(lambdaBody);
            bodyNode = scope.isGenerator() ? new ExpressionStatementNode(value) : new ReturnNode(value);
        } else {
            bodyNode = t.suite(body);
        }
        SourceSection section = section(unit, ((org.jpy.parser.ast.Located) node).loc());
        StatementNode prologueNode = t.block(prologue);
        PythonRootNode root;
        if (generator) {
            root = GeneratorFunctionRootNode.create(unit.getLanguage(), layout, slots.generatorSlots(), name, qualname, unit.getFilename(), section, slots.globalsSlot(),
                            prologueNode, bodyNode, scope.isGenerator(), scope.isCoroutine());
        } else {
            root = new FunctionRootNode(unit.getLanguage(), layout.build(), name, qualname, unit.getFilename(), section, slots.globalsSlot(), prologueNode, bodyNode);
        }
        return root.getCallTarget();
    }

    // ------------------------------------------------------------------ classes

    static ExpressionNode classDefinition(NodeTranslator t, Stmt.ClassDef c) {
        CompilationUnit unit = t.unit;
        if (c.typeParams() != null && !c.typeParams().isEmpty()) {
            return unsupported("generic classes (PEP 695 type parameters) are not supported yet");
        }
        Scope scope = unit.getSymbols().getScope(c);
        ExpressionNode[] decos = t.exprs(c.decoratorList());
        String qualname = childQualname(t, scope, c.name());
        PCode code = makeCode(unit, scope, c.name(), qualname, firstLine(c.loc(), c.decoratorList()), () -> compileClassBody(unit, scope, c, qualname));
        MakeFunctionNode bodyFunction = new MakeFunctionNode(code, new ExpressionNode[0], new String[0], new ExpressionNode[0], new String[0], new ExpressionNode[0],
                        closureSlots(t, scope), null);
        ExpressionNode[] bases = t.exprs(c.bases());
        boolean[] starred = new boolean[bases.length];
        boolean anyStarred = false;
        for (int i = 0; i < bases.length; i++) {
            starred[i] = c.bases().get(i) instanceof Expr.Starred;
            anyStarred |= starred[i];
        }
        String[] kwNames = new String[c.keywords().size()];
        ExpressionNode[] kwValues = new ExpressionNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            Keyword k = c.keywords().get(i);
            kwNames[i] = k.arg();
            kwValues[i] = t.expr(k.value());
        }
        ExpressionNode make = new ClassDefNode(c.name(), bodyFunction, bases, anyStarred ? starred : null, kwNames, kwValues);
        return decorate(decos, make);
    }

    static RootCallTarget compileClassBody(CompilationUnit unit, Scope scope, Stmt.ClassDef c, String qualname) {
        FrameLayout layout = new FrameLayout();
        RootSlots slots = new RootSlots(layout, false);
        slots.initLocals();
        NameContext names = new NameContext(NameContext.Kind.CLASS, scope, null);
        NodeTranslator t = new NodeTranslator(unit, layout, slots, names, false, qualname);
        List<StatementNode> prologue = new ArrayList<>();
        prologue.add(new PrologueNodes.SetGlobalsNode(slots.globalsSlot()));
        List<String> free = scope.getFreevars();
        for (int i = 0; i < free.size(); i++) {
            prologue.add(new PrologueNodes.LoadClosureNode(layout.addCell(free.get(i)), i));
        }
        int classCellSlot = -1;
        for (String cell : scope.getCellvars()) {
            int slot = layout.addCell(cell);
            prologue.add(new PrologueNodes.MakeCellNode(slot, false));
            if (cell.equals("__class__")) {
                classCellSlot = slot;
            }
        }
        List<StatementNode> body = new ArrayList<>();
        body.add(new AssignNode(new org.jpy.nodes.frame.ReadNameNode(slots.localsSlot(), slots.globalsSlot(), "__name__"),
                        new AssignTargetNode[]{new org.jpy.nodes.frame.WriteNameNode(slots.localsSlot(), "__module__")}));
        body.add(new AssignNode(ConstantNode.create(qualname), new AssignTargetNode[]{new org.jpy.nodes.frame.WriteNameNode(slots.localsSlot(), "__qualname__")}));
        Object doc = docstring(unit, c.body());
        List<Stmt> stmts = c.body();
        if (doc != null || (!stmts.isEmpty() && docstring(unit, stmts) == null && unit.getOptimize() >= 2 && isDocstring(stmts))) {
            body.add(new AssignNode(ConstantNode.create(doc), new AssignTargetNode[]{new org.jpy.nodes.frame.WriteNameNode(slots.localsSlot(), "__doc__")}));
            stmts = stmts.subList(1, stmts.size());
        }
        if (AnnotationNodes.hasAnnotations(stmts)) {
            body.add(AnnotationNodes.setupAnnotations(slots.localsSlot()));
        }
        body.add(t.suite(stmts));
        if (classCellSlot >= 0) {
            body.add(new AssignNode(ReadLocalNode.create(classCellSlot, "__class__ cell"),
                            new AssignTargetNode[]{new org.jpy.nodes.frame.WriteNameNode(slots.localsSlot(), "__classcell__")}));
        }
        ClassBodyRootNode root = new ClassBodyRootNode(unit.getLanguage(), layout.build(), c.name(), qualname, unit.getFilename(), section(unit, c.loc()),
                        slots.globalsSlot(), slots.localsSlot(), classCellSlot, t.block(prologue), t.block(body));
        return root.getCallTarget();
    }

    private static boolean isDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String;
    }

    // ------------------------------------------------------------------ PEP 695

    private static ExpressionNode unsupported(String message) {
        return new org.jpy.nodes.expression.NotImplementedNode(message);
    }

    static ExpressionNode typeAlias(NodeTranslator t, Stmt.TypeAlias ta) {
        return AnnotationNodes.typeAlias(t.unit, ((Expr.Name) ta.name()).id(), t.expr(ta.value()));
    }
}
