package org.jpy.objects.bytearray;

import java.util.Arrays;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** A {@code bytearray}: a growable {@code byte[]} with a separate size; {@code exports} counts live buffer views. */
public final class PByteArray extends PythonObject {
    private byte[] store;
    private int size;
    private int exports;

    public PByteArray(byte[] bytes) {
        this(PythonBuiltinClassType.PByteArray, bytes, bytes.length);
    }

    public PByteArray(Object cls, byte[] store, int size) {
        super(cls);
        this.store = store;
        this.size = size;
    }

    public byte[] getStore() {
        return store;
    }

    public int size() {
        return size;
    }

    public void setStore(byte[] store, int size) {
        this.store = store;
        this.size = size;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(store, size);
    }

    public void append(byte b) {
        if (size == store.length) {
            store = Arrays.copyOf(store, Math.max(8, size * 2));
        }
        store[size++] = b;
    }

    public int getExports() {
        return exports;
    }

    public void setExports(int exports) {
        this.exports = exports;
    }
}
