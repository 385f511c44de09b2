package org.jpy.objects.tuple;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A {@code tuple}: an immutable {@code Object[]} that is never written after construction (callers must not
 * mutate the array they pass in or get back). Instances of tuple subclasses are {@code PTuple}s too, with
 * their heap class.
 */
public final class PTuple extends PythonObject {
    public static final Object[] EMPTY_ARRAY = new Object[0];

    private final Object[] items;

    public PTuple(Object[] items) {
        super(PythonBuiltinClassType.PTuple);
        this.items = items;
    }

    public PTuple(Object cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    public static PTuple of(Object... items) {
        return new PTuple(items);
    }

    public Object[] getArray() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
