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
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PyHash;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code hash(obj)} ({@code PyObject_Hash}): CPython-compatible numeric hashes ({@link PyHash}), tuple hashes
 * (CPython's xxHash-based combination), otherwise {@code type(obj).__hash__}: {@code None} means unhashable
 * ("unhashable type: 'list'"), absence means identity hash (plain {@code object.__hash__}).
 */
@GenerateUncached
public abstract class PyObjectHashNode extends Node {
    public abstract long execute(Object obj);

    @NeverDefault
    public static PyObjectHashNode create() {
        return PyObjectHashNodeGen.create();
    }

    @Specialization
    static long doLong(long value) {
        return PyHash.hashLong(value);
    }

    @Specialization
    static long doBoolean(boolean value) {
        return value ? 1 : 0;
    }

    @Specialization
    static long doDouble(double value) {
        return PyHash.hashDouble(value);
    }

    @Specialization
    static long doString(String value) {
        return PyHash.hashString(value);
    }

    @Fallback
    static long doGeneric(Object obj, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return hashGeneric(node, obj);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static long hashGeneric(Node node, Object obj) {
        if (obj instanceof BigInteger bi) {
            return PyHash.hashBigInteger(bi);
        }
        if (!(obj instanceof PythonObject)) {
            return PyHash.hashIdentity(obj);
        }
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__hash__");
        if (descr == PNone.NONE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "unhashable type: '%s'", type.getName());
        }
        if (obj instanceof PTuple t && t.getStoredPythonClass() == PythonBuiltinClassType.PTuple && type.getDict().getItem("__hash__") == null) {
            // until tuple.__hash__ is defined by the tuple type itself
            return hashTuple(t.getArray());
        }
        if (descr == PNone.NO_VALUE) {
            return PyHash.hashIdentity(obj);
        }
        Object result = CallFunctionNode.callMethodUncached(descr, obj, new Object[0]);
        if (result instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (result instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (result instanceof BigInteger bi) {
            return PyHash.hashBigInteger(bi);
        } else if (result instanceof PythonObject po && po.getBuiltinValue() instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__hash__ method should return an integer");
    }

    /** CPython's tuple hash over the items' hashes. */
    @TruffleBoundary
    public static long hashTuple(Object[] items) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : items) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    /** Slow path {@code hash(obj)}. */
    @TruffleBoundary
    public static long hash(Object obj) {
        return PyObjectHashNodeGen.getUncached().execute(obj);
    }
}
