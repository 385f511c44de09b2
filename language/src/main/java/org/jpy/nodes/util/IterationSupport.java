package org.jpy.nodes.util;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectLookupSpecialNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.objects.function.PFunction;
import org.jpy.objects.function.PMethod;
import org.jpy.objects.list.PList;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Slow paths of unpacking: {@code *iterable} in displays and calls, {@code **mapping}, and unpacking assignment
 * with CPython's error messages. Exact lists and tuples are copied directly; everything else goes through the
 * iterator protocol ({@code __iter__}/{@code __next__}, or the old {@code __getitem__} sequence protocol).
 */
public final class IterationSupport {
    private IterationSupport() {
    }

    public static boolean isExactTuple(PTuple t) {
        return t.getStoredPythonClass() == PythonBuiltinClassType.PTuple;
    }

    public static boolean isExactList(PList l) {
        return l.getStoredPythonClass() == PythonBuiltinClassType.PList;
    }

    /** Marker for "not iterable" results of {@link #toArrayOrNull}. */
    @TruffleBoundary
    public static Object[] toArrayOrNull(Object iterable) {
        if (iterable instanceof PTuple t && isExactTuple(t)) {
            return t.getArray();
        }
        if (iterable instanceof PList l && isExactList(l)) {
            return l.toArray();
        }
        Object iterator = getIteratorOrNull(iterable);
        if (iterator == null) {
            return null;
        }
        ArrayList<Object> items = new ArrayList<>();
        while (true) {
            Object v = next(iterator);
            if (v == null) {
                break;
            }
            items.add(v);
        }
        return items.toArray();
    }

    /** {@code iter(obj)}, or null when the object is not iterable. */
    @TruffleBoundary
    public static Object getIteratorOrNull(Object iterable) {
        PythonClass type = GetClassNode.getPythonClassUncached(iterable);
        Object iter = type.lookup("__iter__");
        if (iter != PNone.NO_VALUE && iter != PNone.NONE) {
            return CallFunctionNode.callMethodUncached(iter, iterable, new Object[0]);
        }
        if (type.lookup("__getitem__") != PNone.NO_VALUE) {
            return PyObjectCallNode.callUncached(PyObjectGetAttrNode.getAttributeUncached(getBuiltins(), "iter"), iterable);
        }
        return null;
    }

    private static Object getBuiltins() {
        return org.jpy.runtime.JpyContext.get(null).getBuiltinsModule();
    }

    /** {@code next(iterator)}, or null at exhaustion. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        try {
            Object v = PyObjectLookupSpecialNode.callSpecialUncached(iterator, "__next__");
            if (v == PNone.NO_VALUE) {
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "'%s' object is not an iterator", PRaise.typeName(iterator));
            }
            return v;
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static void addAll(Node node, ArrayList<Object> values, Object iterable) {
        Object[] items = toArrayOrNull(iterable);
        if (items == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "Value after * must be an iterable, not %s", PRaise.typeName(iterable));
        }
        for (Object o : items) {
            values.add(o);
        }
    }

    @TruffleBoundary
    public static void addAllForCall(Node node, ArrayList<Object> values, Object iterable, Object function) {
        Object[] items = toArrayOrNull(iterable);
        if (items == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s argument after * must be an iterable, not %s", describe(function), PRaise.typeName(iterable));
        }
        for (Object o : items) {
            values.add(o);
        }
    }

    @TruffleBoundary
    public static void addKeyword(Node node, ArrayList<PKeyword> keywords, String name, Object value, Object function) {
        for (PKeyword k : keywords) {
            if (k.name().equals(name)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s got multiple values for keyword argument '%s'", describe(function), name);
            }
        }
        keywords.add(new PKeyword(name, value));
    }

    @TruffleBoundary
    public static void addKeywords(Node node, ArrayList<PKeyword> keywords, Object mapping, Object function) {
        Object[] keys;
        if (mapping instanceof PDict d && NameSupport.isPlainDict(d)) {
            keys = d.keys();
            for (Object k : keys) {
                addKeyword(node, keywords, keywordName(node, k, function), d.getItem(k), function);
            }
            return;
        }
        Object keysMethod = GetClassNode.getPythonClassUncached(mapping).lookup("keys");
        if (keysMethod == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s argument after ** must be a mapping, not %s", describe(function), PRaise.typeName(mapping));
        }
        keys = toArrayOrNull(CallFunctionNode.callMethodUncached(keysMethod, mapping, new Object[0]));
        for (Object k : keys) {
            Object v = PyObjectLookupSpecialNode.callSpecialUncached(mapping, "__getitem__", k);
            addKeyword(node, keywords, keywordName(node, k, function), v, function);
        }
    }

    private static String keywordName(Node node, Object k, Object function) {
        if (k instanceof String s) {
            return s;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "keywords must be strings");
    }

    /** How CPython names a callable in argument errors: {@code module.qualname()} or {@code name()}. */
    @TruffleBoundary
    public static String describe(Object function) {
        if (function instanceof PMethod m) {
            return describe(m.getFunction());
        }
        if (function instanceof PFunction f) {
            Object module = f.getModule();
            return (module instanceof String s ? s + "." : "") + f.getQualName() + "()";
        }
        if (function instanceof PBuiltinFunction b) {
            return b.getName() + "()";
        }
        if (function instanceof PythonClass c) {
            return c.getName() + "()";
        }
        return PRaise.typeName(function) + " object";
    }

    @TruffleBoundary
    public static void mergeMapping(Node node, PDict target, Object mapping, boolean forCall) {
        if (mapping instanceof PDict d && NameSupport.isPlainDict(d)) {
            for (Object k : d.keys()) {
                target.setItem(k, d.getItem(k));
            }
            return;
        }
        Object keysMethod = GetClassNode.getPythonClassUncached(mapping).lookup("keys");
        if (keysMethod == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object is not a mapping", PRaise.typeName(mapping));
        }
        Object[] keys = toArrayOrNull(CallFunctionNode.callMethodUncached(keysMethod, mapping, new Object[0]));
        for (Object k : keys) {
            target.setItem(k, PyObjectLookupSpecialNode.callSpecialUncached(mapping, "__getitem__", k));
        }
    }

    @TruffleBoundary
    public static void setItem(Node node, PDict dict, Object key, Object value) {
        dict.setItem(key, value);
    }

    /** UNPACK_SEQUENCE / UNPACK_EX on any iterable. */
    @TruffleBoundary
    public static Object[] unpack(Node node, Object value, int count, int starIndex) {
        Object iterator = value instanceof PTuple || value instanceof PList ? null : getIteratorOrNull(value);
        Object[] items;
        if (iterator == null && !(value instanceof PTuple || value instanceof PList)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot unpack non-iterable %s object", PRaise.typeName(value));
        }
        if (starIndex < 0) {
            if (iterator == null) {
                items = toArrayOrNull(value);
                if (items.length < count) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "not enough values to unpack (expected %d, got %d)", count, items.length);
                }
                if (items.length > count) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "too many values to unpack (expected %d)", count);
                }
                return items;
            }
            items = new Object[count];
            for (int i = 0; i < count; i++) {
                Object v = next(iterator);
                if (v == null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "not enough values to unpack (expected %d, got %d)", count, i);
                }
                items[i] = v;
            }
            if (next(iterator) != null) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "too many values to unpack (expected %d)", count);
            }
            return items;
        }
        Object[] all = iterator == null ? toArrayOrNull(value) : drain(iterator);
        int after = count - starIndex - 1;
        if (all.length < count - 1) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "not enough values to unpack (expected at least %d, got %d)", count - 1, all.length);
        }
        items = new Object[count];
        System.arraycopy(all, 0, items, 0, starIndex);
        int starLen = all.length - starIndex - after;
        Object[] star = new Object[starLen];
        System.arraycopy(all, starIndex, star, 0, starLen);
        items[starIndex] = new PList(star);
        System.arraycopy(all, starIndex + starLen, items, starIndex + 1, after);
        return items;
    }

    private static Object[] drain(Object iterator) {
        ArrayList<Object> list = new ArrayList<>();
        while (true) {
            Object v = next(iterator);
            if (v == null) {
                return list.toArray();
            }
            list.add(v);
        }
    }
}
