package org.jpy.nodes.pyobject;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PEllipsis;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code repr(obj)} ({@code PyObject_Repr}): direct for {@code int}, {@code bool}, {@code float}, {@code str},
 * {@code None}; otherwise {@code type(obj).__repr__}, which must return a {@code str}. Without any
 * {@code __repr__} in the MRO, falls back to {@code object.__repr__}'s {@code <module.Name object at 0x...>}.
 */
@GenerateUncached
public abstract class PyObjectReprNode extends Node {
    public abstract String execute(Object obj);

    @NeverDefault
    public static PyObjectReprNode create() {
        return PyObjectReprNodeGen.create();
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

    @Specialization
    static String doString(String value) {
        return BuiltinReprs.reprString(value);
    }

    @Fallback
    static String doGeneric(Object obj, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return reprGeneric(node, obj);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static String reprGeneric(Node node, Object obj) {
        if (obj instanceof BigInteger bi) {
            return bi.toString();
        } else if (obj == PNone.NONE) {
            return "None";
        } else if (obj instanceof PNotImplemented) {
            return "NotImplemented";
        } else if (obj instanceof PEllipsis) {
            return "Ellipsis";
        }
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__repr__");
        if (descr == PNone.NO_VALUE) {
            return defaultRepr(obj);
        }
        Object result = CallFunctionNode.callMethodUncached(descr, obj, new Object[0]);
        if (result instanceof String s) {
            return s;
        }
        if (result instanceof PythonObject po && po.getBuiltinValue() instanceof String s) {
            return s;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__repr__ returned non-string (type %T)", result);
    }

    /** {@code object.__repr__}: {@code <module.QualName object at 0x...>}. */
    @TruffleBoundary
    public static String defaultRepr(Object obj) {
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object module = type.getModuleName();
        String prefix = module instanceof String m && !m.equals("builtins") ? m + "." : "";
        return String.format("<%s%s object at 0x%x>", prefix, type.getQualName(), IdentityIds.id(obj));
    }

    /** Slow path {@code repr(obj)}. */
    @TruffleBoundary
    public static String repr(Object obj) {
        return PyObjectReprNodeGen.getUncached().execute(obj);
    }
}
