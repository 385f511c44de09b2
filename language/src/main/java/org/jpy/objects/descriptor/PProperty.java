package org.jpy.objects.descriptor;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** A {@code property}: fget/fset/fdel/doc (each {@code PNone.NONE} when absent). Always a data descriptor. */
public final class PProperty extends PythonObject {
    private Object fget = PNone.NONE;
    private Object fset = PNone.NONE;
    private Object fdel = PNone.NONE;
    private Object doc = PNone.NONE;
    private Object name = PNone.NONE;
    private boolean getterDoc;

    public PProperty(Object cls) {
        super(cls);
    }

    public Object getFget() {
        return fget;
    }

    public void setFget(Object fget) {
        this.fget = fget;
    }

    public Object getFset() {
        return fset;
    }

    public void setFset(Object fset) {
        this.fset = fset;
    }

    public Object getFdel() {
        return fdel;
    }

    public void setFdel(Object fdel) {
        this.fdel = fdel;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    /** The attribute name from {@code __set_name__}, or {@code NONE}. */
    public Object getName() {
        return name;
    }

    public void setName(Object name) {
        this.name = name;
    }

    public boolean isGetterDoc() {
        return getterDoc;
    }

    public void setGetterDoc(boolean getterDoc) {
        this.getterDoc = getterDoc;
    }

    /** Default class. */
    public static PProperty create() {
        return new PProperty(PythonBuiltinClassType.PProperty);
    }
}
