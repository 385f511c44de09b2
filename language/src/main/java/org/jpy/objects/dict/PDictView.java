package org.jpy.objects.dict;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict. */
public final class PDictView extends PythonObject {
    private final PDict dict;

    public PDictView(PythonBuiltinClassType type, PDict dict) {
        super(type);
        this.dict = dict;
    }

    public PDict getMapping() {
        return dict;
    }

    public boolean isKeys() {
        return getStoredPythonClass() == PythonBuiltinClassType.PDictKeys;
    }

    public boolean isItems() {
        return getStoredPythonClass() == PythonBuiltinClassType.PDictItems;
    }
}
