package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;

/**
 * Looks up a special method on {@code type(obj)} (never on the instance, like CPython's {@code _PyObject_LookupSpecial}
 * for slots); returns the unbound descriptor or {@code PNone.NO_VALUE}. Callers call it with {@code obj} as the
 * receiver ({@link CallFunctionNode} with {@code self = obj}).
 */
@GenerateUncached
public abstract class PyObjectLookupSpecialNode extends Node {
    public abstract Object execute(Object obj, Object name);

    @NeverDefault
    public static PyObjectLookupSpecialNode create() {
        return PyObjectLookupSpecialNodeGen.create();
    }

    @Specialization
    static Object doIt(Object obj, Object name, @Cached GetClassNode getClass, @Cached LookupAttributeInMRONode lookup) {
        return lookup.execute(getClass.execute(obj), name);
    }

    /** Slow path: look up {@code name} on {@code type(obj)} and call it with {@code obj} first; {@code NO_VALUE} if absent. */
    @TruffleBoundary
    public static Object callSpecialUncached(Object obj, String name, Object... args) {
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup(name);
        if (descr == PNone.NO_VALUE) {
            return PNone.NO_VALUE;
        }
        return CallFunctionNode.callMethodUncached(descr, obj, args);
    }
}
