package org.jpy.objects.module;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.PDict;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A module. Its namespace is its {@link #getDict() dict}, which is also the globals of code run in it.
 * Java modules may keep per-interpreter state in {@link #getModuleState()}.
 */
public final class PythonModule extends PythonObject {
    private Object moduleState;

    public PythonModule(String name) {
        this(PythonBuiltinClassType.PythonModule, name);
    }

    public PythonModule(Object cls, String name) {
        super(cls);
        PDict d = new PDict();
        setDict(d);
        d.setItem("__name__", name);
        d.setItem("__doc__", PNone.NONE);
        d.setItem("__package__", PNone.NONE);
        d.setItem("__loader__", PNone.NONE);
        d.setItem("__spec__", PNone.NONE);
    }

    public String getName() {
        Object n = getDict().getItem("__name__");
        return n instanceof String s ? s : "?";
    }

    public Object getModuleState() {
        return moduleState;
    }

    public void setModuleState(Object state) {
        this.moduleState = state;
    }

    /** Sets a global ({@code module.name = value}). */
    public void setAttribute(String name, Object value) {
        getDict().setItem(name, value);
    }

    /** A global or {@code null}. */
    public Object getAttribute(String name) {
        return getDict().getItem(name);
    }
}
