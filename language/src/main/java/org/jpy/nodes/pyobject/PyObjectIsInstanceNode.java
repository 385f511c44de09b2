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
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code isinstance(obj, cls)} ({@code PyObject_IsInstance}): exact-type hit first; a tuple means "any of";
 * a class whose metaclass does not override {@code __instancecheck__} is an MRO check; otherwise the
 * metaclass's {@code __instancecheck__} decides (ABCs). Also {@link #isSubclass} ({@code PyObject_IsSubclass}).
 */
@GenerateUncached
public abstract class PyObjectIsInstanceNode extends Node {
    public abstract boolean execute(Object obj, Object cls);

    @NeverDefault
    public static PyObjectIsInstanceNode create() {
        return PyObjectIsInstanceNodeGen.create();
    }

    @Specialization
    static boolean doClass(Object obj, PythonClass cls,
                    @Bind("$node") Node node,
                    @Cached GetClassNode getClass,
                    @Cached GetClassNode getMeta,
                    @Cached LookupAttributeInMRONode lookupCheck) {
        PythonClass type = getClass.execute(obj);
        if (type == cls) {
            return true;
        }
        Object check = lookupCheck.execute(getMeta.execute(cls), "__instancecheck__");
        if (check == PNone.NO_VALUE || check instanceof PBuiltinFunction bf && bf.isDefaultSlot()) {
            return type.isSubtypeOf(cls) || isInstanceViaDunderClass(obj, cls, type);
        }
        return callCheck(check, cls, obj);
    }

    @Specialization(replaces = "doClass")
    static boolean doGeneric(Object obj, Object cls, @Bind("$node") Node node) {
        return isInstance(node, obj, cls);
    }

    @TruffleBoundary
    private static boolean callCheck(Object check, Object cls, Object arg) {
        return PyObjectIsTrueNode.isTrue(CallFunctionNode.callMethodUncached(check, cls, new Object[]{arg}));
    }

    /** CPython also accepts {@code obj.__class__} when it differs from {@code type(obj)} (proxies). */
    @TruffleBoundary
    private static boolean isInstanceViaDunderClass(Object obj, PythonClass cls, PythonClass type) {
        if (!(obj instanceof org.jpy.objects.PythonObject) || type.getBuiltinType() != null) {
            return false;
        }
        Object c = PyObjectGetAttrNode.lookupAttributeUncached(obj, "__class__");
        return c != type && c instanceof PythonClass pc && pc.isSubtypeOf(cls);
    }

    /** Slow path {@code isinstance(obj, cls)}. */
    @TruffleBoundary
    public static boolean isInstance(Node node, Object obj, Object cls) {
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        if (type == cls) {
            return true;
        }
        if (cls instanceof PythonClass pc) {
            Object check = GetClassNode.getPythonClassUncached(pc).lookup("__instancecheck__");
            if (check == PNone.NO_VALUE || check instanceof PBuiltinFunction bf && bf.isDefaultSlot()) {
                return type.isSubtypeOf(pc) || isInstanceViaDunderClass(obj, pc, type);
            }
            return callCheck(check, cls, obj);
        }
        if (cls instanceof PTuple t) {
            for (Object c : t.getArray()) {
                if (isInstance(node, obj, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = GetClassNode.getPythonClassUncached(cls).lookup("__instancecheck__");
        if (check != PNone.NO_VALUE) {
            return callCheck(check, cls, obj);
        }
        if (PyObjectGetAttrNode.lookupAttributeUncached(cls, "__bases__") instanceof PTuple) {
            Object c = PyObjectGetAttrNode.lookupAttributeUncached(obj, "__class__");
            return c != PNone.NO_VALUE && isSubclass(node, c, cls);
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** Slow path {@code issubclass(derived, cls)}. */
    @TruffleBoundary
    public static boolean isSubclass(Node node, Object derived, Object cls) {
        if (cls instanceof PythonClass pc) {
            Object check = GetClassNode.getPythonClassUncached(pc).lookup("__subclasscheck__");
            if (!(check == PNone.NO_VALUE || check instanceof PBuiltinFunction bf && bf.isDefaultSlot())) {
                return callCheck(check, cls, derived);
            }
            if (derived instanceof PythonClass d) {
                return d.isSubtypeOf(pc);
            }
            if (!(PyObjectGetAttrNode.lookupAttributeUncached(derived, "__bases__") instanceof PTuple)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "issubclass() arg 1 must be a class");
            }
            return abstractIsSubclass(derived, cls);
        }
        if (cls instanceof PTuple t) {
            for (Object c : t.getArray()) {
                if (isSubclass(node, derived, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = GetClassNode.getPythonClassUncached(cls).lookup("__subclasscheck__");
        if (check != PNone.NO_VALUE) {
            return callCheck(check, cls, derived);
        }
        if (!(PyObjectGetAttrNode.lookupAttributeUncached(derived, "__bases__") instanceof PTuple)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "issubclass() arg 1 must be a class");
        }
        if (!(PyObjectGetAttrNode.lookupAttributeUncached(cls, "__bases__") instanceof PTuple)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    private static boolean abstractIsSubclass(Object derived, Object cls) {
        if (derived == cls) {
            return true;
        }
        if (derived instanceof PythonClass d && cls instanceof PythonClass c) {
            return d.isSubtypeOf(c);
        }
        Object bases = PyObjectGetAttrNode.lookupAttributeUncached(derived, "__bases__");
        if (bases instanceof PTuple t) {
            for (Object b : t.getArray()) {
                if (abstractIsSubclass(b, cls)) {
                    return true;
                }
            }
        }
        return false;
    }
}
