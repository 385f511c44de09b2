package org.jpy.objects.frame;

import com.oracle.truffle.api.frame.MaterializedFrame;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A frame object ({@code types.FrameType}), created only when Python code asks for one (tracebacks,
 * {@code sys._getframe}, generators' {@code gi_frame}). It describes an activation: its code (name, filename,
 * first line), its globals, the line it is at, the calling frame, and — when the activation kept a materialized
 * Truffle frame (generators) — its locals.
 */
public final class PFrame extends PythonObject {
    private final String codeName;
    private final String filename;
    private final Object code;
    private final Object globals;
    private int lineno;
    private PFrame back;
    private MaterializedFrame truffleFrame;
    private Object locals;

    public PFrame(String codeName, String filename, Object code, Object globals, int lineno) {
        super(PythonBuiltinClassType.PFrame);
        this.codeName = codeName;
        this.filename = filename;
        this.code = code;
        this.globals = globals;
        this.lineno = lineno;
    }

    public String getCodeName() {
        return codeName;
    }

    public String getFilename() {
        return filename;
    }

    /** The {@code PCode}, or null for module-level code executed from a source. */
    public Object getCode() {
        return code;
    }

    public Object getGlobals() {
        return globals;
    }

    public int getLineno() {
        return lineno;
    }

    public void setLineno(int lineno) {
        this.lineno = lineno;
    }

    public PFrame getBack() {
        return back;
    }

    public void setBack(PFrame back) {
        this.back = back;
    }

    public MaterializedFrame getTruffleFrame() {
        return truffleFrame;
    }

    public void setTruffleFrame(MaterializedFrame truffleFrame) {
        this.truffleFrame = truffleFrame;
    }

    public Object getLocals() {
        return locals;
    }

    public void setLocals(Object locals) {
        this.locals = locals;
    }
}
