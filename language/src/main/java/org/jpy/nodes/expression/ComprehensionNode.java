package org.jpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.pyobject.PyObjectSetItemNode;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.set.PSet;

/**
 * An inlined list/set/dict comprehension (PEP 709): the result container lives in a frame slot while the nested
 * loops (ordinary {@code for}/{@code if} nodes) run, the innermost statement adding to it.
 */
public final class ComprehensionNode extends ExpressionNode {
    private final int kind;
    private final int resultSlot;
    @Child private StatementNode cellInits;
    @Child private StatementNode loops;

    private final org.jpy.nodes.generator.GeneratorSlots generatorSlots;

    public ComprehensionNode(int kind, int resultSlot, StatementNode cellInits, StatementNode loops, org.jpy.nodes.generator.GeneratorSlots generatorSlots) {
        this.kind = kind;
        this.resultSlot = resultSlot;
        this.cellInits = cellInits;
        this.loops = loops;
        this.generatorSlots = generatorSlots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result;
        if (generatorSlots != null && generatorSlots.isResuming(frame)) {
            // Suspended inside (an await in an async comprehension): continue filling the same container.
            result = frame.getObject(resultSlot);
        } else {
            result = switch (kind) {
                case 0 -> new PList();
                case 1 -> new PSet();
                default -> new PDict();
            };
            frame.setObject(resultSlot, result);
            cellInits.executeVoid(frame);
        }
        loops.executeVoid(frame);
        frame.setObject(resultSlot, null);
        return result;
    }

    public static StatementNode append(int resultSlot, ExpressionNode element) {
        return new Append(resultSlot, element);
    }

    public static StatementNode add(int resultSlot, ExpressionNode element) {
        return new Add(resultSlot, element);
    }

    public static StatementNode setItem(int resultSlot, ExpressionNode key, ExpressionNode value) {
        return new SetItem(resultSlot, key, value);
    }

    static final class Append extends StatementNode {
        private final int slot;
        @Child private ExpressionNode element;

        Append(int slot, ExpressionNode element) {
            this.slot = slot;
            this.element = element;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object v = element.execute(frame);
            append((PList) frame.getObject(slot), v);
        }

        @TruffleBoundary
        private static void append(PList list, Object v) {
            list.append(v);
        }
    }

    static final class Add extends StatementNode {
        private final int slot;
        @Child private ExpressionNode element;

        Add(int slot, ExpressionNode element) {
            this.slot = slot;
            this.element = element;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object v = element.execute(frame);
            add((PSet) frame.getObject(slot), v);
        }

        @TruffleBoundary
        private static void add(PSet set, Object v) {
            set.add(v);
        }
    }

    static final class SetItem extends StatementNode {
        private final int slot;
        @Child private ExpressionNode key;
        @Child private ExpressionNode value;
        @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

        SetItem(int slot, ExpressionNode key, ExpressionNode value) {
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object k = key.execute(frame);
            Object v = value.execute(frame);
            setItem.execute((PDict) frame.getObject(slot), k, v);
        }
    }
}
