package org.jpy.objects.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A generator, coroutine or async generator object. Its state is the materialized frame of the body plus the
 * saved positions the resumable nodes keep in that frame; resuming calls {@link #getResumeTarget()} (the body's
 * root) with {@code [generator, sent value, thrown exception]}, which re-enters the node tree at the suspended
 * {@code yield}. No threads are involved.
 */
public final class PGenerator extends PythonObject {
    public enum Kind {
        GENERATOR,
        COROUTINE,
        ASYNC_GENERATOR
    }

    private final Kind kind;
    private final MaterializedFrame frame;
    private final RootCallTarget resumeTarget;
    private String name;
    private String qualname;
    private final Object code;
    private boolean started;
    private boolean running;
    private boolean finished;
    private Object returnValue = PNone.NONE;
    private Object yieldFrom;
    /** Async generators: true while an {@code asend}/{@code athrow} awaitable is running (ag_running). */
    private boolean asyncRunning;
    private boolean hooksCalled;

    public PGenerator(Kind kind, MaterializedFrame frame, RootCallTarget resumeTarget, String name, String qualname, Object code) {
        super(switch (kind) {
            case GENERATOR -> PythonBuiltinClassType.PGenerator;
            case COROUTINE -> PythonBuiltinClassType.PCoroutine;
            case ASYNC_GENERATOR -> PythonBuiltinClassType.PAsyncGenerator;
        });
        this.kind = kind;
        this.frame = frame;
        this.resumeTarget = resumeTarget;
        this.name = name;
        this.qualname = qualname;
        this.code = code;
    }

    public Kind getKind() {
        return kind;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public RootCallTarget getResumeTarget() {
        return resumeTarget;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public Object getCode() {
        return code;
    }

    public boolean isStarted() {
        return started;
    }

    public void setStarted(boolean started) {
        this.started = started;
    }

    public boolean isRunning() {
        return running;
    }

    public void setRunning(boolean running) {
        this.running = running;
    }

    public boolean isFinished() {
        return finished;
    }

    public void finish(Object value) {
        this.finished = true;
        this.returnValue = value;
        this.yieldFrom = null;
    }

    public Object getReturnValue() {
        return returnValue;
    }

    public Object getYieldFrom() {
        return yieldFrom;
    }

    public void setYieldFrom(Object yieldFrom) {
        this.yieldFrom = yieldFrom;
    }

    public boolean isAsyncRunning() {
        return asyncRunning;
    }

    public void setAsyncRunning(boolean asyncRunning) {
        this.asyncRunning = asyncRunning;
    }

    public boolean isHooksCalled() {
        return hooksCalled;
    }

    public void setHooksCalled(boolean hooksCalled) {
        this.hooksCalled = hooksCalled;
    }
}
