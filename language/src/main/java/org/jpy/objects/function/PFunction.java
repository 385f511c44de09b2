package org.jpy.objects.function;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.PDict;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A Python function: code, globals, defaults, keyword defaults, closure and the writable metadata attributes.
 * Call sites cache on {@link #getCode()} (the call target lives in the code object, so all closures created
 * from one {@code def} share one compiled body). Arbitrary attributes go to the object's shape/{@code __dict__}.
 */
public final class PFunction extends PythonObject {
    private PCode code;
    private final PDict globals;
    private Object[] defaults;
    private PDict kwDefaults;
    private final PCell[] closure;
    private String name;
    private String qualname;
    private Object module;
    private Object doc = PNone.NONE;
    private Object annotations;
    private Object typeParams;

    public PFunction(PCode code, PDict globals, Object[] defaults, PDict kwDefaults, PCell[] closure) {
        super(PythonBuiltinClassType.PFunction);
        this.code = code;
        this.globals = globals;
        this.defaults = defaults == null ? EMPTY : defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.getName();
        this.qualname = code.getQualName();
        Object m = globals == null ? null : globals.getItem("__name__");
        this.module = m == null ? PNone.NONE : m;
    }

    public static final Object[] EMPTY = new Object[0];

    public PCode getCode() {
        return code;
    }

    public void setCode(PCode code) {
        this.code = code;
    }

    public PDict getGlobals() {
        return globals;
    }

    /** {@code __defaults__} as an array (empty when none); the defaults of the last positional parameters. */
    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults == null ? EMPTY : defaults;
    }

    /** {@code __kwdefaults__} or {@code null}. */
    public PDict getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(PDict kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    /** {@code __closure__} cells (in {@code co_freevars} order) or {@code null}. */
    public PCell[] getClosure() {
        return closure;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualName() {
        return qualname;
    }

    public void setQualName(String qualname) {
        this.qualname = qualname;
    }

    public Object getModule() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    /** {@code __annotations__} dict, or {@code null} until first requested/set. */
    public Object getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Object annotations) {
        this.annotations = annotations;
    }

    public Object getTypeParams() {
        return typeParams;
    }

    public void setTypeParams(Object typeParams) {
        this.typeParams = typeParams;
    }
}
