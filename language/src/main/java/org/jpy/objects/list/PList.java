package org.jpy.objects.list;

import java.util.Arrays;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A {@code list} (or an instance of a {@code list} subclass): an {@code Object[]} store with a separate size
 * so appends are amortized O(1). Storage strategies (unboxed {@code long[]}/{@code double[]}) can replace the
 * store later behind these accessors. {@link #getVersion()} helps iterators/sort detect mutation.
 */
public final class PList extends PythonObject {
    private Object[] store;
    private int size;
    private int version;

    public PList() {
        this(PythonBuiltinClassType.PList, new Object[4], 0);
    }

    /** Takes ownership of {@code items}. */
    public PList(Object[] items) {
        this(PythonBuiltinClassType.PList, items, items.length);
    }

    public PList(Object cls, Object[] store, int size) {
        super(cls);
        this.store = store;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return store[i];
    }

    public void set(int i, Object value) {
        store[i] = value;
    }

    /** The backing array; only the first {@link #size()} elements are meaningful. */
    public Object[] getStore() {
        return store;
    }

    public void setStore(Object[] store, int size) {
        this.store = store;
        this.size = size;
        version++;
    }

    public Object[] toArray() {
        return Arrays.copyOf(store, size);
    }

    public int getVersion() {
        return version;
    }

    public void append(Object value) {
        if (size == store.length) {
            store = Arrays.copyOf(store, Math.max(4, size + (size >> 1) + 1));
        }
        store[size++] = value;
        version++;
    }

    public void ensureCapacity(int capacity) {
        if (capacity > store.length) {
            store = Arrays.copyOf(store, Math.max(capacity, size + (size >> 1) + 1));
        }
    }

    public void insert(int index, Object value) {
        ensureCapacity(size + 1);
        System.arraycopy(store, index, store, index + 1, size - index);
        store[index] = value;
        size++;
        version++;
    }

    public Object removeAt(int index) {
        Object v = store[index];
        System.arraycopy(store, index + 1, store, index, size - index - 1);
        store[--size] = null;
        version++;
        return v;
    }

    public void clear() {
        store = new Object[4];
        size = 0;
        version++;
    }
}
