package org.jpy.compiler;

import java.util.ArrayList;
import java.util.List;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.controlflow.ForNode;
import org.jpy.nodes.controlflow.IfNode;
import org.jpy.nodes.expression.ComprehensionNode;
import org.jpy.nodes.frame.ReadLocalNode;
import org.jpy.nodes.function.PrologueNodes;
import org.jpy.nodes.statement.ExpressionStatementNode;
import org.jpy.parser.ast.Comprehension;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Node;
import org.jpy.parser.scope.Scope;

/**
 * Comprehensions. List, set and dict comprehensions are inlined into the enclosing code (PEP 709, as CPython 3.12
 * does): no function object, no frame, no traceback entry; the names they bind get fresh frame slots so outer
 * variables of the same name are untouched. Generator expressions are real generator functions whose body is
 * built here from nested loops around a {@code yield}.
 */
final class ComprehensionTranslation {
    enum Kind {
        LIST,
        SET,
        DICT
    }

    private ComprehensionTranslation() {
    }

    static ExpressionNode translate(NodeTranslator t, Node node, Expr elt, Expr value, List<Comprehension> generators, Kind kind) {
        Scope cs = t.unit.getSymbols().getScope(node);
        ExpressionNode firstIterable = t.expr(generators.get(0).iter());
        NameContext saved = t.names;
        NameContext ctx = new NameContext(NameContext.Kind.INLINED_COMPREHENSION, cs, saved);
        List<StatementNode> cellInits = new ArrayList<>();
        List<String> own = new ArrayList<>(cs.getVarnames());
        for (String c : cs.getCellvars()) {
            if (!own.contains(c)) {
                own.add(c);
            }
        }
        for (String v : own) {
            if (v.equals(".0")) {
                continue;
            }
            Scope.VarKind vk = cs.lookup(v);
            if (vk == Scope.VarKind.CELL) {
                int slot = t.layout.addObjectTemp(v);
                ctx.ownSlots.put(v, slot);
                ctx.ownIsCell.put(v, true);
                cellInits.add(new PrologueNodes.MakeCellNode(slot, false));
            } else if (vk == Scope.VarKind.LOCAL) {
                ctx.ownSlots.put(v, t.layout.addTemp(v));
                ctx.ownIsCell.put(v, false);
            }
        }
        t.names = ctx;
        try {
            int resultSlot = t.layout.addObjectTemp(".comprehension result");
            StatementNode inner = switch (kind) {
                case LIST -> ComprehensionNode.append(resultSlot, t.expr(elt));
                case SET -> ComprehensionNode.add(resultSlot, t.expr(elt));
                case DICT -> ComprehensionNode.setItem(resultSlot, t.expr(elt), t.expr(value));
            };
            boolean resumable = t.generator && t.yields.contains(node);
            StatementNode loops = loops(t, generators, firstIterable, inner, resumable);
            return new ComprehensionNode(kind.ordinal(), resultSlot, t.block(cellInits), loops, resumable ? t.slots.generatorSlots() : null);
        } finally {
            t.names = saved;
        }
    }

    private static StatementNode loops(NodeTranslator t, List<Comprehension> generators, ExpressionNode firstIterable, StatementNode innermost, boolean generator) {
        StatementNode inner = innermost;
        for (int i = generators.size() - 1; i >= 0; i--) {
            Comprehension g = generators.get(i);
            List<Expr> ifs = g.ifs();
            for (int k = ifs.size() - 1; k >= 0; k--) {
                inner = generator ? t.slots.generatorIf(t, t.condition(ifs.get(k)), inner, null) : new IfNode(t.condition(ifs.get(k)), inner, null);
            }
            ExpressionNode iterable = i == 0 ? firstIterable : t.expr(g.iter());
            if (g.isAsync() != 0) {
                inner = t.slots.asyncFor(t, iterable, t.target(g.target()), inner, null);
            } else if (generator) {
                inner = t.slots.generatorFor(t, iterable, t.target(g.target()), inner, null);
            } else {
                inner = ForNode.create(iterable, t.target(g.target()), inner, null, t.layout.addObjectTemp(".comprehension iterator"));
            }
        }
        return inner;
    }

    /** The body of a generator expression's function: loops over {@code .0} (the first iterator) around a yield. */
    static StatementNode generatorBody(NodeTranslator t, Expr.GeneratorExp g, int dot0Slot) {
        StatementNode inner = new ExpressionStatementNode(t.slots.yield(t, t.expr(g.elt())));
        return loops(t, g.generators(), ReadLocalNode.create(dot0Slot, ".0"), inner, true);
    }
}
