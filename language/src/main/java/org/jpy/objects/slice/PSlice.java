package org.jpy.objects.slice;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** A {@code slice}: three arbitrary objects ({@code PNone.NONE} when omitted), as in CPython. */
public final class PSlice extends PythonObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        super(PythonBuiltinClassType.PSlice);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }
}
