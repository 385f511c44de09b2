package org.jpy.nodes.pyobject;

import java.util.concurrent.atomic.AtomicLong;

import org.jpy.objects.PythonObject;

/**
 * {@code id(obj)}: CPython uses the address; the JVM moves objects, so {@link PythonObject}s get a number from a
 * counter on first request, stored in the object. Value-like JVM objects ({@code Long}, {@code Boolean}) get ids
 * derived from their value (equal values share an id, as CPython's cached small ints do); other JVM objects
 * ({@code String}, {@code Double}) use their identity hash, which is stable but not guaranteed unique.
 */
public final class IdentityIds {
    private static final AtomicLong NEXT = new AtomicLong(0x7f0000001000L);

    private IdentityIds() {
    }

    public static long id(Object obj) {
        if (obj instanceof PythonObject po) {
            long id = po.getId();
            if (id == 0) {
                id = NEXT.getAndAdd(0x30);
                po.setId(id);
            }
            return id;
        } else if (obj instanceof Long l) {
            return 0x10000000000L + (l << 5);
        } else if (obj instanceof Boolean b) {
            return b ? 0x7f00000000a0L : 0x7f00000000c0L;
        }
        return 0x7e0000000000L + ((long) System.identityHashCode(obj) << 4);
    }
}
