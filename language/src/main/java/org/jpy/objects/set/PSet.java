package org.jpy.objects.set;

import org.jpy.objects.dict.HashTable;
import org.jpy.runtime.PythonBuiltinClassType;

/** A mutable {@code set}. */
public final class PSet extends PBaseSet {
    public PSet() {
        super(PythonBuiltinClassType.PSet, new HashTable());
    }

    public PSet(Object cls, HashTable table) {
        super(cls, table);
    }
}
