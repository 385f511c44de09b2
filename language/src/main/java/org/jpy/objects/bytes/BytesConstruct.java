package org.jpy.objects.bytes;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.list.PList;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** The data of {@code bytes(x)} / {@code bytearray(x)}: buffers, {@code __bytes__}, an int count, or an iterable of ints. */
public final class BytesConstruct {
    private BytesConstruct() {
    }

    /** The bytes of a bytes-like object, or null. */
    public static byte[] bufferOf(Object o) {
        if (o instanceof PBytes b) {
            return b.getBytes();
        }
        if (o instanceof PByteArray b) {
            return b.toBytes();
        }
        if (o instanceof org.jpy.objects.PythonObject po && po.getBuiltinValue() instanceof PBytes b) {
            return b.getBytes();
        }
        return null;
    }

    /** {@code bytes(x)} without encoding. */
    @TruffleBoundary
    public static byte[] fromObject(Node node, Object x, boolean forByteArray) {
        byte[] buf = bufferOf(x);
        if (buf != null) {
            return buf;
        }
        if (x instanceof String) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "string argument without an encoding");
        }
        PythonClass type = GetClassNode.getPythonClassUncached(x);
        if (!forByteArray) {
            Object m = type.lookup("__bytes__");
            if (m != PNone.NO_VALUE && m != PNone.NONE) {
                Object r = CallFunctionNode.callMethodUncached(m, x, new Object[0]);
                byte[] rb = bufferOf(r);
                if (!(r instanceof PBytes) && !(r instanceof org.jpy.objects.PythonObject po && po.getBuiltinValue() instanceof PBytes)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__bytes__ returned non-bytes (type %T)", r);
                }
                return rb;
            }
        }
        Object idx = type.lookup("__index__");
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean || (idx != PNone.NO_VALUE && idx != PNone.NONE)) {
            long n = PyNumberIndexNode.asSize(node, x, PythonBuiltinClassType.OverflowError);
            if (n < 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw PRaise.raise(node, PythonBuiltinClassType.MemoryError);
            }
            return new byte[(int) n];
        }
        Object[] items = null;
        if (x instanceof PList l) {
            items = l.toArray();
        } else if (x instanceof PTuple t) {
            items = t.getArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (items != null) {
            for (Object item : items) {
                out.write(byteValue(node, item));
            }
            return out.toByteArray();
        }
        Object it;
        try {
            it = PyObjectGetIterNode.getIter(x);
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.TypeError)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot convert '%s' object to %s", type.getName(), forByteArray ? "bytearray" : "bytes");
            }
            throw e;
        }
        while (true) {
            Object item = PyIterNextNode.next(it);
            if (item == PNone.NO_VALUE) {
                break;
            }
            out.write(byteValue(node, item));
        }
        return out.toByteArray();
    }

    /** An int in range(256) as a byte ("bytes must be in range(0, 256)"). */
    public static int byteValue(Node node, Object item) {
        return byteValue(node, item, "bytes must be in range(0, 256)");
    }

    /** As {@link #byteValue(Node, Object)} with another range message ("byte must be in range(0, 256)" for item assignment). */
    public static int byteValue(Node node, Object item, String rangeMessage) {
        Object v;
        try {
            v = PyNumberIndexNode.indexUncached(item);
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.TypeError)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%T' object cannot be interpreted as an integer", item);
            }
            throw e;
        }
        if (!(v instanceof Long l) || l < 0 || l > 255) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "%s", rangeMessage);
        }
        return (int) (long) l;
    }
}
