package org.jpy.compiler;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.exception.ExceptHandlerNode;
import org.jpy.nodes.expression.CoerceToBooleanNode;
import org.jpy.nodes.generator.GeneratorNodes;
import org.jpy.nodes.generator.GeneratorSlots;

/**
 * The bookkeeping slots of one root (globals, locals mapping, generator state) and the factory of the resumable
 * node variants used on the suspension paths of generator bodies. Keeping the generator cases here keeps the
 * translator's main switch free of generator plumbing.
 */
final class RootSlots {
    private final FrameLayout layout;
    private final int globalsSlot;
    private int localsSlot = -1;
    private final GeneratorSlots generatorSlots;

    RootSlots(FrameLayout layout, boolean generator) {
        this(layout, generator, false);
    }

    RootSlots(FrameLayout layout, boolean generator, boolean asyncGenerator) {
        this.layout = layout;
        this.globalsSlot = layout.addObjectTemp(".globals");
        this.generatorSlots = generator ? new GeneratorSlots(layout.addObjectTemp(".resuming"), layout.addObjectTemp(".sent"), layout.addObjectTemp(".thrown"), asyncGenerator)
                        : null;
    }

    void initLocals() {
        localsSlot = layout.addObjectTemp(".locals");
    }

    int globalsSlot() {
        return globalsSlot;
    }

    int localsSlot() {
        if (localsSlot < 0) {
            throw new IllegalStateException("no locals mapping in a function frame");
        }
        return localsSlot;
    }

    int exceptionStateSlot() {
        return -1;
    }

    GeneratorSlots generatorSlots() {
        return generatorSlots;
    }

    // ---------------------------------------------------------------- generator variants

    private GeneratorSlots gen() {
        if (generatorSlots == null) {
            throw new IllegalStateException("yield outside a generator body");
        }
        return generatorSlots;
    }

    StatementNode generatorBlock(StatementNode[] statements) {
        return GeneratorNodes.block(gen(), layout.addTemp(".block index"), statements);
    }

    StatementNode generatorIf(NodeTranslator t, CoerceToBooleanNode condition, StatementNode then, StatementNode orelse) {
        return GeneratorNodes.ifNode(gen(), layout.addTemp(".if state"), condition, then, orelse);
    }

    StatementNode generatorWhile(NodeTranslator t, CoerceToBooleanNode condition, StatementNode body, StatementNode orelse) {
        return GeneratorNodes.whileNode(gen(), layout.addTemp(".while state"), condition, body, orelse);
    }

    StatementNode generatorFor(NodeTranslator t, ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse) {
        return GeneratorNodes.forNode(gen(), layout.addObjectTemp(".for iterator"), iterable, target, body, orelse);
    }

    StatementNode asyncFor(NodeTranslator t, ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse) {
        return GeneratorNodes.asyncFor(gen(), layout.addObjectTemp(".async for iterator"), layout.addObjectTemp(".async for state"),
                        layout.addObjectTemp(".async for awaitable"), iterable, target, body, orelse);
    }

    StatementNode generatorTryExcept(NodeTranslator t, StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse, boolean star) {
        return GeneratorNodes.tryExcept(gen(), layout.addObjectTemp(".try state"), layout.addObjectTemp(".try exception"), body, handlers, orelse, star);
    }

    StatementNode generatorTryFinally(NodeTranslator t, StatementNode body, StatementNode finalbody) {
        return GeneratorNodes.tryFinally(gen(), layout.addObjectTemp(".finally state"), layout.addObjectTemp(".finally pending"), body, finalbody);
    }

    StatementNode generatorWith(NodeTranslator t, ExpressionNode context, AssignTargetNode target, StatementNode body, boolean async) {
        return GeneratorNodes.with(gen(), layout.addObjectTemp(".with state"), layout.addObjectTemp(".with exit"), layout.addObjectTemp(".with awaitable"), context,
                        target, body, async);
    }

    ExpressionNode saved(NodeTranslator t, ExpressionNode node) {
        return GeneratorNodes.saved(gen(), layout.addObjectTemp(".saved operand"), node);
    }

    ExpressionNode yield(NodeTranslator t, ExpressionNode value) {
        return GeneratorNodes.yield(gen(), value);
    }

    ExpressionNode yieldFrom(NodeTranslator t, ExpressionNode iterable, boolean await) {
        return GeneratorNodes.yieldFrom(gen(), layout.addObjectTemp(".yield from iterator"), iterable, await);
    }

}
