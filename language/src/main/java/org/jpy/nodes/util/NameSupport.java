package org.jpy.nodes.util;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.PyObjectLookupSpecialNode;
import org.jpy.objects.PNone;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Name lookups in namespaces: globals dicts, builtins, and the arbitrary mappings class bodies and {@code exec}
 * may use as locals. Dicts (exact or subclass without overridden {@code __getitem__}) are read directly; other
 * mappings go through {@code __getitem__}/{@code __setitem__}/{@code __delitem__} with KeyError meaning absent.
 * Results are {@code null} for "absent".
 */
public final class NameSupport {
    private NameSupport() {
    }

    @TruffleBoundary
    public static Object getGlobal(Object globals, String name) {
        if (globals instanceof PDict d) {
            return d.getItem(name);
        }
        return null;
    }

    @TruffleBoundary
    public static Object getBuiltin(Node node, Object globals, String name) {
        Object builtins = null;
        if (globals instanceof PDict d) {
            builtins = d.getItem("__builtins__");
        }
        if (builtins instanceof PythonModule m) {
            return m.getDict().getItem(name);
        }
        if (builtins instanceof PDict bd) {
            return bd.getItem(name);
        }
        return JpyContext.get(node).getBuiltinsModule().getDict().getItem(name);
    }

    @TruffleBoundary
    public static Object getName(Node node, Object mapping, String name) {
        if (mapping instanceof PDict d && isPlainDict(d)) {
            return d.getItem(name);
        }
        try {
            Object r = PyObjectLookupSpecialNode.callSpecialUncached(mapping, "__getitem__", name);
            return r == PNone.NO_VALUE ? null : r;
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static void setItem(Node node, Object mapping, String name, Object value) {
        if (mapping instanceof PDict d && isPlainDict(d)) {
            d.setItem(name, value);
            return;
        }
        PyObjectLookupSpecialNode.callSpecialUncached(mapping, "__setitem__", name, value);
    }

    /** Deletes {@code name}; false when it was not there. */
    @TruffleBoundary
    public static boolean deleteItem(Node node, Object mapping, String name) {
        if (mapping instanceof PDict d && isPlainDict(d)) {
            return d.delItem(name) != null;
        }
        try {
            PyObjectLookupSpecialNode.callSpecialUncached(mapping, "__delitem__", name);
            return true;
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.KeyError)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * An exact dict: only then may STORE_NAME/LOAD_NAME/DELETE_NAME touch the storage directly. Like CPython
     * ({@code PyDict_CheckExact}), any dict subclass goes through its item methods, because a {@code __prepare__}
     * namespace such as enum's {@code _EnumDict} may override {@code __setitem__} alone.
     */
    @TruffleBoundary
    public static boolean isPlainDict(PDict d) {
        Object cls = d.getStoredPythonClass();
        if (cls == PythonBuiltinClassType.PDict) {
            return true;
        }
        if (cls instanceof org.jpy.objects.PythonClass pc) {
            return pc == JpyContext.get(null).lookupType(PythonBuiltinClassType.PDict);
        }
        return false;
    }

}
