package org.jpy.objects.bytes;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** A {@code bytes}: an immutable {@code byte[]} (never written after construction). */
public final class PBytes extends PythonObject {
    public static final byte[] EMPTY = new byte[0];
    private final byte[] bytes;

    public PBytes(byte[] bytes) {
        super(PythonBuiltinClassType.PBytes);
        this.bytes = bytes;
    }

    public PBytes(Object cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }
}
