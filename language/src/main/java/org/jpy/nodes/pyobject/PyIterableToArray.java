package org.jpy.nodes.pyobject;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.set.PBaseSet;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Slow path {@code list(iterable)} as a Java array, with direct paths for the exact builtin containers and
 * {@code str} (so runtime code does not depend on the iterator types' methods), else the iterator protocol.
 */
public final class PyIterableToArray {
    private PyIterableToArray() {
    }

    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        boolean exact = iterable instanceof PythonObject po && po.getStoredPythonClass() instanceof PythonBuiltinClassType;
        if (exact) {
            if (iterable instanceof PTuple t) {
                return t.getArray().clone();
            } else if (iterable instanceof PList l) {
                return l.toArray();
            } else if (iterable instanceof PDict d) {
                return d.keys();
            } else if (iterable instanceof PBaseSet s) {
                return s.elements();
            }
        }
        if (iterable instanceof String s) {
            return s.codePoints().mapToObj(Character::toString).toArray();
        }
        ArrayList<Object> items = new ArrayList<>();
        Object it = PyObjectGetIterNode.getIter(iterable);
        for (Object v = PyIterNextNode.next(it); v != PNone.NO_VALUE; v = PyIterNextNode.next(it)) {
            items.add(v);
        }
        return items.toArray();
    }
}
