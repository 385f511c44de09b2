package org.jpy.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.StatementNode;
import org.jpy.objects.function.PCell;
import org.jpy.objects.function.PFunction;

/** The small statements a function prologue is made of (besides the argument stores, which are local writes). */
public final class PrologueNodes {
    private PrologueNodes() {
    }

    /** Puts the function's globals dict into the globals slot (read by every global name access). */
    public static final class SetGlobalsNode extends StatementNode {
        private final int slot;

        public SetGlobalsNode(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, ((PFunction) frame.getArguments()[0]).getGlobals());
        }
    }

    /** MAKE_CELL: a fresh cell, holding the parameter's value when the captured variable is a parameter. */
    public static final class MakeCellNode extends StatementNode {
        private final int slot;
        private final boolean fromParameter;

        public MakeCellNode(int slot, boolean fromParameter) {
            this.slot = slot;
            this.fromParameter = fromParameter;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object initial = fromParameter ? frame.getValue(slot) : null;
            frame.getFrameDescriptor().setSlotKind(slot, com.oracle.truffle.api.frame.FrameSlotKind.Object);
            frame.setObject(slot, new PCell(initial));
        }
    }

    /** COPY_FREE_VARS: the cells of the closure (in co_freevars order) into their slots. */
    public static final class LoadClosureNode extends StatementNode {
        private final int slot;
        private final int index;

        public LoadClosureNode(int slot, int index) {
            this.slot = slot;
            this.index = index;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, ((PFunction) frame.getArguments()[0]).getClosure()[index]);
        }
    }
}
