package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code obj.name = value} and, with {@code value == null}, {@code del obj.name} ({@code PyObject_SetAttr}).
 * Unless {@code __setattr__}/{@code __delattr__} is overridden: a data descriptor on the type handles it,
 * otherwise the instance storage. Classes use {@code type.__setattr__} semantics: builtin (immutable) types
 * refuse, heap types write their namespace and invalidate cached look-ups in all subclasses.
 */
@GenerateUncached
public abstract class PyObjectSetAttrNode extends Node {
    /** {@code value == null} deletes. */
    public abstract void execute(Object obj, Object name, Object value);

    public final void delete(Object obj, Object name) {
        execute(obj, name, null);
    }

    @NeverDefault
    public static PyObjectSetAttrNode create() {
        return PyObjectSetAttrNodeGen.create();
    }

    public static PyObjectSetAttrNode getUncached() {
        return PyObjectSetAttrNodeGen.getUncached();
    }

    @Specialization
    static void doGeneric(Object obj, Object name, Object value,
                    @Bind("$node") Node node,
                    @Cached GetClassNode getClass,
                    @Cached LookupAttributeInMRONode lookupSetAttr,
                    @Cached LookupAttributeInMRONode lookupInType,
                    @Cached WriteAttributeToObjectNode write) {
        PythonClass type = getClass.execute(obj);
        Object sa = lookupSetAttr.execute(type, value == null ? "__delattr__" : "__setattr__");
        if (!(sa == PNone.NO_VALUE || sa instanceof PBuiltinFunction bf && bf.isDefaultSlot())) {
            Node prev = CallLocation.enter(node);
            try {
                callCustom(sa, obj, name, value);
            } finally {
                CallLocation.exit(prev);
            }
            return;
        }
        genericSetAttr(node, obj, name, value, type, lookupInType, write);
    }

    /** {@code object.__setattr__} / {@code object.__delattr__} / {@code type.__setattr__} without override checks. */
    public static void genericSetAttr(Node node, Object obj, Object name, Object value, PythonClass type, LookupAttributeInMRONode lookupInType, WriteAttributeToObjectNode write) {
        if (!(name instanceof String)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "attribute name must be string, not '%T'", name);
        }
        Object descr = lookupInType.execute(type, name);
        if (descr != PNone.NO_VALUE && Descriptors.isDataDescriptor(descr)) {
            Descriptors.set(node, descr, obj, value, name);
            return;
        }
        if (obj instanceof PythonClass cls) {
            setClassAttribute(node, cls, (String) name, value);
            return;
        }
        if (obj instanceof PythonObject po && (po.getDict() != null || allowsInstanceAttributes(type))) {
            if (!write.execute(po, name, value)) {
                throw PyObjectGetAttrNode.raiseAttributeError(node, obj, name);
            }
            return;
        }
        throw noInstanceAttributes(node, obj, name, descr);
    }

    private static boolean allowsInstanceAttributes(PythonClass type) {
        return type.instancesHaveDict();
    }

    @TruffleBoundary
    private static RuntimeException noInstanceAttributes(Node node, Object obj, Object name, Object descr) {
        if (descr != PNone.NO_VALUE) {
            return PRaise.raise(node, PythonBuiltinClassType.AttributeError, "'%T' object attribute '%s' is read-only", obj, name);
        }
        return PyObjectGetAttrNode.raiseAttributeError(node, obj, name);
    }

    @TruffleBoundary
    private static void setClassAttribute(Node node, PythonClass cls, String name, Object value) {
        if (!cls.isHeapType()) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, cls.getName());
        }
        if (value == null) {
            if (!cls.deleteAttribute(name)) {
                throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "type object '%s' has no attribute '%s'", cls.getName(), name);
            }
        } else {
            cls.setAttribute(name, value);
        }
    }

    @TruffleBoundary
    private static void callCustom(Object sa, Object obj, Object name, Object value) {
        if (value == null) {
            CallFunctionNode.callMethodUncached(sa, obj, new Object[]{name});
        } else {
            CallFunctionNode.callMethodUncached(sa, obj, new Object[]{name, value});
        }
    }

    /** Slow path {@code setattr(obj, name, value)}; {@code value == null} deletes. */
    @TruffleBoundary
    public static void setAttributeUncached(Object obj, Object name, Object value) {
        getUncached().execute(obj, name, value);
    }
}
