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
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code type(x)} for any value: JVM primitives map to their builtin class, {@link PythonObject}s store theirs
 * (resolved through the context when stored as a {@link PythonBuiltinClassType}). Foreign (non-Python)
 * values are reported as {@code object} for now.
 */
@GenerateUncached
public abstract class GetClassNode extends Node {
    public abstract PythonClass execute(Object value);

    @NeverDefault
    public static GetClassNode create() {
        return GetClassNodeGen.create();
    }

    public static GetClassNode getUncached() {
        return GetClassNodeGen.getUncached();
    }

    @Specialization
    static PythonClass doLong(@SuppressWarnings("unused") Long value, @Bind("$node") Node node) {
        return JpyContext.get(node).lookupType(PythonBuiltinClassType.PInt);
    }

    @Specialization
    static PythonClass doBoolean(@SuppressWarnings("unused") Boolean value, @Bind("$node") Node node) {
        return JpyContext.get(node).lookupType(PythonBuiltinClassType.PBool);
    }

    @Specialization
    static PythonClass doDouble(@SuppressWarnings("unused") Double value, @Bind("$node") Node node) {
        return JpyContext.get(node).lookupType(PythonBuiltinClassType.PFloat);
    }

    @Specialization
    static PythonClass doString(@SuppressWarnings("unused") String value, @Bind("$node") Node node) {
        return JpyContext.get(node).lookupType(PythonBuiltinClassType.PString);
    }

    @Specialization
    static PythonClass doPythonObject(PythonObject value, @Bind("$node") Node node) {
        Object c = value.getStoredPythonClass();
        if (c instanceof PythonClass pc) {
            return pc;
        }
        return JpyContext.get(node).lookupType((PythonBuiltinClassType) c);
    }

    @Fallback
    static PythonClass doOther(Object value, @Bind("$node") Node node) {
        return JpyContext.get(node).lookupType(builtinClassOfOther(value));
    }

    private static PythonBuiltinClassType builtinClassOfOther(Object value) {
        if (value instanceof BigInteger) {
            return PythonBuiltinClassType.PInt;
        } else if (value == PNone.NONE) {
            return PythonBuiltinClassType.PNone;
        } else if (value instanceof PNotImplemented) {
            return PythonBuiltinClassType.PNotImplemented;
        } else if (value instanceof PEllipsis) {
            return PythonBuiltinClassType.PEllipsis;
        } else if (value instanceof Integer) {
            return PythonBuiltinClassType.PInt;
        }
        return PythonBuiltinClassType.PythonObject;
    }

    /** Slow path {@code type(x)}. */
    @TruffleBoundary
    public static PythonClass getPythonClassUncached(Object value) {
        return getUncached().execute(value);
    }

    /** The builtin type (enum) of a value when statically known without the context, else {@code null}. */
    public static PythonBuiltinClassType getBuiltinClassType(Object value) {
        if (value instanceof Long || value instanceof BigInteger) {
            return PythonBuiltinClassType.PInt;
        } else if (value instanceof Boolean) {
            return PythonBuiltinClassType.PBool;
        } else if (value instanceof Double) {
            return PythonBuiltinClassType.PFloat;
        } else if (value instanceof String) {
            return PythonBuiltinClassType.PString;
        } else if (value instanceof PythonObject po) {
            Object c = po.getStoredPythonClass();
            return c instanceof PythonBuiltinClassType bt ? bt : ((PythonClass) c).getBuiltinType();
        }
        return builtinClassOfOther(value);
    }
}
