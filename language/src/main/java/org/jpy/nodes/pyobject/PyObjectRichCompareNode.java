package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.objects.function.PFunction;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code a op b} for the six comparisons ({@code PyObject_RichCompare}); the result may be any object. Ints,
 * floats and strings compare directly. Otherwise CPython's protocol: the right operand's reflected method first
 * if its type is a proper subclass of the left's and overrides it, then {@code a.__op__(b)}, then
 * {@code b.__rop__(a)}; {@code ==}/{@code !=} fall back to identity; anything else raises
 * "'<' not supported between instances of 'A' and 'B'". Boolean results: {@link #compareBoolUncached} or a {@link PyObjectIsTrueNode} on the result.
 */
@GenerateUncached
public abstract class PyObjectRichCompareNode extends Node {
    public abstract Object execute(Object a, Object b, RichCmpOp op);

    @NeverDefault
    public static PyObjectRichCompareNode create() {
        return PyObjectRichCompareNodeGen.create();
    }

    public static PyObjectRichCompareNode getUncached() {
        return PyObjectRichCompareNodeGen.getUncached();
    }

    @Specialization
    static boolean doLong(long a, long b, RichCmpOp op) {
        return op.test(Long.compare(a, b));
    }

    @Specialization
    static boolean doDouble(double a, double b, RichCmpOp op) {
        switch (op) {
            case LT:
                return a < b;
            case LE:
                return a <= b;
            case EQ:
                return a == b;
            case NE:
                return a != b;
            case GT:
                return a > b;
            default:
                return a >= b;
        }
    }

    @Specialization
    static boolean doLongDouble(long a, double b, RichCmpOp op) {
        if (Math.abs(a) < (1L << 53)) {
            return doDouble(a, b, op);
        }
        return NumericCompare.compare(a, b, op);
    }

    @Specialization
    static boolean doDoubleLong(double a, long b, RichCmpOp op) {
        if (Math.abs(b) < (1L << 53)) {
            return doDouble(a, b, op);
        }
        return NumericCompare.compare(a, b, op);
    }

    @Specialization
    static boolean doString(String a, String b, RichCmpOp op) {
        if (op == RichCmpOp.EQ) {
            return a.equals(b);
        } else if (op == RichCmpOp.NE) {
            return !a.equals(b);
        }
        return op.test(compareStrings(a, b));
    }

    @TruffleBoundary
    private static int compareStrings(String a, String b) {
        return a.compareTo(b);
    }

    /** Same-class instances with a Python-level {@code __op__}: direct cached call (see {@link PyNumberBinaryOpNode}). */
    @Specialization
    static Object doObject(PythonObject a, Object b, RichCmpOp op,
                    @Bind("$node") Node node,
                    @Cached GetClassNode getClassA,
                    @Cached GetClassNode getClassB,
                    @Cached LookupAttributeInMRONode lookupOp,
                    @Cached CallFunctionNode callOp) {
        PythonClass ta = getClassA.execute(a);
        if (ta.isHeapType() && ta == getClassB.execute(b)) {
            Object descr = lookupOp.execute(ta, op.getMethodName());
            if (descr instanceof PFunction) {
                Object r = callOp.execute(descr, a, new Object[]{b}, org.jpy.runtime.PKeyword.EMPTY);
                if (r != PNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                // same type: CPython still tries b's reflected method, then the ==/!= identity fallback
                Object rdescr = lookupOp.execute(ta, op.reflected().getMethodName());
                if (rdescr instanceof PFunction) {
                    r = callOp.execute(rdescr, b, new Object[]{a}, org.jpy.runtime.PKeyword.EMPTY);
                    if (r != PNotImplemented.NOT_IMPLEMENTED) {
                        return r;
                    }
                } else if (!(rdescr == PNone.NO_VALUE || rdescr instanceof PBuiltinFunction)) {
                    return compareGenericAfterFirst(node, a, b, op);
                }
                if (op == RichCmpOp.EQ) {
                    return a == b;
                } else if (op == RichCmpOp.NE) {
                    return a != b;
                }
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' not supported between instances of '%s' and '%s'", op.getSymbol(), ta.getName(), ta.getName());
            }
        }
        return doGeneric(a, b, op, node);
    }

    @Fallback
    static Object doGeneric(Object a, Object b, RichCmpOp op, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return compareGeneric(node, a, b, op);
        } finally {
            CallLocation.exit(prev);
        }
    }

    /** The rest of the protocol after {@code a.__op__(b)} returned NotImplemented (same types). */
    @TruffleBoundary
    private static Object compareGenericAfterFirst(Node node, Object a, Object b, RichCmpOp op) {
        PythonClass t = GetClassNode.getPythonClassUncached(a);
        Object rdescr = t.lookup(op.reflected().getMethodName());
        if (rdescr != PNone.NO_VALUE) {
            Object r = CallFunctionNode.callMethodUncached(rdescr, b, new Object[]{a});
            if (r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == RichCmpOp.EQ) {
            return a == b;
        } else if (op == RichCmpOp.NE) {
            return a != b;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' not supported between instances of '%s' and '%s'", op.getSymbol(), t.getName(), t.getName());
    }

    @TruffleBoundary
    static Object compareGeneric(Node node, Object a, Object b, RichCmpOp op) {
        if (NumericCompare.isNumber(a) && NumericCompare.isNumber(b)) {
            return NumericCompare.compare(a, b, op);
        }
        if (a instanceof String sa && b instanceof String sb) {
            return doString(sa, sb, op);
        }
        PythonClass ta = GetClassNode.getPythonClassUncached(a);
        PythonClass tb = GetClassNode.getPythonClassUncached(b);
        boolean checkedReverse = false;
        RichCmpOp rop = op.reflected();
        if (ta != tb && tb.isSubtypeOf(ta)) {
            Object rdescr = tb.lookup(rop.getMethodName());
            if (rdescr != PNone.NO_VALUE && rdescr != ta.lookup(rop.getMethodName())) {
                checkedReverse = true;
                Object r = CallFunctionNode.callMethodUncached(rdescr, b, new Object[]{a});
                if (r != PNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        Object descr = ta.lookup(op.getMethodName());
        if (descr != PNone.NO_VALUE) {
            Object r = CallFunctionNode.callMethodUncached(descr, a, new Object[]{b});
            if (r != PNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            Object rdescr = tb.lookup(rop.getMethodName());
            if (rdescr != PNone.NO_VALUE) {
                Object r = CallFunctionNode.callMethodUncached(rdescr, b, new Object[]{a});
                if (r != PNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if ((op == RichCmpOp.EQ || op == RichCmpOp.NE) && a instanceof org.jpy.objects.tuple.PTuple t1 && b instanceof org.jpy.objects.tuple.PTuple t2 &&
                        t1.getStoredPythonClass() == PythonBuiltinClassType.PTuple && t2.getStoredPythonClass() == PythonBuiltinClassType.PTuple) {
            // elementwise equality of exact tuples even before tuple.__eq__ exists (dict keys need it)
            boolean eq = t1.size() == t2.size();
            for (int i = 0; eq && i < t1.size(); i++) {
                eq = equalsUncached(t1.get(i), t2.get(i));
            }
            return op == RichCmpOp.EQ ? eq : !eq;
        }
        if (op == RichCmpOp.EQ) {
            return a == b;
        } else if (op == RichCmpOp.NE) {
            return a != b;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' not supported between instances of '%s' and '%s'", op.getSymbol(), ta.getName(), tb.getName());
    }

    /** {@code bool(a op b)}. For {@code ==}, identity implies equality (as containers compare elements). */
    @TruffleBoundary
    public static boolean compareBoolUncached(Object a, Object b, RichCmpOp op) {
        return PyObjectIsTrueNode.isTrue(getUncached().execute(a, b, op));
    }

    /** Container-style equality {@code a is b or a == b} (slow path). */
    @TruffleBoundary
    public static boolean equalsUncached(Object a, Object b) {
        return a == b || compareBoolUncached(a, b, RichCmpOp.EQ);
    }
}
