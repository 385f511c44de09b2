package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.function.PFunction;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A binary operator {@code a op b} or its in-place form {@code a op= b} ({@code PyNumber_Add},
 * {@code PyNumber_InPlaceAdd}, ...). Ints ({@code long} with overflow to {@code BigInteger}), floats and
 * {@code str + str} are computed inline so {@code 1 + 2} never looks up {@code __add__}. Otherwise CPython's
 * protocol: {@code __iop__} first for in-place forms; then {@code a.__op__(b)} and {@code b.__rop__(a)}, the
 * reflected one first when {@code type(b)} is a proper subclass of {@code type(a)}; {@code NotImplemented}
 * from both raises "unsupported operand type(s) for +: 'int' and 'str'" (or the sequence-specific messages).
 */
public abstract class PyNumberBinaryOpNode extends Node {
    protected final BinaryOp op;
    protected final boolean inplace;

    protected PyNumberBinaryOpNode(BinaryOp op, boolean inplace) {
        this.op = op;
        this.inplace = inplace;
    }

    public abstract Object execute(Object a, Object b);

    @NeverDefault
    public static PyNumberBinaryOpNode create(BinaryOp op, boolean inplace) {
        return PyNumberBinaryOpNodeGen.create(op, inplace);
    }

    public BinaryOp getOp() {
        return op;
    }

    protected boolean isArithmetic() {
        return op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL;
    }

    protected boolean isAdd() {
        return op == BinaryOp.ADD;
    }

    @Specialization(guards = "isArithmetic()", rewriteOn = ArithmeticException.class)
    long doLongExact(long a, long b) {
        switch (op) {
            case ADD:
                return Math.addExact(a, b);
            case SUB:
                return Math.subtractExact(a, b);
            default:
                return Math.multiplyExact(a, b);
        }
    }

    @Specialization(replaces = "doLongExact")
    Object doLong(long a, long b) {
        switch (op) {
            case AND:
                return a & b;
            case OR:
                return a | b;
            case XOR:
                return a ^ b;
            default:
                return NumberArithmetic.binary(this, op, a, b);
        }
    }

    @Specialization(guards = "isArithmetic() || op == TRUEDIV_OP")
    double doDouble(double a, double b) {
        switch (op) {
            case ADD:
                return a + b;
            case SUB:
                return a - b;
            case MUL:
                return a * b;
            default:
                if (b == 0) {
                    throw PRaise.raise(this, PythonBuiltinClassType.ZeroDivisionError, "float division by zero");
                }
                return a / b;
        }
    }

    protected static final BinaryOp TRUEDIV_OP = BinaryOp.TRUEDIV;

    @Specialization(guards = "isArithmetic() || op == TRUEDIV_OP")
    double doLongDouble(long a, double b) {
        return doDouble(a, b);
    }

    @Specialization(guards = "isArithmetic() || op == TRUEDIV_OP")
    double doDoubleLong(double a, long b) {
        return doDouble(a, b);
    }

    @Specialization(guards = "isAdd()")
    static String doString(String a, String b) {
        return concat(a, b);
    }

    @TruffleBoundary
    private static String concat(String a, String b) {
        return a.concat(b);
    }

    /**
     * Instances of the same Python class: no reflected-operand priority applies, so a Python-level {@code __op__} is
     * called directly through an inline cache; everything else goes to the generic protocol.
     */
    @Specialization
    Object doObject(PythonObject a, Object b,
                    @Cached GetClassNode getClassA,
                    @Cached GetClassNode getClassB,
                    @Cached LookupAttributeInMRONode lookupInplace,
                    @Cached LookupAttributeInMRONode lookupOp,
                    @Cached CallFunctionNode callOp) {
        PythonClass ta = getClassA.execute(a);
        if (ta.isHeapType() && ta == getClassB.execute(b)) {
            if (inplace) {
                Object idescr = lookupInplace.execute(ta, op.getInplaceName());
                if (idescr instanceof PFunction) {
                    Object r = callOp.execute(idescr, a, new Object[]{b}, PKeyword.EMPTY);
                    if (r != PNotImplemented.NOT_IMPLEMENTED) {
                        return r;
                    }
                } else if (idescr != PNone.NO_VALUE) {
                    return doGeneric(a, b);
                }
            }
            Object descr = lookupOp.execute(ta, op.getMethodName());
            if (descr instanceof PFunction) {
                Object r = callOp.execute(descr, a, new Object[]{b}, PKeyword.EMPTY);
                if (r != PNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                throw unsupported(this, op, inplace, a, b);
            }
        }
        return doGeneric(a, b);
    }

    @Fallback
    Object doGeneric(Object a, Object b) {
        Node prev = CallLocation.enter(this);
        try {
            return binaryOp(this, op, inplace, a, b);
        } finally {
            CallLocation.exit(prev);
        }
    }

    /** Slow path of any binary operator. */
    @TruffleBoundary
    public static Object binaryOp(Node node, BinaryOp op, boolean inplace, Object a, Object b) {
        Object r = binaryOpOrNotImplemented(node, op, inplace, a, b);
        if (r != PNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        throw unsupported(node, op, inplace, a, b);
    }

    /** The protocol without the final error: {@code NotImplemented} when no operand handles it. */
    @TruffleBoundary
    public static Object binaryOpOrNotImplemented(Node node, BinaryOp op, boolean inplace, Object a, Object b) {
        PythonClass ta = GetClassNode.getPythonClassUncached(a);
        if (inplace) {
            Object idescr = ta.lookup(op.getInplaceName());
            if (idescr != PNone.NO_VALUE && idescr != PNone.NONE) {
                Object r = CallFunctionNode.callMethodUncached(idescr, a, new Object[]{b});
                if (r != PNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (NumericCompare.isNumber(a) && NumericCompare.isNumber(b)) {
            Object r = NumberArithmetic.binary(node, op, a, b);
            if (r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == BinaryOp.ADD && a instanceof String sa && b instanceof String sb) {
            return sa.concat(sb);
        }
        PythonClass tb = GetClassNode.getPythonClassUncached(b);
        Object slotA = ta.lookup(op.getMethodName());
        Object slotB = PNone.NO_VALUE;
        if (tb != ta) {
            slotB = tb.lookup(op.getReflectedName());
            if (slotB != PNone.NO_VALUE && slotB == ta.lookup(op.getReflectedName())) {
                slotB = PNone.NO_VALUE;
            }
        }
        if (slotA == PNone.NONE) {
            slotA = PNone.NO_VALUE;
        }
        // CPython tries sq_concat/sq_repeat of builtin sequences only after both operands' number slots
        Object sequenceSlot = PNone.NO_VALUE;
        if ((op == BinaryOp.ADD || op == BinaryOp.MUL) && slotA instanceof org.jpy.objects.function.PBuiltinFunction && isSequence(ta)) {
            sequenceSlot = slotA;
            slotA = PNone.NO_VALUE;
        }
        if (slotB == PNone.NONE) {
            slotB = PNone.NO_VALUE;
        }
        if (slotA != PNone.NO_VALUE) {
            if (slotB != PNone.NO_VALUE && tb.isSubtypeOf(ta)) {
                Object r = CallFunctionNode.callMethodUncached(slotB, b, new Object[]{a});
                if (r != PNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                slotB = PNone.NO_VALUE;
            }
            Object r = CallFunctionNode.callMethodUncached(slotA, a, new Object[]{b});
            if (r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotB != PNone.NO_VALUE) {
            Object r = CallFunctionNode.callMethodUncached(slotB, b, new Object[]{a});
            if (r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (sequenceSlot != PNone.NO_VALUE) {
            Object r = CallFunctionNode.callMethodUncached(sequenceSlot, a, new Object[]{b});
            if (r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return PNotImplemented.NOT_IMPLEMENTED;
    }

    @TruffleBoundary
    private static RuntimeException unsupported(Node node, BinaryOp op, boolean inplace, Object a, Object b) {
        PythonClass ta = GetClassNode.getPythonClassUncached(a);
        PythonClass tb = GetClassNode.getPythonClassUncached(b);
        if (op == BinaryOp.MUL) {
            if (isSequence(ta) && !isIndex(tb)) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "can't multiply sequence by non-int of type '%s'", tb.getName());
            }
            if (isSequence(tb) && !isIndex(ta)) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "can't multiply sequence by non-int of type '%s'", ta.getName());
            }
        } else if (op == BinaryOp.ADD) {
            PythonBuiltinClassType base = ta.getBuiltinBase();
            if (base == PythonBuiltinClassType.PString || base == PythonBuiltinClassType.PList || base == PythonBuiltinClassType.PTuple) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "can only concatenate %s (not \"%s\") to %s", base.getName(), tb.getName(), base.getName());
            }
            if (base == PythonBuiltinClassType.PBytes || base == PythonBuiltinClassType.PByteArray) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "can't concat %s to %s", tb.getName(), ta.getName());
            }
        }
        return PRaise.raise(node, PythonBuiltinClassType.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op.getErrorSymbol(inplace), ta.getName(), tb.getName());
    }

    private static boolean isSequence(PythonClass t) {
        PythonBuiltinClassType base = t.getBuiltinBase();
        return base == PythonBuiltinClassType.PString || base == PythonBuiltinClassType.PList || base == PythonBuiltinClassType.PTuple || base == PythonBuiltinClassType.PBytes ||
                        base == PythonBuiltinClassType.PByteArray;
    }

    private static boolean isIndex(PythonClass t) {
        return t.getBuiltinBase() == PythonBuiltinClassType.PInt || t.getBuiltinBase() == PythonBuiltinClassType.PBool || t.lookup("__index__") != PNone.NO_VALUE;
    }
}
