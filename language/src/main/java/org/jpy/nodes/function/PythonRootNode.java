package org.jpy.nodes.function;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.nodes.RootNode;

import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.runtime.PException;

/**
 * Base of the root nodes that run Python code (module bodies, functions, class bodies, generator bodies). What
 * they share is what a Python frame needs to show in tracebacks and to {@code sys._getframe}: the code name
 * ({@code co_name}), the file name, the source span, the code object, and the frame slot that holds the globals.
 * Root nodes of builtins are not {@code PythonRootNode}s, so tracebacks skip them as CPython's do.
 */
public abstract class PythonRootNode extends RootNode {
    private final String codeName;
    private final String qualname;
    private final String filename;
    private final SourceSection sourceSection;
    protected final int globalsSlot;
    private Object code;

    protected PythonRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String codeName, String qualname, String filename, SourceSection sourceSection,
                    int globalsSlot) {
        super(language, descriptor);
        this.codeName = codeName;
        this.qualname = qualname;
        this.filename = filename;
        this.sourceSection = sourceSection;
        this.globalsSlot = globalsSlot;
    }

    public final String getCodeName() {
        return codeName;
    }

    public final String getQualname() {
        return qualname;
    }

    public final String getFilename() {
        return filename;
    }

    @Override
    public final SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getName() {
        return qualname;
    }

    @Override
    public String toString() {
        return "<python " + qualname + ">";
    }

    /** The code object ({@code PCode}) of this body, or null for top-level module code. */
    public final Object getCode() {
        return code;
    }

    public final void setCode(Object code) {
        this.code = code;
    }

    public Object getGlobals(Frame frame) {
        if (frame == null || globalsSlot < 0) {
            return null;
        }
        return frame.getValue(globalsSlot);
    }

    /** Called when a Python exception leaves this frame: adds its traceback entry. */
    protected final void exceptionLeaving(PException e, Frame frame) {
        ExceptionSupport.recordFrame(e, this, frame == null ? null : frame.materialize(), true);
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
