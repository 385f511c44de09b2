package org.jpy.objects.function;

import java.util.Arrays;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.Signature;

/**
 * A code object. The Truffle body is built lazily: the compiler gives a {@link Supplier} and the first call
 * asks for it ({@link #getCallTarget()}), so unused functions cost nothing beyond their AST. The layout of
 * {@code co_varnames} fixes the calling convention (see {@code ArgumentBinder}): positional parameters,
 * keyword-only ones, then {@code *args}, then {@code **kwargs}, then the other locals.
 */
public final class PCode extends PythonObject {
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstLineNo;
    private final int argCount;
    private final int posOnlyArgCount;
    private final int kwOnlyArgCount;
    private final String[] varnames;
    private final String[] cellvars;
    private final String[] freevars;
    private final int flags;
    private final Signature signature;
    private final Supplier<RootCallTarget> callTargetSupplier;
    @CompilationFinal private RootCallTarget callTarget;
    /** Whatever the compiler wants to keep with the code object (e.g. its AST/scope); opaque here. */
    private final Object compilerData;

    public PCode(String name, String qualname, String filename, int firstLineNo, int argCount, int posOnlyArgCount, int kwOnlyArgCount, String[] varnames, String[] cellvars,
                    String[] freevars, int flags, Supplier<RootCallTarget> callTargetSupplier, Object compilerData) {
        super(PythonBuiltinClassType.PCode);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.flags = flags;
        this.callTargetSupplier = callTargetSupplier;
        this.compilerData = compilerData;
        this.signature = new Signature(name, qualname, Arrays.copyOf(varnames, argCount), posOnlyArgCount, Arrays.copyOfRange(varnames, argCount, argCount + kwOnlyArgCount),
                        (flags & CO_VARARGS) != 0, (flags & CO_VARKEYWORDS) != 0, Signature.ErrorStyle.PYTHON);
    }

    /** The body; built on first use. */
    public RootCallTarget getCallTarget() {
        RootCallTarget ct = callTarget;
        if (ct == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            ct = buildCallTarget();
        }
        return ct;
    }

    private synchronized RootCallTarget buildCallTarget() {
        if (callTarget == null) {
            callTarget = callTargetSupplier.get();
        }
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public String getName() {
        return name;
    }

    public String getQualName() {
        return qualname;
    }

    public String getFilename() {
        return filename;
    }

    public int getFirstLineNo() {
        return firstLineNo;
    }

    public int getArgCount() {
        return argCount;
    }

    public int getPosOnlyArgCount() {
        return posOnlyArgCount;
    }

    public int getKwOnlyArgCount() {
        return kwOnlyArgCount;
    }

    public String[] getVarnames() {
        return varnames;
    }

    public String[] getCellvars() {
        return cellvars;
    }

    public String[] getFreevars() {
        return freevars;
    }

    public int getFlags() {
        return flags;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    public boolean isCoroutine() {
        return (flags & CO_COROUTINE) != 0;
    }

    public boolean isAsyncGenerator() {
        return (flags & CO_ASYNC_GENERATOR) != 0;
    }

    public Object getCompilerData() {
        return compilerData;
    }
}
