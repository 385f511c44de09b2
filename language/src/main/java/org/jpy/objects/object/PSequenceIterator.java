package org.jpy.objects.object;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The {@code iterator} CPython creates for objects that have {@code __getitem__} but no {@code __iter__}: calls
 * {@code seq[index]} with 0, 1, 2, ... until IndexError or StopIteration. {@code seq == null} once exhausted.
 */
public final class PSequenceIterator extends PythonObject {
    private Object sequence;
    private long index;

    public PSequenceIterator(Object sequence) {
        super(PythonBuiltinClassType.PSequenceIterator);
        this.sequence = sequence;
    }

    /** {@code null} when exhausted. */
    public Object getSequence() {
        return sequence;
    }

    public void exhaust() {
        sequence = null;
    }

    public long getIndex() {
        return index;
    }

    public void setIndex(long index) {
        this.index = index;
    }
}
