package org.jpy.objects.function;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** A builtin bound to its receiver ({@code [].append}, class {@code builtin_function_or_method} or {@code method-wrapper}). */
public final class PBuiltinMethod extends PythonObject {
    private final Object self;
    private final PBuiltinFunction function;

    public PBuiltinMethod(Object self, PBuiltinFunction function) {
        super(function.getStoredPythonClass() == PythonBuiltinClassType.PWrapperDescriptor ? PythonBuiltinClassType.PMethodWrapper : PythonBuiltinClassType.PBuiltinFunction);
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public PBuiltinFunction getFunction() {
        return function;
    }
}
