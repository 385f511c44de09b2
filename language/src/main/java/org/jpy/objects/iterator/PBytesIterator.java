package org.jpy.objects.iterator;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.runtime.PythonBuiltinClassType;

/** Iterates bytes/bytearray as ints. */
public final class PBytesIterator extends PIterator {
    private final Object seq;
    private int index;

    public PBytesIterator(Object seq) {
        super(seq instanceof PByteArray ? PythonBuiltinClassType.PByteArrayIterator : PythonBuiltinClassType.PBytesIterator);
        this.seq = seq;
    }

    @Override
    public Object next(Node node) {
        if (seq instanceof PBytes b) {
            return index < b.size() ? (long) (b.getBytes()[index++] & 0xff) : null;
        }
        PByteArray b = (PByteArray) seq;
        return index < b.size() ? (long) (b.getStore()[index++] & 0xff) : null;
    }
}
