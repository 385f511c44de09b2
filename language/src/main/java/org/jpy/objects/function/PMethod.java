package org.jpy.objects.function;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** A bound method ({@code method}): {@code __func__} bound to {@code __self__}; calling prepends self. */
public final class PMethod extends PythonObject {
    private final Object self;
    private final Object function;

    public PMethod(Object self, Object function) {
        super(PythonBuiltinClassType.PMethod);
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }
}
