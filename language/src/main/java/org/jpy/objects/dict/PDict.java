package org.jpy.objects.dict;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A {@code dict} (or an instance of a {@code dict} subclass): a {@link HashTable} plus the Python class.
 * Also used as the namespace of modules (their globals) and classes, and as a materialized instance
 * {@code __dict__}. Methods here are the storage operations; {@code dict}'s Python methods are in
 * {@code DictBuiltins}. {@code getItem} returns {@code null} (not {@code NO_VALUE}) for a missing key.
 */
public class PDict extends PythonObject {
    private HashTable table;

    public PDict() {
        this(PythonBuiltinClassType.PDict);
    }

    public PDict(Object cls) {
        super(cls);
        this.table = new HashTable();
    }

    public PDict(Object cls, HashTable table) {
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

    /** The value for {@code key} or {@code null}; may call {@code __hash__}/{@code __eq__}. */
    public Object getItem(Object key) {
        return table.get(key);
    }

    public void setItem(Object key, Object value) {
        table.put(key, value);
    }

    /** Removes and returns the value, or {@code null} when absent. */
    public Object delItem(Object key) {
        return table.remove(key);
    }

    public boolean containsKey(Object key) {
        return table.containsKey(key);
    }

    public void clear() {
        table.clear();
    }

    public Object[] keys() {
        return table.keysArray();
    }

    public Object[] values() {
        return table.valuesArray();
    }
}
