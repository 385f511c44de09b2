package org.jpy.objects.list;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.set.PBaseSet;
import org.jpy.objects.tuple.PTuple;

/**
 * Algorithms shared by list and tuple (and used by other containers): materializing iterables, lexicographic comparison
 * with CPython's identity-then-equality item test, repr with the recursion guard that prints {@code [...]}.
 */
public final class SequenceSupport {
    private SequenceSupport() {
    }

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    /** {@code Py_ReprEnter}: false when {@code o} is already being repr'd on this thread. */
    public static boolean reprEnter(Object o) {
        return REPR_ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void reprLeave(Object o) {
        REPR_ACTIVE.get().remove(o);
    }

    /** The items of any iterable (fast for list, tuple, dict keys, sets). */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PList l) {
            return l.toArray();
        }
        if (iterable instanceof PTuple t) {
            return t.getArray().clone();
        }
        if (iterable instanceof PDict d && d.getStoredPythonClass() == org.jpy.runtime.PythonBuiltinClassType.PDict) {
            return d.keys();
        }
        if (iterable instanceof PBaseSet s) {
            return org.jpy.objects.set.SetOrder.order(s.getTable());
        }
        List<Object> acc = new ArrayList<>();
        Object it = PyObjectGetIterNode.getIter(iterable);
        while (true) {
            Object v = PyIterNextNode.next(it);
            if (v == PNone.NO_VALUE) {
                break;
            }
            acc.add(v);
        }
        return acc.toArray();
    }

    /** {@code x is y or x == y}. */
    @TruffleBoundary
    public static boolean itemEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return PyObjectRichCompareNode.equalsUncached(a, b);
    }

    /** Lexicographic rich comparison of two item arrays (list vs list, tuple vs tuple). */
    @TruffleBoundary
    public static Object compare(Object[] a, int na, Object[] b, int nb, RichCmpOp op) {
        int i = 0;
        while (i < na && i < nb && itemEquals(a[i], b[i])) {
            i++;
        }
        if (i >= na || i >= nb) {
            return op.test(Integer.compare(na, nb));
        }
        if (op == RichCmpOp.EQ) {
            return false;
        }
        if (op == RichCmpOp.NE) {
            return true;
        }
        return PyObjectRichCompareNode.getUncached().execute(a[i], b[i], op);
    }

    /** {@code [a, b]} / {@code (a, b)} style repr of items; {@code open}/{@code close} are the brackets. */
    @TruffleBoundary
    public static String repr(Object self, Object[] items, int n, String open, String close, String recursive) {
        if (n == 0) {
            return open + close;
        }
        if (!reprEnter(self)) {
            return recursive;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyObjectReprNode.repr(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            reprLeave(self);
        }
    }

    public static boolean isNotImplemented(Object o) {
        return o == PNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code seq * n} item array. */
    public static Object[] repeat(Node node, Object[] items, int n, long times) {
        if (times <= 0 || n == 0) {
            return new Object[0];
        }
        if ((long) n * times > Integer.MAX_VALUE - 16) {
            throw org.jpy.runtime.PRaise.raise(node, org.jpy.runtime.PythonBuiltinClassType.MemoryError);
        }
        Object[] r = new Object[(int) (n * times)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, r, k * n, n);
        }
        return r;
    }
}
