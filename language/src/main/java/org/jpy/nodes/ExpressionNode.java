package org.jpy.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * A Python expression. {@link #execute} returns any Python value (see the value table of docs/runtime-design.md);
 * the typed variants let DSL parents ask for an unboxed {@code long}/{@code double}/{@code boolean} and fall back
 * through {@link UnexpectedResultException} when the speculation fails, which keeps integer loops free of boxing.
 */
@TypeSystemReference(JpyTypes.class)
public abstract class ExpressionNode extends JpyNode {
    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return JpyTypesGen.expectLong(execute(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return JpyTypesGen.expectDouble(execute(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return JpyTypesGen.expectBoolean(execute(frame));
    }

    /** Evaluates for side effects only (expression statements). */
    public void executeVoid(VirtualFrame frame) {
        execute(frame);
    }
}
