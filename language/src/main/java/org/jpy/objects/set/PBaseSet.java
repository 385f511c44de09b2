package org.jpy.objects.set;

import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.HashTable;
import org.jpy.objects.PNone;

/** Common storage of {@code set} and {@code frozenset}: a {@link HashTable} whose values are unused ({@code NONE}). */
public abstract class PBaseSet extends PythonObject {
    private HashTable table;

    protected PBaseSet(Object cls, HashTable table) {
        super(cls);
        this.table = table;
    }

    public HashTable getTable() {
        return table;
    }

    public void setTable(HashTable table) {
        this.table = table;
    }

    public int size() {
        return table.size();
    }

    public boolean contains(Object key) {
        return table.containsKey(key);
    }

    public void add(Object key) {
        table.put(key, PNone.NONE);
    }

    /** False when absent. */
    public boolean remove(Object key) {
        return table.remove(key) != null;
    }

    public Object[] elements() {
        return table.keysArray();
    }
}
