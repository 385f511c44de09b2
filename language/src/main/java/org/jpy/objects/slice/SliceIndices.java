package org.jpy.objects.slice;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.objects.PNone;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Reading slice bounds and {@code start/end} arguments of sequence methods: None or anything with {@code __index__},
 * clamped to the {@code long} range like CPython's {@code _PyEval_SliceIndex}.
 */
public final class SliceIndices {
    private SliceIndices() {
    }

    /** A bound as a long, {@link SliceMath#NONE} for None/absent; clamped when huge. */
    @TruffleBoundary
    public static long bound(Node node, Object o) {
        if (o == PNone.NONE || o == PNone.NO_VALUE) {
            return SliceMath.NONE;
        }
        if (o instanceof Long l) {
            return l == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Object idx;
        if (o instanceof BigInteger) {
            idx = o;
        } else {
            Object m = GetClassNode.getPythonClassUncached(o).lookup("__index__");
            if (m == PNone.NO_VALUE || m == PNone.NONE) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "slice indices must be integers or None or have an __index__ method");
            }
            idx = PyNumberIndexNode.indexUncached(o);
        }
        if (idx instanceof Long l) {
            return l == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : l;
        }
        return ((BigInteger) idx).signum() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
    }

    /** {@code start}/{@code end} arguments of find/count/startswith...: absent or None means the default. */
    public static long startArg(Node node, Object o) {
        long v = bound(node, o);
        return v == SliceMath.NONE ? 0 : v;
    }

    public static long endArg(Node node, Object o) {
        long v = bound(node, o);
        return v == SliceMath.NONE ? Long.MAX_VALUE : v;
    }

    /** The adjusted bounds of {@code slice} over a sequence of {@code length} items ("slice step cannot be zero"). */
    @TruffleBoundary
    public static SliceMath.Bounds adjust(Node node, PSlice slice, int length) {
        long step = bound(node, slice.getStep());
        if (step == 0) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "slice step cannot be zero");
        }
        return SliceMath.adjust(bound(node, slice.getStart()), bound(node, slice.getStop()), step, length);
    }

    /** An item index: {@code __index__}, negative counted from the end, IndexError with {@code what} ("list index out of range"). */
    @TruffleBoundary
    public static int index(Node node, Object key, int length, String outOfRange, String typeErrorFormat) {
        long i;
        if (key instanceof Long l) {
            i = l;
        } else if (key instanceof Boolean b) {
            i = b ? 1 : 0;
        } else {
            Object m = key instanceof BigInteger ? null : GetClassNode.getPythonClassUncached(key).lookup("__index__");
            if (!(key instanceof BigInteger) && (m == PNone.NO_VALUE || m == PNone.NONE)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, typeErrorFormat, GetClassNode.getPythonClassUncached(key).getName());
            }
            i = PyNumberIndexNode.asSize(node, key, PythonBuiltinClassType.IndexError);
        }
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PRaise.raise(node, PythonBuiltinClassType.IndexError, "%s", outOfRange);
        }
        return (int) i;
    }
}
