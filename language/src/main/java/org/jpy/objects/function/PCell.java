package org.jpy.objects.function;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** A closure cell; {@code null} contents means empty (reading it raises NameError/UnboundLocalError in the caller). */
public final class PCell extends PythonObject {
    private Object ref;

    public PCell() {
        super(PythonBuiltinClassType.PCell);
    }

    public PCell(Object ref) {
        super(PythonBuiltinClassType.PCell);
        this.ref = ref;
    }

    public Object getRef() {
        return ref;
    }

    public void setRef(Object ref) {
        this.ref = ref;
    }
}
