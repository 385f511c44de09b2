package org.jpy.objects.descriptor;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A {@code classmethod} or {@code staticmethod} wrapper (which one is its class). {@code __func__} is the
 * wrapped callable; {@code __wrapped__}, {@code __doc__} etc. live in the instance dict as in CPython 3.10+.
 */
public final class PDecoratedMethod extends PythonObject {
    private Object callable;

    private final boolean isStatic;

    /** {@code isStatic}: a {@code staticmethod} (or subclass) rather than a {@code classmethod}. */
    public PDecoratedMethod(Object cls, Object callable, boolean isStatic) {
        super(cls);
        this.callable = callable;
        this.isStatic = isStatic;
    }

    public Object getCallable() {
        return callable;
    }

    public void setCallable(Object callable) {
        this.callable = callable;
    }

    public boolean isStaticMethod() {
        return isStatic;
    }
}
