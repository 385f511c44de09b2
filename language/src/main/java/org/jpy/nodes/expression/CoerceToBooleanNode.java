package org.jpy.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.JpyNode;

/**
 * The truth value of a condition ({@code if}, {@code while}, {@code assert}, {@code not}, comprehension filters).
 * Comparisons produce unboxed {@code boolean}s, which the first specialization takes without boxing; small ints,
 * floats and strs are tested inline; everything else goes through {@code __bool__}/{@code __len__}.
 */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class CoerceToBooleanNode extends JpyNode {
    public abstract boolean executeBoolean(VirtualFrame frame);

    public abstract ExpressionNode getOperand();

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    static boolean doDouble(double value) {
        return value != 0.0;
    }

    @Specialization
    static boolean doString(String value) {
        return !value.isEmpty();
    }

    @Fallback
    static boolean doGeneric(Object value,
                    @Cached IsTrueNode isTrue) {
        return isTrue.execute(value);
    }

    public static CoerceToBooleanNode create(ExpressionNode operand) {
        return CoerceToBooleanNodeGen.create(operand);
    }
}
