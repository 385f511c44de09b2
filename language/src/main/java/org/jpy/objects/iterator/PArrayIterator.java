package org.jpy.objects.iterator;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.list.PList;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PythonBuiltinClassType;

/** Iterates a list (re-reading its current size each step, so appends during iteration are seen) or a tuple, forward or reversed. */
public final class PArrayIterator extends PIterator {
    private Object seq;
    private int index;
    private final boolean reversed;

    public PArrayIterator(PList list, boolean reversed) {
        super(reversed ? PythonBuiltinClassType.PListReverseIterator : PythonBuiltinClassType.PListIterator);
        this.seq = list;
        this.reversed = reversed;
        this.index = reversed ? list.size() - 1 : 0;
    }

    public PArrayIterator(PTuple tuple) {
        super(PythonBuiltinClassType.PTupleIterator);
        this.seq = tuple;
        this.reversed = false;
    }

    @Override
    public Object next(Node node) {
        if (seq == null) {
            return null;
        }
        int size = seq instanceof PList l ? l.size() : ((PTuple) seq).size();
        if (index < 0 || index >= size) {
            seq = null;
            return null;
        }
        Object v = seq instanceof PList l ? l.get(index) : ((PTuple) seq).get(index);
        index += reversed ? -1 : 1;
        return v;
    }

    @Override
    public long lengthHint() {
        if (seq == null) {
            return 0;
        }
        int size = seq instanceof PList l ? l.size() : ((PTuple) seq).size();
        return reversed ? Math.max(0, Math.min(index + 1, size)) : Math.max(0, size - index);
    }
}
