package org.jpy.objects.superobject;

import org.jpy.objects.PythonObject;

/**
 * A {@code super} object: {@code __thisclass__} (the class whose MRO successor is searched), {@code __self__} (the
 * bound instance or class, or {@code null} for unbound) and {@code __self_class__} (its type, or itself if a class).
 */
public final class PSuper extends PythonObject {
    private Object thisClass;
    private Object self;
    private Object selfClass;

    public PSuper(Object cls) {
        super(cls);
    }

    public Object getThisClass() {
        return thisClass;
    }

    public Object getSelf() {
        return self;
    }

    public Object getSelfClass() {
        return selfClass;
    }

    public void init(Object thisClass, Object self, Object selfClass) {
        this.thisClass = thisClass;
        this.self = self;
        this.selfClass = selfClass;
    }
}
