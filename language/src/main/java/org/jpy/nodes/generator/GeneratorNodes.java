package org.jpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.controlflow.BreakException;
import org.jpy.nodes.controlflow.ContinueException;
import org.jpy.nodes.exception.ExceptHandlerNode;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.expression.CoerceToBooleanNode;
import org.jpy.nodes.expression.IsTrueNode;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.nodes.util.ContextManagerSupport;
import org.jpy.objects.PNone;
import org.jpy.objects.exception.PBaseException;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;

/**
 * The resumable statement and expression nodes used on the paths that lead to a suspension point in a generator
 * or coroutine body. Each keeps its position in a frame slot of the generator frame (which child of a block,
 * which branch of an {@code if}, whether a loop is in its body, which part of a {@code try}); when the generator
 * is resumed ({@link GeneratorSlots#isResuming}) they go straight back to that position instead of starting
 * afresh, until the suspended {@link YieldNode} consumes the resumption. Subtrees without suspension points use
 * the ordinary nodes, so generator bodies compile almost like functions.
 */
public final class GeneratorNodes {
    private GeneratorNodes() {
    }

    public static StatementNode block(GeneratorSlots gs, int indexSlot, StatementNode[] statements) {
        return new Block(gs, indexSlot, statements);
    }

    public static StatementNode ifNode(GeneratorSlots gs, int stateSlot, CoerceToBooleanNode condition, StatementNode then, StatementNode orelse) {
        return new If(gs, stateSlot, condition, then, orelse);
    }

    public static StatementNode whileNode(GeneratorSlots gs, int stateSlot, CoerceToBooleanNode condition, StatementNode body, StatementNode orelse) {
        return new While(gs, stateSlot, condition, body, orelse);
    }

    public static StatementNode forNode(GeneratorSlots gs, int iteratorSlot, ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse) {
        return new For(gs, iteratorSlot, iterable, target, body, orelse);
    }

    public static StatementNode asyncFor(GeneratorSlots gs, int iteratorSlot, int stateSlot, int awaitSlot, ExpressionNode iterable, AssignTargetNode target,
                    StatementNode body, StatementNode orelse) {
        return new AsyncFor(gs, iteratorSlot, stateSlot, awaitSlot, iterable, target, body, orelse);
    }

    public static StatementNode tryExcept(GeneratorSlots gs, int stateSlot, int exceptionSlot, StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse,
                    boolean star) {
        return new TryExcept(gs, stateSlot, exceptionSlot, body, handlers, orelse);
    }

    public static StatementNode tryFinally(GeneratorSlots gs, int stateSlot, int pendingSlot, StatementNode body, StatementNode finalbody) {
        return new TryFinally(gs, stateSlot, pendingSlot, body, finalbody);
    }

    public static StatementNode with(GeneratorSlots gs, int stateSlot, int exitSlot, int awaitSlot, ExpressionNode context, AssignTargetNode target, StatementNode body,
                    boolean async) {
        return new With(gs, stateSlot, exitSlot, awaitSlot, context, target, body, async);
    }

    public static ExpressionNode saved(GeneratorSlots gs, int slot, ExpressionNode node) {
        return new Saved(gs, slot, node);
    }

    public static ExpressionNode yield(GeneratorSlots gs, ExpressionNode value) {
        return new YieldNode(gs, value);
    }

    public static ExpressionNode yieldFrom(GeneratorSlots gs, int iteratorSlot, ExpressionNode iterable, boolean await) {
        return new YieldFromNode(gs, iteratorSlot, iterable, await);
    }

    static int getInt(VirtualFrame frame, int slot) {
        Object v = frame.getValue(slot);
        return v instanceof Integer i ? i : 0;
    }

    static void setInt(VirtualFrame frame, int slot, int value) {
        frame.setObject(slot, value);
    }

    /** A suite that restarts at the statement that suspended. */
    static final class Block extends StatementNode {
        private final GeneratorSlots gs;
        private final int indexSlot;
        @Children private final StatementNode[] statements;

        Block(GeneratorSlots gs, int indexSlot, StatementNode[] statements) {
            this.gs = gs;
            this.indexSlot = indexSlot;
            this.statements = statements;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            int start = gs.isResuming(frame) ? getInt(frame, indexSlot) : 0;
            for (int i = 0; i < statements.length; i++) {
                if (i < start) {
                    continue;
                }
                setInt(frame, indexSlot, i);
                statements[i].executeVoid(frame);
            }
        }
    }

    /** {@code if}: remembers the branch (1 then, 2 else; 0 while evaluating a suspending condition). */
    static final class If extends StatementNode {
        private final GeneratorSlots gs;
        private final int stateSlot;
        @Child private CoerceToBooleanNode condition;
        @Child private StatementNode then;
        @Child private StatementNode orelse;

        If(GeneratorSlots gs, int stateSlot, CoerceToBooleanNode condition, StatementNode then, StatementNode orelse) {
            this.gs = gs;
            this.stateSlot = stateSlot;
            this.condition = condition;
            this.then = then;
            this.orelse = orelse;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int branch = gs.isResuming(frame) ? getInt(frame, stateSlot) : 0;
            if (branch == 0) {
                setInt(frame, stateSlot, 0);
                branch = condition.executeBoolean(frame) ? 1 : 2;
                setInt(frame, stateSlot, branch);
            }
            if (branch == 1) {
                then.executeVoid(frame);
            } else if (orelse != null) {
                orelse.executeVoid(frame);
            }
        }
    }

    /** {@code while}: state 0 evaluating the condition, 1 in the body, 2 in the else suite. */
    static final class While extends StatementNode {
        private final GeneratorSlots gs;
        private final int stateSlot;
        @Child private CoerceToBooleanNode condition;
        @Child private StatementNode body;
        @Child private StatementNode orelse;

        While(GeneratorSlots gs, int stateSlot, CoerceToBooleanNode condition, StatementNode body, StatementNode orelse) {
            this.gs = gs;
            this.stateSlot = stateSlot;
            this.condition = condition;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int state = gs.isResuming(frame) ? getInt(frame, stateSlot) : 0;
            if (state == 2) {
                orelse.executeVoid(frame);
                return;
            }
            while (true) {
                if (state == 0) {
                    setInt(frame, stateSlot, 0);
                    if (!condition.executeBoolean(frame)) {
                        if (orelse != null) {
                            setInt(frame, stateSlot, 2);
                            orelse.executeVoid(frame);
                        }
                        return;
                    }
                }
                state = 0;
                setInt(frame, stateSlot, 1);
                try {
                    body.executeVoid(frame);
                } catch (BreakException e) {
                    return;
                } catch (ContinueException e) {
                    // next iteration
                }
            }
        }
    }

    /** {@code for}: the iterator is kept in the frame; a resumption continues inside the body. */
    static final class For extends StatementNode {
        private final GeneratorSlots gs;
        private final int iteratorSlot;
        @Child private ExpressionNode iterable;
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        @Child private StatementNode orelse;
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
        @Child private PyIterNextNode next = PyIterNextNode.create();

        For(GeneratorSlots gs, int iteratorSlot, ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse) {
            this.gs = gs;
            this.iteratorSlot = iteratorSlot;
            this.iterable = iterable;
            this.target = target;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            boolean inBody = false;
            Object iterator;
            if (gs.isResuming(frame)) {
                iterator = frame.getObject(iteratorSlot);
                if (iterator == ELSE_MARKER) {
                    orelse.executeVoid(frame);
                    return;
                }
                inBody = iterator != null;
            } else {
                iterator = null;
            }
            if (!inBody) {
                frame.setObject(iteratorSlot, null);
                iterator = getIter.execute(iterable.execute(frame));
                frame.setObject(iteratorSlot, iterator);
            }
            while (true) {
                if (!inBody) {
                    Object value = next.execute(iterator);
                    if (value == PNone.NO_VALUE) {
                        break;
                    }
                    target.executeWrite(frame, value);
                }
                inBody = false;
                try {
                    body.executeVoid(frame);
                } catch (BreakException e) {
                    frame.setObject(iteratorSlot, null);
                    return;
                } catch (ContinueException e) {
                    // next item
                }
            }
            if (orelse != null) {
                frame.setObject(iteratorSlot, ELSE_MARKER);
                orelse.executeVoid(frame);
            }
            frame.setObject(iteratorSlot, null);
        }
    }

    static final Object ELSE_MARKER = new Object();

    /** {@code async for}: {@code __anext__()} awaited each step, StopAsyncIteration ends the loop. */
    static final class AsyncFor extends StatementNode {
        private final GeneratorSlots gs;
        private final int iteratorSlot;
        private final int stateSlot;
        @Child private ExpressionNode iterable;
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        @Child private StatementNode orelse;
        @Child private YieldFromNode awaitNext;

        AsyncFor(GeneratorSlots gs, int iteratorSlot, int stateSlot, int awaitSlot, ExpressionNode iterable, AssignTargetNode target, StatementNode body,
                        StatementNode orelse) {
            this.gs = gs;
            this.iteratorSlot = iteratorSlot;
            this.stateSlot = stateSlot;
            this.iterable = iterable;
            this.target = target;
            this.body = body;
            this.orelse = orelse;
            this.awaitNext = new YieldFromNode(gs, awaitSlot, new AsyncSupport.AnextCallNode(iteratorSlot), true);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int state = gs.isResuming(frame) ? getInt(frame, stateSlot) : 0;
            if (state == 0) {
                frame.setObject(iteratorSlot, AsyncSupport.aiter(this, iterable.execute(frame)));
                state = 1;
            }
            if (state == 3) {
                orelse.executeVoid(frame);
                return;
            }
            while (true) {
                if (state == 1) {
                    setInt(frame, stateSlot, 1);
                    Object value;
                    try {
                        value = awaitNext.execute(frame);
                    } catch (PException e) {
                        if (e.isInstanceOf(org.jpy.runtime.PythonBuiltinClassType.StopAsyncIteration)) {
                            break;
                        }
                        throw e;
                    }
                    target.executeWrite(frame, value);
                }
                state = 1;
                setInt(frame, stateSlot, 2);
                try {
                    body.executeVoid(frame);
                } catch (BreakException e) {
                    setInt(frame, stateSlot, 0);
                    return;
                } catch (ContinueException e) {
                    // next item
                }
            }
            if (orelse != null) {
                setInt(frame, stateSlot, 3);
                orelse.executeVoid(frame);
            }
            setInt(frame, stateSlot, 0);
        }
    }

    /** {@code try/except/else} with suspension points: state 0 body, 1+i handler i, -1 else. */
    static final class TryExcept extends StatementNode {
        private final GeneratorSlots gs;
        private final int stateSlot;
        private final int exceptionSlot;
        @Child private StatementNode body;
        @Children private final ExceptHandlerNode[] handlers;
        @Child private StatementNode orelse;

        TryExcept(GeneratorSlots gs, int stateSlot, int exceptionSlot, StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse) {
            this.gs = gs;
            this.stateSlot = stateSlot;
            this.exceptionSlot = exceptionSlot;
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            int state = gs.isResuming(frame) ? getInt(frame, stateSlot) : 0;
            if (state > 0) {
                handlers[state - 1].executeHandler(frame, frame.getObject(exceptionSlot));
                setInt(frame, stateSlot, 0);
                return;
            }
            if (state == 0) {
                setInt(frame, stateSlot, 0);
                try {
                    body.executeVoid(frame);
                } catch (PException e) {
                    ExceptionSupport.recordFrame(e, (PythonRootNode) getRootNode(), frame.materialize(), false);
                    ExceptionSupport.chainContext(e);
                    PBaseException exc = e.getPythonException();
                    for (int i = 0; i < handlers.length; i++) {
                        if (handlers[i].matches(frame, exc)) {
                            setInt(frame, stateSlot, i + 1);
                            frame.setObject(exceptionSlot, exc);
                            handlers[i].executeHandler(frame, exc);
                            setInt(frame, stateSlot, 0);
                            frame.setObject(exceptionSlot, null);
                            return;
                        }
                    }
                    throw e;
                }
            }
            if (orelse != null) {
                setInt(frame, stateSlot, -1);
                orelse.executeVoid(frame);
            }
            setInt(frame, stateSlot, 0);
        }
    }

    /**
     * {@code try/finally} with suspension points: state 0 body, 1 finally. A pending exception or control transfer
     * waits in a frame slot while a suspending final suite runs; a {@link YieldException} passes without running
     * the final suite.
     */
    static final class TryFinally extends StatementNode {
        private final GeneratorSlots gs;
        private final int stateSlot;
        private final int pendingSlot;
        @Child private StatementNode body;
        @Child private StatementNode finalbody;

        TryFinally(GeneratorSlots gs, int stateSlot, int pendingSlot, StatementNode body, StatementNode finalbody) {
            this.gs = gs;
            this.stateSlot = stateSlot;
            this.pendingSlot = pendingSlot;
            this.body = body;
            this.finalbody = finalbody;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int state = gs.isResuming(frame) ? getInt(frame, stateSlot) : 0;
            if (state == 0) {
                setInt(frame, stateSlot, 0);
                frame.setObject(pendingSlot, null);
                try {
                    body.executeVoid(frame);
                } catch (YieldException y) {
                    throw y;
                } catch (PException e) {
                    ExceptionSupport.recordFrame(e, (PythonRootNode) getRootNode(), frame.materialize(), false);
                    ExceptionSupport.chainContext(e);
                    frame.setObject(pendingSlot, e);
                } catch (ControlFlowException e) {
                    frame.setObject(pendingSlot, e);
                }
                setInt(frame, stateSlot, 1);
            }
            Object pending = frame.getObject(pendingSlot);
            if (pending instanceof PException pe) {
                ExceptionSupport.pushHandled(pe.getPythonException());
                try {
                    finalbody.executeVoid(frame);
                } catch (YieldException y) {
                    throw y;
                } catch (PException inner) {
                    ExceptionSupport.chainContext(inner);
                    setInt(frame, stateSlot, 0);
                    throw inner;
                } finally {
                    ExceptionSupport.popHandled();
                }
            } else {
                finalbody.executeVoid(frame);
            }
            setInt(frame, stateSlot, 0);
            frame.setObject(pendingSlot, null);
            if (pending instanceof PException pe) {
                throw pe;
            }
            if (pending instanceof ControlFlowException cfe) {
                throw cfe;
            }
        }
    }

    /** {@code with} / {@code async with} with suspension points: state 0 entering, 1 in the body, 2 exiting. */
    static final class With extends StatementNode {
        private final GeneratorSlots gs;
        private final int stateSlot;
        private final int exitSlot;
        private final boolean async;
        @Child private ExpressionNode context;
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        @Child private IsTrueNode isTrue = IsTrueNode.create();
        @Child private YieldFromNode awaitEnter;
        @Child private YieldFromNode awaitExit;
        private final int managerSlot;

        With(GeneratorSlots gs, int stateSlot, int exitSlot, int awaitSlot, ExpressionNode context, AssignTargetNode target, StatementNode body, boolean async) {
            this.gs = gs;
            this.stateSlot = stateSlot;
            this.exitSlot = exitSlot;
            this.managerSlot = awaitSlot;
            this.context = context;
            this.target = target;
            this.body = body;
            this.async = async;
            if (async) {
                this.awaitEnter = new YieldFromNode(gs, awaitSlot, new AsyncSupport.PendingValueNode(exitSlot, 2), true);
                this.awaitExit = new YieldFromNode(gs, awaitSlot, new AsyncSupport.PendingValueNode(exitSlot, 2), true);
            }
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            int state = gs.isResuming(frame) ? getInt(frame, stateSlot) : 0;
            Object[] saved;
            if (state == 0) {
                Object manager = context.execute(frame);
                Object[] enterExit = ContextManagerSupport.lookupEnterExit(this, manager, async);
                saved = new Object[]{manager, enterExit[1], null};
                frame.setObject(exitSlot, saved);
                Object entered = ContextManagerSupport.callMethod(enterExit[0], manager);
                if (async) {
                    saved[2] = entered;
                    setInt(frame, stateSlot, 3);
                    entered = awaitEnter.execute(frame);
                }
                state = 1;
                setInt(frame, stateSlot, 1);
                if (target != null) {
                    target.executeWrite(frame, entered);
                }
            } else {
                saved = (Object[]) frame.getObject(exitSlot);
                if (state == 3) {
                    Object entered = awaitEnter.execute(frame);
                    state = 1;
                    setInt(frame, stateSlot, 1);
                    if (target != null) {
                        target.executeWrite(frame, entered);
                    }
                }
            }
            if (state == 2) {
                finishExit(frame, saved);
                return;
            }
            try {
                body.executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (PException e) {
                ExceptionSupport.recordFrame(e, (PythonRootNode) getRootNode(), frame.materialize(), false);
                ExceptionSupport.chainContext(e);
                ExceptionSupport.pushHandled(e.getPythonException());
                Object suppress;
                try {
                    suppress = ContextManagerSupport.callExit(saved[1], saved[0], e.getPythonException());
                    if (async) {
                        saved[2] = suppress;
                        suppress = awaitExit.execute(frame);
                    }
                } catch (PException inner) {
                    ExceptionSupport.chainContext(inner);
                    throw inner;
                } finally {
                    ExceptionSupport.popHandled();
                }
                setInt(frame, stateSlot, 0);
                if (!isTrue.execute(suppress)) {
                    throw e;
                }
                return;
            } catch (ControlFlowException e) {
                Object r = ContextManagerSupport.callMethod(saved[1], saved[0], PNone.NONE, PNone.NONE, PNone.NONE);
                if (async) {
                    saved[2] = r;
                    awaitExit.execute(frame);
                }
                setInt(frame, stateSlot, 0);
                throw e;
            }
            Object r = ContextManagerSupport.callMethod(saved[1], saved[0], PNone.NONE, PNone.NONE, PNone.NONE);
            if (async) {
                saved[2] = r;
                setInt(frame, stateSlot, 2);
                awaitExit.execute(frame);
            }
            setInt(frame, stateSlot, 0);
        }

        private void finishExit(VirtualFrame frame, Object[] saved) {
            awaitExit.execute(frame);
            setInt(frame, stateSlot, 0);
        }
    }

    /** An operand evaluated before a later sibling suspends: on resumption its saved value is used. */
    static final class Saved extends ExpressionNode {
        private final GeneratorSlots gs;
        private final int slot;
        @Child private ExpressionNode node;

        Saved(GeneratorSlots gs, int slot, ExpressionNode node) {
            this.gs = gs;
            this.slot = slot;
            this.node = node;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (gs.isResuming(frame)) {
                Object saved = frame.getObject(slot);
                if (saved != null) {
                    return saved;
                }
                // The suspension happened inside this operand: re-enter it.
            } else {
                frame.setObject(slot, null);
            }
            Object v = node.execute(frame);
            frame.setObject(slot, v);
            return v;
        }
    }

    /** {@code yield value}: suspends; when resumed, evaluates to the sent value or raises the thrown exception. */
    public static final class YieldNode extends ExpressionNode {
        private final GeneratorSlots gs;
        @Child private ExpressionNode value;

        YieldNode(GeneratorSlots gs, ExpressionNode value) {
            this.gs = gs;
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (gs.isResuming(frame)) {
                gs.clearResuming(frame);
                Object thrown = frame.getObject(gs.thrown);
                if (thrown != null) {
                    frame.setObject(gs.thrown, null);
                    throw PRaise.raiseObject(this, (PBaseException) thrown);
                }
                Object sent = frame.getObject(gs.sent);
                frame.setObject(gs.sent, null);
                return sent;
            }
            Object v = value.execute(frame);
            throw new YieldException(gs.asyncGenerator ? new org.jpy.objects.generator.PAsyncGenStep.Wrapped(v) : v);
        }
    }
}
