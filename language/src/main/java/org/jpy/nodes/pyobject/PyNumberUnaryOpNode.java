package org.jpy.nodes.pyobject;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.runtime.PRaise;

/**
 * {@code -x}, {@code +x}, {@code ~x}, {@code abs(x)} ({@code PyNumber_Negative}...): inline for ints (overflowing
 * to {@code BigInteger}), bools and floats; otherwise the special method, or "bad operand type for unary -: 'str'".
 */
public abstract class PyNumberUnaryOpNode extends Node {
    protected final UnaryOp op;

    protected PyNumberUnaryOpNode(UnaryOp op) {
        this.op = op;
    }

    public abstract Object execute(Object value);

    @NeverDefault
    public static PyNumberUnaryOpNode create(UnaryOp op) {
        return PyNumberUnaryOpNodeGen.create(op);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    long doLong(long v) {
        switch (op) {
            case NEG:
                return Math.negateExact(v);
            case POS:
                return v;
            case INVERT:
                return ~v;
            default:
                return Math.absExact(v);
        }
    }

    @Specialization
    Object doDouble(double v) {
        switch (op) {
            case NEG:
                return -v;
            case POS:
                return v;
            case ABS:
                return Math.abs(v);
            default:
                return unaryOp(this, op, v);
        }
    }

    @Fallback
    Object doGeneric(Object v) {
        Node prev = CallLocation.enter(this);
        try {
            return unaryOp(this, op, v);
        } finally {
            CallLocation.exit(prev);
        }
    }

    /** Slow path of a unary operator. */
    @TruffleBoundary
    public static Object unaryOp(Node node, UnaryOp op, Object v) {
        if (v instanceof Boolean b) {
            v = b ? 1L : 0L;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            BigInteger x = NumericCompare.toBigInteger(v);
            switch (op) {
                case NEG:
                    return NumberArithmetic.normalize(x.negate());
                case POS:
                    return v;
                case INVERT:
                    return NumberArithmetic.normalize(x.not());
                default:
                    return NumberArithmetic.normalize(x.abs());
            }
        }
        PythonClass type = GetClassNode.getPythonClassUncached(v);
        Object descr = type.lookup(op.getMethodName());
        if (descr == PNone.NO_VALUE || descr == PNone.NONE) {
            throw PRaise.raise(node, org.jpy.runtime.PythonBuiltinClassType.TypeError, op.getErrorFormat(), type.getName());
        }
        return CallFunctionNode.callMethodUncached(descr, v, new Object[0]);
    }
}
