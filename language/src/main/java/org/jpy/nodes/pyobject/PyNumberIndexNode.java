package org.jpy.nodes.pyobject;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code operator.index(obj)} ({@code PyNumber_Index}): an exact int ({@code Long}, normalized {@code BigInteger}),
 * {@code bool} as {@code 0}/{@code 1}, the int value of int subclasses, else {@code __index__}, which must return
 * an int. Error: "'X' object cannot be interpreted as an integer".
 */
@GenerateUncached
public abstract class PyNumberIndexNode extends Node {
    /** Returns a {@code Long} or {@code BigInteger}. */
    public abstract Object execute(Object obj);

    @NeverDefault
    public static PyNumberIndexNode create() {
        return PyNumberIndexNodeGen.create();
    }

    @Specialization
    static long doLong(long value) {
        return value;
    }

    @Specialization
    static long doBoolean(boolean value) {
        return value ? 1 : 0;
    }

    @Fallback
    static Object doGeneric(Object obj, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return indexGeneric(node, obj);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static Object indexGeneric(Node node, Object obj) {
        if (obj instanceof BigInteger) {
            return obj;
        }
        if (obj instanceof PythonObject po) {
            Object bv = po.getBuiltinValue();
            if (bv instanceof Long || bv instanceof BigInteger) {
                PythonClass type = GetClassNode.getPythonClassUncached(obj);
                Object descr = type.lookup("__index__");
                if (descr == PNone.NO_VALUE || descr instanceof org.jpy.objects.function.PBuiltinFunction) {
                    return bv;
                }
            }
        }
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__index__");
        if (descr == PNone.NO_VALUE || descr == PNone.NONE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object cannot be interpreted as an integer", type.getName());
        }
        Object r = CallFunctionNode.callMethodUncached(descr, obj, new Object[0]);
        if (r instanceof Long || r instanceof BigInteger) {
            return r;
        } else if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (r instanceof PythonObject po && (po.getBuiltinValue() instanceof Long || po.getBuiltinValue() instanceof BigInteger)) {
            return po.getBuiltinValue();
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__index__ returned non-int (type %T)", r);
    }

    /** Slow path {@code operator.index(obj)}. */
    @TruffleBoundary
    public static Object indexUncached(Object obj) {
        return PyNumberIndexNodeGen.getUncached().execute(obj);
    }

    /**
     * {@code PyNumber_AsSsize_t(obj, IndexError/OverflowError)}: the index as a Java {@code long}; values that do
     * not fit raise {@code errorType} ("cannot fit 'int' into an index-sized integer"), or clamp when
     * {@code errorType == null}.
     */
    @TruffleBoundary
    public static long asSize(Node node, Object obj, PythonBuiltinClassType errorType) {
        Object idx = obj instanceof Long l ? l : indexUncached(obj);
        if (idx instanceof Long l) {
            return l;
        }
        BigInteger bi = (BigInteger) idx;
        if (errorType == null) {
            return bi.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw PRaise.raise(node, errorType, "cannot fit '%T' into an index-sized integer", obj);
    }
}
