package org.jpy.modules.collections;

import java.util.Arrays;

/**
 * The elements of a {@code collections.deque}: a growable ring buffer with O(1) appends and pops at both ends, O(1)
 * indexing, and the {@code maxlen} rule (appending to a full deque drops from the other end). Python-level behaviour
 * that compares elements ({@code count}, {@code index}, {@code remove}, {@code ==}) lives in the module, which also
 * bumps {@link #version} checks for "deque mutated during iteration".
 */
public final class DequeStorage {
    private Object[] items = new Object[8];
    private int head;
    private int size;
    /** Changed by every mutation that iterators must notice. */
    private long state;
    public final int maxlen;

    /** @param maxlen {@code -1} for an unbounded deque */
    public DequeStorage(int maxlen) {
        this.maxlen = maxlen;
    }

    public int size() {
        return size;
    }

    public long state() {
        return state;
    }

    private void grow() {
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = items[(head + i) & (items.length - 1)];
        }
        items = bigger;
        head = 0;
    }

    public Object get(int index) {
        return items[(head + index) & (items.length - 1)];
    }

    public void set(int index, Object value) {
        items[(head + index) & (items.length - 1)] = value;
    }

    /** @return the element dropped from the left because of {@code maxlen}, or null */
    public Object append(Object value) {
        state++;
        if (maxlen == 0) {
            return value;
        }
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = value;
        size++;
        if (maxlen >= 0 && size > maxlen) {
            return popLeft();
        }
        return null;
    }

    public Object appendLeft(Object value) {
        state++;
        if (maxlen == 0) {
            return value;
        }
        if (size == items.length) {
            grow();
        }
        head = (head - 1) & (items.length - 1);
        items[head] = value;
        size++;
        if (maxlen >= 0 && size > maxlen) {
            return pop();
        }
        return null;
    }

    /** Removes the rightmost element; the deque must not be empty. */
    public Object pop() {
        state++;
        int at = (head + size - 1) & (items.length - 1);
        Object v = items[at];
        items[at] = null;
        size--;
        return v;
    }

    public Object popLeft() {
        state++;
        Object v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    public void clear() {
        state++;
        Arrays.fill(items, null);
        head = 0;
        size = 0;
    }

    /** {@code rotate(n)}: right by {@code n} (left if negative). */
    public void rotate(long n) {
        state++;
        if (size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) {
            return;
        }
        Object[] copy = toArray();
        for (int i = 0; i < size; i++) {
            set((i + k) % size, copy[i]);
        }
    }

    public void reverse() {
        state++;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    /** Inserts before {@code index} ({@code 0 <= index <= size}); the caller checks {@code maxlen}. */
    public void insert(int index, Object value) {
        state++;
        if (size == items.length) {
            grow();
        }
        size++;
        for (int i = size - 1; i > index; i--) {
            set(i, get(i - 1));
        }
        set(index, value);
    }

    public Object removeAt(int index) {
        state++;
        Object v = get(index);
        for (int i = index; i < size - 1; i++) {
            set(i, get(i + 1));
        }
        set(size - 1, null);
        size--;
        return v;
    }

    public Object[] toArray() {
        Object[] r = new Object[size];
        for (int i = 0; i < size; i++) {
            r[i] = get(i);
        }
        return r;
    }
}
