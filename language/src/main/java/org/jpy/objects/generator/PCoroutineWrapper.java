package org.jpy.objects.generator;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** What {@code coroutine.__await__()} returns: an iterator that drives the coroutine ({@code coroutine_wrapper}). */
public final class PCoroutineWrapper extends PythonObject {
    private final PGenerator coroutine;

    public PCoroutineWrapper(PGenerator coroutine) {
        super(PythonBuiltinClassType.PCoroutineWrapper);
        this.coroutine = coroutine;
    }

    public PGenerator getCoroutine() {
        return coroutine;
    }
}
