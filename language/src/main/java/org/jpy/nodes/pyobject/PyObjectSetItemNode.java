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
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code obj[key] = value} ({@code PyObject_SetItem}): inline for exact list (int index) and dict; else {@code __setitem__}. */
@GenerateUncached
public abstract class PyObjectSetItemNode extends Node {
    public abstract void execute(Object obj, Object key, Object value);

    @NeverDefault
    public static PyObjectSetItemNode create() {
        return PyObjectSetItemNodeGen.create();
    }

    static boolean isBuiltin(PythonObject o) {
        return o.getStoredPythonClass() instanceof PythonBuiltinClassType;
    }

    @Specialization(guards = "isBuiltin(list)")
    static void doList(PList list, long index, Object value, @Bind("$node") Node node) {
        long i = index < 0 ? index + list.size() : index;
        if (i < 0 || i >= list.size()) {
            throw PRaise.raise(node, PythonBuiltinClassType.IndexError, "list assignment index out of range");
        }
        list.set((int) i, value);
    }

    @Specialization(guards = "isExactDict(dict)")
    static void doDict(PDict dict, Object key, Object value) {
        dict.setItem(key, value);
    }

    static boolean isExactDict(PDict dict) {
        return dict.getStoredPythonClass() == PythonBuiltinClassType.PDict;
    }

    @Fallback
    static void doGeneric(Object obj, Object key, Object value, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            setItemGeneric(node, obj, key, value);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static void setItemGeneric(Node node, Object obj, Object key, Object value) {
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__setitem__");
        if (descr != PNone.NO_VALUE && descr != PNone.NONE) {
            CallFunctionNode.callMethodUncached(descr, obj, new Object[]{key, value});
            return;
        }
        if (obj instanceof PList l && isBuiltin(l) && key instanceof Long i) {
            doList(l, i, value, node);
            return;
        } else if (obj instanceof PDict d && isBuiltin(d)) {
            d.setItem(key, value);
            return;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object does not support item assignment", type.getName());
    }

    /** Slow path {@code obj[key] = value}. */
    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        PyObjectSetItemNodeGen.getUncached().execute(obj, key, value);
    }
}
