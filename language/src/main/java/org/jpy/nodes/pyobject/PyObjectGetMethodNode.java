package org.jpy.nodes.pyobject;

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
import org.jpy.objects.function.PFunction;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The first half of {@code obj.name(args)} without allocating a bound method (CPython's {@code LOAD_ATTR} method
 * form): when the attribute is a plain function or method descriptor found on the type and not shadowed by the
 * instance, returns that function, to be called with {@code obj} prepended. Otherwise returns a
 * {@link BoundDescriptor} wrapping the ordinary attribute value, to be called without {@code obj}.
 * Use {@link CallFunctionNode#execute} with {@code self = obj} for the first case.
 */
@GenerateUncached
public abstract class PyObjectGetMethodNode extends Node {
    /** An attribute that is not an unbound method: call {@link #value()} as is. */
    public record BoundDescriptor(Object value) {
    }

    public abstract Object execute(Object obj, Object name);

    @NeverDefault
    public static PyObjectGetMethodNode create() {
        return PyObjectGetMethodNodeGen.create();
    }

    @Specialization
    static Object doIt(Object obj, Object name,
                    @Bind("$node") Node node,
                    @Cached GetClassNode getClass,
                    @Cached LookupAttributeInMRONode lookupGetAttribute,
                    @Cached LookupAttributeInMRONode lookupInType,
                    @Cached ReadAttributeFromObjectNode readInstance,
                    @Cached PyObjectGetAttrNode getAttr) {
        if (obj instanceof PythonClass) {
            return new BoundDescriptor(getAttr.execute(obj, name));
        }
        PythonClass type = getClass.execute(obj);
        Object ga = lookupGetAttribute.execute(type, "__getattribute__");
        if (!(ga == PNone.NO_VALUE || ga instanceof PBuiltinFunction bf && bf.isDefaultSlot())) {
            return new BoundDescriptor(getAttr.execute(obj, name));
        }
        Object descr = lookupInType.execute(type, name);
        boolean isMethod = descr instanceof PFunction || descr instanceof PBuiltinFunction bf && isMethodDescriptor(bf);
        if (!isMethod) {
            return new BoundDescriptor(getAttr.execute(obj, name));
        }
        if (obj instanceof PythonObject po) {
            Object v = readInstance.execute(po, name);
            if (v != PNone.NO_VALUE) {
                return new BoundDescriptor(v);
            }
        }
        return descr;
    }

    private static boolean isMethodDescriptor(PBuiltinFunction bf) {
        Object c = bf.getStoredPythonClass();
        return c == PythonBuiltinClassType.PMethodDescriptor || c == PythonBuiltinClassType.PWrapperDescriptor;
    }
}
