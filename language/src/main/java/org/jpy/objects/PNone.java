package org.jpy.objects;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.jpy.JpyLanguage;

/**
 * {@code None}, plus the internal marker {@link #NO_VALUE}. They are JVM-wide singletons (not
 * {@link PythonObject}s) because they carry no state and must be comparable by identity from any context;
 * their class ({@code NoneType}) is resolved through {@code GetClassNode}.
 *
 * <p>{@code NO_VALUE} means "argument not given" (builtins receive it for absent optional parameters) or
 * "attribute/key missing" (look-ups return it instead of throwing). It must never reach Python code.
 */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements TruffleObject {
    public static final PNone NONE = new PNone("None");
    public static final PNone NO_VALUE = new PNone("<NO_VALUE>");

    private final String name;

    private PNone(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<JpyLanguage> getLanguage() {
        return JpyLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }
}
