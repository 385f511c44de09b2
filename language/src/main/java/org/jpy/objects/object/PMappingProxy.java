package org.jpy.objects.object;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code types.MappingProxyType}: a read-only view of a mapping (the namespace of a class for {@code cls.__dict__}). */
public final class PMappingProxy extends PythonObject {
    private final Object mapping;

    public PMappingProxy(Object mapping) {
        super(PythonBuiltinClassType.PMappingProxy);
        this.mapping = mapping;
    }

    public Object getMapping() {
        return mapping;
    }
}
