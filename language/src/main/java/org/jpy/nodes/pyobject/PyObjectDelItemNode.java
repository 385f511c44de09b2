package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code del obj[key]} ({@code PyObject_DelItem}): {@code __delitem__}, inline for exact dicts. */
@GenerateUncached
public abstract class PyObjectDelItemNode extends Node {
    public abstract void execute(Object obj, Object key);

    @NeverDefault
    public static PyObjectDelItemNode create() {
        return PyObjectDelItemNodeGen.create();
    }

    @Specialization
    static void doGeneric(Object obj, Object key, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            delItemGeneric(node, obj, key);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static void delItemGeneric(Node node, Object obj, Object key) {
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__delitem__");
        if (descr != PNone.NO_VALUE && descr != PNone.NONE) {
            CallFunctionNode.callMethodUncached(descr, obj, new Object[]{key});
            return;
        }
        if (obj instanceof PDict d && d.getStoredPythonClass() == PythonBuiltinClassType.PDict) {
            if (d.delItem(key) == null) {
                throw PRaise.raiseWithArgs(node, PythonBuiltinClassType.KeyError, key);
            }
            return;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object does not support item deletion", type.getName());
    }

    /** Slow path {@code del obj[key]}. */
    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        PyObjectDelItemNodeGen.getUncached().execute(obj, key);
    }
}
