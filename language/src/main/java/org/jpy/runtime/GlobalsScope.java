package org.jpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.jpy.JpyLanguage;
import org.jpy.objects.dict.PDict;

/**
 * The top-level scope an embedder sees through {@code Context.getBindings("jpy")}: the globals of {@code __main__}
 * (read, write, list). Keys that are not {@code str} are not shown.
 */
@ExportLibrary(InteropLibrary.class)
public final class GlobalsScope implements TruffleObject {
    private final JpyContext context;
    private PDict fallback;

    public GlobalsScope(JpyContext context) {
        this.context = context;
    }

    /** {@code sys.modules['__main__'].__dict__}, looked up on each access (the module may be created or replaced later). */
    @TruffleBoundary
    private PDict globals() {
        if (context.getHook("sys") != null) {
            PDict modules = org.jpy.modules.sys.SysModule.get(context).getModulesDict();
            if (modules.getItem("__main__") instanceof org.jpy.objects.module.PythonModule m) {
                return m.getDict();
            }
        }
        if (fallback == null) {
            fallback = new PDict();
        }
        return fallback;
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
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Object k : globals().keys()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
        return new Names(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return globals().getItem(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = globals().getItem(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return v instanceof Integer i ? (long) i : v;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return globals().getItem(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return globals().getItem(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        globals().setItem(member, value instanceof Integer i ? (long) i : value);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "globals";
    }

    /** The member names array. */
    @ExportLibrary(InteropLibrary.class)
    static final class Names implements TruffleObject {
        private final String[] names;

        Names(String[] names) {
            this.names = names;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return names.length;
        }

        @ExportMessage
        boolean isArrayElementReadable(long index) {
            return index >= 0 && index < names.length;
        }

        @ExportMessage
        Object readArrayElement(long index) throws InvalidArrayIndexException {
            if (index < 0 || index >= names.length) {
                throw InvalidArrayIndexException.create(index);
            }
            return names[(int) index];
        }
    }
}
