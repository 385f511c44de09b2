package org.jpy.modules.weakref;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

import org.jpy.objects.PythonObject;

/**
 * The Java side of one {@code weakref.ref}/proxy: a {@link WeakReference} to the referent that also knows its Python
 * ref object, so that when the JVM clears it the ref can be found on the {@link WeakrefRegistry}'s queue and its
 * callback called. The Python object is the ref's builtin value holder; if the ref itself becomes garbage, so does
 * this reference and no callback runs, as in CPython.
 */
final class WeakRefState extends WeakReference<Object> {
    final Object callback;
    PythonObject owner;
    boolean hashed;
    long hash;

    WeakRefState(Object referent, Object callback, ReferenceQueue<Object> queue) {
        super(referent, queue);
        this.callback = callback;
    }
}
