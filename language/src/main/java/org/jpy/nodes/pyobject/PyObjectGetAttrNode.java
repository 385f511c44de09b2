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
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.descriptor.PProperty;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.function.PFunction;
import org.jpy.runtime.PKeyword;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code obj.name} ({@code PyObject_GetAttr}). Unless {@code type(obj)} overrides {@code __getattribute__},
 * runs the generic algorithm inline: data descriptor on the type, then the instance's own attributes, then
 * non-data descriptor / plain class attribute, then {@code __getattr__}. For classes it is
 * {@code type.__getattribute__}: metaclass data descriptors, then the class's MRO (binding with no instance),
 * then the metaclass. Class look-ups are cached per class under the class's assumption
 * ({@link LookupAttributeInMRONode}), so {@code self.method} compiles to a shape check plus a constant.
 *
 * <p>{@link #executeOrNoValue} returns {@code PNone.NO_VALUE} instead of raising AttributeError (for
 * {@code getattr(x, n, default)}, {@code hasattr}).
 */
@GenerateUncached
public abstract class PyObjectGetAttrNode extends Node {
    /** Returns the attribute or raises AttributeError. */
    public final Object execute(Object obj, Object name) {
        Object result = executeInternal(obj, name, true);
        return result;
    }

    /** Returns the attribute or {@code PNone.NO_VALUE} (only AttributeError is swallowed). */
    public final Object executeOrNoValue(Object obj, Object name) {
        try {
            return executeInternal(obj, name, false);
        } catch (PException e) {
            // like getattr(obj, name, default): AttributeError raised by descriptors counts as missing
            if (isAttributeError(e)) {
                return PNone.NO_VALUE;
            }
            throw e;
        }
    }

    @TruffleBoundary
    private static boolean isAttributeError(PException e) {
        return e.isInstanceOf(PythonBuiltinClassType.AttributeError);
    }

    protected abstract Object executeInternal(Object obj, Object name, boolean raise);

    private static final Object[] EMPTY = new Object[0];

    @NeverDefault
    public static PyObjectGetAttrNode create() {
        return PyObjectGetAttrNodeGen.create();
    }

    @Specialization
    static Object doGeneric(Object obj, Object name, boolean raise,
                    @Bind("$node") Node node,
                    @Cached GetClassNode getClass,
                    @Cached LookupAttributeInMRONode lookupGetAttribute,
                    @Cached LookupAttributeInMRONode lookupInType,
                    @Cached LookupAttributeInMRONode lookupInClass,
                    @Cached ReadAttributeFromObjectNode readInstance,
                    @Cached CallFunctionNode callAccessor) {
        PythonClass type = getClass.execute(obj);
        Object ga = lookupGetAttribute.execute(type, "__getattribute__");
        if (!(ga == PNone.NO_VALUE || ga instanceof PBuiltinFunction bf && bf.isDefaultSlot())) {
            Node prev = CallLocation.enter(node);
            try {
                return customGetAttribute(node, ga, obj, name, type, raise);
            } finally {
                CallLocation.exit(prev);
            }
        }
        Object descr = lookupInType.execute(type, name);
        if (descr != PNone.NO_VALUE && Descriptors.isDataDescriptor(descr)) {
            // inline the common builtin data descriptors so their accessors are direct calls
            if (descr instanceof PProperty p && p.getFget() instanceof PFunction fget && !(obj instanceof PythonClass)) {
                return callAccessor.execute(fget, obj, EMPTY, PKeyword.EMPTY);
            } else if (descr instanceof GetSetDescriptor gs && !(obj instanceof PythonClass && gs.getOwnerType() != PythonBuiltinClassType.PythonClass)) {
                return callAccessor.execute(gs.getAccessor(), obj, new Object[]{PNone.NO_VALUE}, PKeyword.EMPTY);
            }
            return Descriptors.get(node, descr, obj, type);
        }
        if (obj instanceof PythonClass cls) {
            Object attr = lookupInClass.execute(cls, name);
            if (attr != PNone.NO_VALUE) {
                return Descriptors.hasGet(attr) ? Descriptors.get(node, attr, null, cls) : attr;
            }
        } else if (obj instanceof PythonObject po) {
            Object v = readInstance.execute(po, name);
            if (v != PNone.NO_VALUE) {
                return v;
            }
        }
        if (descr != PNone.NO_VALUE) {
            return Descriptors.hasGet(descr) ? Descriptors.get(node, descr, obj, type) : descr;
        }
        Node prev = CallLocation.enter(node);
        try {
            return attributeMissing(node, obj, name, type, raise);
        } finally {
            CallLocation.exit(prev);
        }
    }

    /**
     * {@code object.__getattribute__} / {@code type.__getattribute__} without looking for overrides (what those
     * builtins run when called explicitly, e.g. from an overriding {@code __getattribute__}). No {@code __getattr__}.
     */
    @TruffleBoundary
    public static Object genericGetAttribute(Node node, Object obj, Object name, boolean raise) {
        if (!(name instanceof String)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "attribute name must be string, not '%T'", name);
        }
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup(name);
        if (descr != PNone.NO_VALUE && Descriptors.isDataDescriptor(descr)) {
            return Descriptors.get(node, descr, obj, type);
        }
        if (obj instanceof PythonClass cls) {
            Object attr = cls.lookup(name);
            if (attr != PNone.NO_VALUE) {
                return Descriptors.hasGet(attr) ? Descriptors.get(node, attr, null, cls) : attr;
            }
        } else if (obj instanceof PythonObject po) {
            Object v = po.readAttribute((String) name);
            if (v != PNone.NO_VALUE) {
                return v;
            }
        }
        if (descr != PNone.NO_VALUE) {
            return Descriptors.hasGet(descr) ? Descriptors.get(node, descr, obj, type) : descr;
        }
        if (!raise) {
            return PNone.NO_VALUE;
        }
        throw raiseAttributeError(node, obj, name);
    }

    @TruffleBoundary
    private static Object customGetAttribute(Node node, Object ga, Object obj, Object name, PythonClass type, boolean raise) {
        try {
            return CallFunctionNode.callMethodUncached(ga, obj, new Object[]{name});
        } catch (PException e) {
            if (!e.isInstanceOf(PythonBuiltinClassType.AttributeError)) {
                throw e;
            }
            Object getattr = type.lookup("__getattr__");
            if (getattr != PNone.NO_VALUE) {
                if (!raise) {
                    return callGetattrOrNoValue(getattr, obj, name);
                }
                return CallFunctionNode.callMethodUncached(getattr, obj, new Object[]{name});
            }
            if (!raise) {
                return PNone.NO_VALUE;
            }
            throw e;
        }
    }

    @TruffleBoundary
    private static Object callGetattrOrNoValue(Object getattr, Object obj, Object name) {
        try {
            return CallFunctionNode.callMethodUncached(getattr, obj, new Object[]{name});
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.AttributeError)) {
                return PNone.NO_VALUE;
            }
            throw e;
        }
    }

    /** {@code __getattr__} hook (and module-level {@code __getattr__}), else AttributeError / {@code NO_VALUE}. */
    @TruffleBoundary
    static Object attributeMissing(Node node, Object obj, Object name, PythonClass type, boolean raise) {
        Object getattr = type.lookup("__getattr__");
        if (getattr != PNone.NO_VALUE) {
            return raise ? CallFunctionNode.callMethodUncached(getattr, obj, new Object[]{name}) : callGetattrOrNoValue(getattr, obj, name);
        }
        if (obj instanceof PythonModule m) {
            Object modGetattr = m.getDict().getItem("__getattr__");
            if (modGetattr != null) {
                if (!raise) {
                    try {
                        return PyObjectCallNode.callUncached(modGetattr, name);
                    } catch (PException e) {
                        if (e.isInstanceOf(PythonBuiltinClassType.AttributeError)) {
                            return PNone.NO_VALUE;
                        }
                        throw e;
                    }
                }
                return PyObjectCallNode.callUncached(modGetattr, name);
            }
        }
        if (!raise) {
            return PNone.NO_VALUE;
        }
        throw raiseAttributeError(node, obj, name);
    }

    /** CPython's AttributeError for a missing attribute, with {@code name} and {@code obj} set. */
    @TruffleBoundary
    public static PException raiseAttributeError(Node node, Object obj, Object name) {
        PException e;
        if (obj instanceof PythonClass cls) {
            e = PRaise.raise(node, PythonBuiltinClassType.AttributeError, "type object '%s' has no attribute %r", cls.getName(), name);
        } else if (obj instanceof PythonModule m) {
            e = PRaise.raise(node, PythonBuiltinClassType.AttributeError, "module '%s' has no attribute %r", m.getName(), name);
        } else {
            e = PRaise.raise(node, PythonBuiltinClassType.AttributeError, "'%T' object has no attribute %r", obj, name);
        }
        PBaseException exc = e.getPythonException();
        exc.setExtra(new Object[]{name, obj});
        return e;
    }

    /** Slow path {@code getattr(obj, name)}. */
    @TruffleBoundary
    public static Object getAttributeUncached(Object obj, Object name) {
        return PyObjectGetAttrNodeGen.getUncached().execute(obj, name);
    }

    /** Slow path {@code getattr(obj, name, <missing>)} returning {@code PNone.NO_VALUE}. */
    @TruffleBoundary
    public static Object lookupAttributeUncached(Object obj, Object name) {
        return PyObjectGetAttrNodeGen.getUncached().executeOrNoValue(obj, name);
    }
}
