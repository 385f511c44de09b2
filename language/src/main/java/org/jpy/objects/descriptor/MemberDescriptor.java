package org.jpy.objects.descriptor;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A {@code member_descriptor}: one {@code __slots__} entry. The value lives in the instance's shape under a
 * private key object (so it never collides with a {@code __dict__} entry of the same name); reading an unset
 * slot raises AttributeError. A data descriptor.
 */
public final class MemberDescriptor extends PythonObject {
    private final String name;
    private final Object ownerType;
    private final Object storageKey;

    public MemberDescriptor(String name, Object ownerType) {
        super(PythonBuiltinClassType.MemberDescriptor);
        this.name = name;
        this.ownerType = ownerType;
        this.storageKey = new SlotKey(name);
    }

    public String getName() {
        return name;
    }

    public Object getOwnerType() {
        return ownerType;
    }

    /** The shape key holding the slot value. */
    public Object getStorageKey() {
        return storageKey;
    }

    private record SlotKey(String name) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
