package org.jpy.runtime.formatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code format(value, spec)} ({@code PyObject_Format}): calls {@code type(value).__format__} and checks the result. */
public final class BuiltinFormat {
    private BuiltinFormat() {
    }

    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (spec.isEmpty()) {
            if (value instanceof String s) {
                return s;
            }
        }
        PythonClass type = GetClassNode.getPythonClassUncached(value);
        Object m = type.lookup("__format__");
        if (m == PNone.NO_VALUE || m == PNone.NONE) {
            throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "Type %s doesn't define __format__", type.getName());
        }
        Object r = CallFunctionNode.callMethodUncached(m, value, new Object[]{spec});
        if (r instanceof String s) {
            return s;
        }
        if (r instanceof PythonObject po && po.getBuiltinValue() instanceof String s) {
            return s;
        }
        throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__format__ must return a str, not %s", GetClassNode.getPythonClassUncached(r).getName());
    }
}
