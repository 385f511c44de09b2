package org.jpy.nodes.pyobject;

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
 * {@code str(obj)} ({@code PyObject_Str}): a {@code str} is returned as is; {@code int}/{@code bool}/{@code float}
 * as their repr; otherwise {@code type(obj).__str__} (which must return a {@code str}), falling back to repr.
 */
@GenerateUncached
public abstract class PyObjectStrNode extends Node {
    public abstract String execute(Object obj);

    @NeverDefault
    public static PyObjectStrNode create() {
        return PyObjectStrNodeGen.create();
    }

    @Specialization
    static String doString(String value) {
        return value;
    }

    @Specialization
    static String doLong(long value) {
        return Long.toString(value);
    }

    @Specialization
    static String doBoolean(boolean value) {
        return value ? "True" : "False";
    }

    @Specialization
    static String doDouble(double value) {
        return BuiltinReprs.reprDouble(value);
    }

    @Fallback
    static String doGeneric(Object obj, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return strGeneric(node, obj);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static String strGeneric(Node node, Object obj) {
        if (!(obj instanceof PythonObject)) {
            return PyObjectReprNode.repr(obj);
        }
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__str__");
        if (descr == PNone.NO_VALUE) {
            return PyObjectReprNode.repr(obj);
        }
        Object result = CallFunctionNode.callMethodUncached(descr, obj, new Object[0]);
        if (result instanceof String s) {
            return s;
        }
        if (result instanceof PythonObject po && po.getBuiltinValue() instanceof String s) {
            return s;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__str__ returned non-string (type %T)", result);
    }

    /** Slow path {@code str(obj)}. */
    @TruffleBoundary
    public static String str(Object obj) {
        return PyObjectStrNodeGen.getUncached().execute(obj);
    }
}
