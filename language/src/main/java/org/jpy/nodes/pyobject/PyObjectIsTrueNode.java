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
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.set.PBaseSet;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code bool(obj)} ({@code PyObject_IsTrue}): direct for the builtin values and exact builtin containers;
 * otherwise {@code __bool__} (must return a {@code bool}), then {@code __len__}, else true.
 */
@GenerateUncached
public abstract class PyObjectIsTrueNode extends Node {
    public abstract boolean execute(Object obj);

    @NeverDefault
    public static PyObjectIsTrueNode create() {
        return PyObjectIsTrueNodeGen.create();
    }

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

    @Specialization(guards = "isBuiltin(list)")
    static boolean doList(PList list) {
        return list.size() != 0;
    }

    @Specialization(guards = "isBuiltin(tuple)")
    static boolean doTuple(PTuple tuple) {
        return tuple.size() != 0;
    }

    @Specialization(guards = "isBuiltin(dict)")
    static boolean doDict(PDict dict) {
        return dict.size() != 0;
    }

    static boolean isBuiltin(PythonObject o) {
        return o.getStoredPythonClass() instanceof PythonBuiltinClassType;
    }

    @Fallback
    static boolean doGeneric(Object obj, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return isTrueGeneric(node, obj);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static boolean isTrueGeneric(Node node, Object obj) {
        if (obj == PNone.NONE) {
            return false;
        } else if (obj instanceof BigInteger bi) {
            return bi.signum() != 0;
        } else if (obj instanceof Boolean b) {
            return b;
        }
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object boolDescr = type.lookup("__bool__");
        if (boolDescr != PNone.NO_VALUE && boolDescr != PNone.NONE) {
            Object r = CallFunctionNode.callMethodUncached(boolDescr, obj, new Object[0]);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__bool__ should return bool, returned %T", r);
        }
        Object lenDescr = type.lookup("__len__");
        if (lenDescr != PNone.NO_VALUE && lenDescr != PNone.NONE) {
            Object r = CallFunctionNode.callMethodUncached(lenDescr, obj, new Object[0]);
            return PyObjectSizeNode.checkLenResult(node, r) != 0;
        }
        if (obj instanceof PBaseSet s && s.getStoredPythonClass() instanceof PythonBuiltinClassType) {
            return s.size() != 0;
        } else if (obj instanceof PBytes b && b.getStoredPythonClass() instanceof PythonBuiltinClassType) {
            return b.size() != 0;
        } else if (obj instanceof PythonObject po && po.getBuiltinValue() != null) {
            return isTrue(po.getBuiltinValue());
        }
        return true;
    }

    /** Slow path {@code bool(obj)}. */
    @TruffleBoundary
    public static boolean isTrue(Object obj) {
        return PyObjectIsTrueNodeGen.getUncached().execute(obj);
    }
}
