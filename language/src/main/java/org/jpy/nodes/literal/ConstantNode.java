package org.jpy.nodes.literal;

import java.math.BigInteger;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.objects.PEllipsis;
import org.jpy.objects.PNone;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.complex.PComplex;
import org.jpy.parser.ast.ConstantValue;

/**
 * A literal. Unboxed subclasses for {@code int}, {@code float} and {@code bool} let typed parents (arithmetic,
 * comparisons, frame writes) take the value without boxing. Immutable objects (str, bytes, big ints, None) are
 * created once at translation time, like CPython's {@code co_consts}.
 */
public abstract class ConstantNode extends ExpressionNode {

    public static ExpressionNode create(Object value) {
        if (value instanceof Long l) {
            return new LongConstant(l);
        }
        if (value instanceof Double d) {
            return new DoubleConstant(d);
        }
        if (value instanceof Boolean b) {
            return new BooleanConstant(b);
        }
        return new ObjectConstant(value);
    }

    public static ExpressionNode none() {
        return new ObjectConstant(PNone.NONE);
    }

    /** Converts an AST constant ({@link org.jpy.parser.ast.Expr.Constant} conventions) to its Python value. */
    public static Object toPython(Object value) {
        if (value == ConstantValue.NONE) {
            return PNone.NONE;
        }
        if (value == ConstantValue.ELLIPSIS) {
            return PEllipsis.ELLIPSIS;
        }
        if (value instanceof ConstantValue.Complex c) {
            return new PComplex(c.real(), c.imag());
        }
        if (value instanceof ConstantValue.Bytes b) {
            return new PBytes(b.value());
        }
        if (value instanceof BigInteger bi && bi.bitLength() < 64) {
            return bi.longValue();
        }
        if (value instanceof Integer i) {
            return (long) i;
        }
        return value;
    }

    public abstract Object getValue();

    static final class LongConstant extends ConstantNode {
        private final long value;

        LongConstant(long value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object getValue() {
            return value;
        }
    }

    static final class DoubleConstant extends ConstantNode {
        private final double value;

        DoubleConstant(double value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object getValue() {
            return value;
        }
    }

    static final class BooleanConstant extends ConstantNode {
        private final boolean value;

        BooleanConstant(boolean value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object getValue() {
            return value;
        }
    }

    static final class ObjectConstant extends ConstantNode {
        private final Object value;

        ObjectConstant(Object value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object getValue() {
            return value;
        }
    }
}
