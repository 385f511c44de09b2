package org.jpy.objects.set;

import org.jpy.objects.dict.HashTable;
import org.jpy.runtime.PythonBuiltinClassType;

/** A {@code frozenset}: never mutated after construction; its hash is computed once and cached. */
public final class PFrozenSet extends PBaseSet {
    private long hash = -1;

    public PFrozenSet() {
        super(PythonBuiltinClassType.PFrozenSet, new HashTable());
    }

    public PFrozenSet(Object cls, HashTable table) {
        super(cls, table);
    }

    /** The cached hash, or -1 when not computed yet. */
    public long getCachedHash() {
        return hash;
    }

    public void setCachedHash(long hash) {
        this.hash = hash;
    }
}
