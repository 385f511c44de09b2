package org.jpy.objects.function;

import com.oracle.truffle.api.RootCallTarget;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.Signature;

/**
 * A function implemented in Java. In a class namespace it is a method descriptor ({@code list.append}, class
 * {@code method_descriptor}/{@code wrapper_descriptor}); in a module it is a {@code builtin_function_or_method}.
 * Its body is a {@code BuiltinRootNode} taking the same bound argument layout as Python functions, with
 * {@code PNone.NO_VALUE} for absent optional arguments.
 */
public final class PBuiltinFunction extends PythonObject {
    private final String name;
    private final String qualname;
    /** The class it was defined on ({@code PythonBuiltinClassType} or {@code PythonClass}), or {@code null} for module functions. */
    private final Object enclosingType;
    private final Signature signature;
    private final Object[] defaults;
    private final RootCallTarget callTarget;
    private final int flags;
    private Object doc;
    private Object module;
    private boolean defaultSlot;

    public static final int FLAG_CLASSMETHOD = 1;
    public static final int FLAG_STATICMETHOD = 2;

    public PBuiltinFunction(Object pythonClass, String name, String qualname, Object enclosingType, Signature signature, Object[] defaults, RootCallTarget callTarget,
                    int flags, Object doc) {
        super(pythonClass);
        this.name = name;
        this.qualname = qualname;
        this.enclosingType = enclosingType;
        this.signature = signature;
        this.defaults = defaults;
        this.callTarget = callTarget;
        this.flags = flags;
        this.doc = doc;
    }

    public String getName() {
        return name;
    }

    public String getQualName() {
        return qualname;
    }

    public Object getEnclosingType() {
        return enclosingType;
    }

    public Signature getSignature() {
        return signature;
    }

    /** Defaults for positional parameters (all {@code NO_VALUE}), aligned to the last ones. */
    public Object[] getDefaults() {
        return defaults;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public boolean isClassMethod() {
        return (flags & FLAG_CLASSMETHOD) != 0;
    }

    public boolean isStaticMethod() {
        return (flags & FLAG_STATICMETHOD) != 0;
    }

    public int getFlags() {
        return flags;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    /** Implemented by a {@link org.jpy.nodes.builtins.DefaultSlotBuiltin} node: the generic algorithm may be inlined instead of calling it. */
    public boolean isDefaultSlot() {
        return defaultSlot;
    }

    public void setDefaultSlot(boolean value) {
        this.defaultSlot = value;
    }

    public Object getModule() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }
}
