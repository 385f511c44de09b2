package org.jpy.objects.iterator;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.dict.HashTable;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Iterates a dict (keys, values or items; forward or reversed) or a set, in insertion order, raising CPython's
 * RuntimeError when the size changes during iteration.
 */
public final class PHashIterator extends PIterator {
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    private final HashTable table;
    private final Kind kind;
    private final boolean reversed;
    private final boolean isSet;
    private final int initialSize;
    private int pos;
    private boolean done;
    private int yielded;
    /** Sets iterate in CPython's slot order, computed once. */
    private Object[] setOrder;

    public PHashIterator(PythonBuiltinClassType type, HashTable table, Kind kind, boolean reversed, boolean isSet) {
        super(type);
        this.table = table;
        this.kind = kind;
        this.reversed = reversed;
        this.isSet = isSet;
        this.initialSize = table.size();
        this.pos = reversed ? table.getUsed() : -1;
    }

    @Override
    public Object next(Node node) {
        if (done) {
            return null;
        }
        if (table.size() != initialSize) {
            done = true;
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, isSet ? "Set changed size during iteration" : "dictionary changed size during iteration");
        }
        if (isSet) {
            if (setOrder == null) {
                setOrder = org.jpy.objects.set.SetOrder.order(table);
            }
            if (yielded >= setOrder.length) {
                done = true;
                return null;
            }
            return setOrder[yielded++];
        }
        int i = reversed ? table.prevIndex(pos - 1) : table.nextIndex(pos + 1);
        if (i < 0) {
            done = true;
            if (!reversed && yielded != initialSize && !isSet) {
                throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "dictionary keys changed during iteration");
            }
            return null;
        }
        pos = i;
        yielded++;
        return switch (kind) {
            case KEYS -> table.keyAt(i);
            case VALUES -> table.valueAt(i);
            case ITEMS -> new PTuple(new Object[]{table.keyAt(i), table.valueAt(i)});
        };
    }

    @Override
    public long lengthHint() {
        return done ? 0 : Math.max(0, initialSize - yielded);
    }
}
