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
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code obj[key]} ({@code PyObject_GetItem}): inline for exact {@code list}/{@code tuple} with an int index
 * and exact {@code dict}; otherwise {@code type(obj).__getitem__}, or {@code __class_getitem__} when subscripting
 * a class ({@code list[int]}).
 */
@GenerateUncached
public abstract class PyObjectGetItemNode extends Node {
    public abstract Object execute(Object obj, Object key);

    @NeverDefault
    public static PyObjectGetItemNode create() {
        return PyObjectGetItemNodeGen.create();
    }

    static boolean isBuiltin(PythonObject o) {
        return o.getStoredPythonClass() instanceof PythonBuiltinClassType;
    }

    @Specialization(guards = "isBuiltin(list)")
    static Object doList(PList list, long index, @Bind("$node") Node node) {
        long i = index < 0 ? index + list.size() : index;
        if (i < 0 || i >= list.size()) {
            throw PRaise.raise(node, PythonBuiltinClassType.IndexError, "list index out of range");
        }
        return list.get((int) i);
    }

    @Specialization(guards = "isBuiltin(tuple)")
    static Object doTuple(PTuple tuple, long index, @Bind("$node") Node node) {
        long i = index < 0 ? index + tuple.size() : index;
        if (i < 0 || i >= tuple.size()) {
            throw PRaise.raise(node, PythonBuiltinClassType.IndexError, "tuple index out of range");
        }
        return tuple.get((int) i);
    }

    @Specialization(guards = "isExactDict(dict)")
    static Object doDict(PDict dict, Object key, @Bind("$node") Node node) {
        Object v = dict.getItem(key);
        if (v == null) {
            throw PRaise.raiseWithArgs(node, PythonBuiltinClassType.KeyError, key);
        }
        return v;
    }

    static boolean isExactDict(PDict dict) {
        return dict.getStoredPythonClass() == PythonBuiltinClassType.PDict;
    }

    @Fallback
    static Object doGeneric(Object obj, Object key, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return getItemGeneric(node, obj, key);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static Object getItemGeneric(Node node, Object obj, Object key) {
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__getitem__");
        if (descr != PNone.NO_VALUE && descr != PNone.NONE) {
            return CallFunctionNode.callMethodUncached(descr, obj, new Object[]{key});
        }
        if (obj instanceof PythonClass cls) {
            Object cgi = cls.lookup("__class_getitem__");
            if (cgi != PNone.NO_VALUE && cgi != PNone.NONE) {
                Object f = cgi instanceof org.jpy.objects.function.PFunction ? cgi : Descriptors.hasGet(cgi) ? Descriptors.get(node, cgi, null, cls) : cgi;
                if (f instanceof org.jpy.objects.function.PFunction) {
                    return CallFunctionNode.callUncached(f, cls, new Object[]{key}, org.jpy.runtime.PKeyword.EMPTY);
                }
                return PyObjectCallNode.callUncached(f, key);
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type '%s' is not subscriptable", cls.getName());
        }
        if (obj instanceof PList l && key instanceof Long i) {
            return doList(l, i, node);
        } else if (obj instanceof PTuple t && key instanceof Long i) {
            return doTuple(t, i, node);
        } else if (obj instanceof PDict d && isBuiltin(d)) {
            return doDict(d, key, node);
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object is not subscriptable", type.getName());
    }

    /** Slow path {@code obj[key]}. */
    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        return PyObjectGetItemNodeGen.getUncached().execute(obj, key);
    }
}
