package org.jpy.objects.descriptor;

import org.jpy.objects.PythonObject;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A {@code getset_descriptor}: a computed attribute of a builtin type ({@code function.__name__},
 * {@code type.__dict__}). One builtin implements get, set and delete: it receives {@code (self, value)} with
 * {@code PNone.NO_VALUE} for get and {@link #DELETE_MARKER} for delete. A data descriptor.
 */
public final class GetSetDescriptor extends PythonObject {
    /** The value passed to the accessor to request deletion. */
    public static final Object DELETE_MARKER = new Object() {
        @Override
        public String toString() {
            return "<DELETE>";
        }
    };

    private final String name;
    private final Object ownerType;
    private final PBuiltinFunction accessor;
    private final boolean settable;
    private final boolean deletable;

    public GetSetDescriptor(String name, Object ownerType, PBuiltinFunction accessor, boolean settable, boolean deletable) {
        super(PythonBuiltinClassType.GetSetDescriptor);
        this.name = name;
        this.ownerType = ownerType;
        this.accessor = accessor;
        this.settable = settable;
        this.deletable = deletable;
    }

    public String getName() {
        return name;
    }

    /** {@code __objclass__}: a {@code PythonBuiltinClassType} or {@code PythonClass}. */
    public Object getOwnerType() {
        return ownerType;
    }

    public PBuiltinFunction getAccessor() {
        return accessor;
    }

    public boolean isSettable() {
        return settable;
    }

    public boolean isDeletable() {
        return deletable;
    }
}
