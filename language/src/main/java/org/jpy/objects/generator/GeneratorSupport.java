package org.jpy.objects.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code send}, {@code throw} and {@code close} of generators and coroutines (CPython's {@code gen_send_ex},
 * {@code _gen_throw}, {@code gen_close}) over the resumable body: each step calls the body root once; the body
 * either suspends (the call returns the yielded value) or finishes (the generator is marked finished and the
 * return value kept for {@code StopIteration.value}).
 */
public final class GeneratorSupport {
    private GeneratorSupport() {
    }

    /** Marker returned by {@link #resume} when the generator finished instead of yielding. */
    public static final Object FINISHED = new Object() {
        @Override
        public String toString() {
            return "<generator finished>";
        }
    };

    /**
     * Resumes the body. Returns the yielded value, or {@link #FINISHED} (the return value is then
     * {@link PGenerator#getReturnValue()}).
     */
    public static Object resume(Node node, PGenerator gen, Object sent, PBaseException thrown) {
        if (gen.isRunning()) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, gen.getKind() == PGenerator.Kind.COROUTINE ? "coroutine already executing" : "generator already executing");
        }
        if (gen.isFinished()) {
            if (thrown != null) {
                throw PRaise.raiseObject(node, thrown);
            }
            if (gen.getKind() == PGenerator.Kind.COROUTINE) {
                throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "cannot reuse already awaited coroutine");
            }
            gen.finish(PNone.NONE);
            return FINISHED;
        }
        if (!gen.isStarted() && thrown == null && sent != PNone.NONE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "can't send non-None value to a just-started %s", kindName(gen));
        }
        gen.setRunning(true);
        try {
            Object result = gen.getResumeTarget().call(node, gen, sent, thrown);
            return gen.isFinished() ? FINISHED : result;
        } finally {
            gen.setRunning(false);
        }
    }

    static String kindName(PGenerator gen) {
        return switch (gen.getKind()) {
            case GENERATOR -> "generator";
            case COROUTINE -> "coroutine";
            case ASYNC_GENERATOR -> "async generator";
        };
    }

    /** {@code gen.send(value)} / {@code next(gen)}: the yielded value, or StopIteration carrying the return value. */
    @TruffleBoundary
    public static Object send(Node node, PGenerator gen, Object value) {
        Object r = resume(node, gen, value, null);
        if (r == FINISHED) {
            throw stopIteration(node, gen.getReturnValue());
        }
        return r;
    }

    @TruffleBoundary
    public static PException stopIteration(Node node, Object value) {
        if (value == PNone.NONE) {
            return PRaise.raise(node, PythonBuiltinClassType.StopIteration);
        }
        return PRaise.raiseWithArgs(node, PythonBuiltinClassType.StopIteration, value);
    }

    /** {@code gen.throw(typ[, val[, tb]])}: normalizes to an exception instance and raises it at the suspension point. */
    @TruffleBoundary
    public static Object throwInto(Node node, PGenerator gen, Object typ, Object val, Object tb) {
        PBaseException exc = normalize(node, typ, val);
        if (tb != PNone.NO_VALUE && tb != PNone.NONE) {
            exc.setTraceback(tb);
        }
        Object r = resume(node, gen, PNone.NONE, exc);
        if (r == FINISHED) {
            throw stopIteration(node, gen.getReturnValue());
        }
        return r;
    }

    @TruffleBoundary
    public static PBaseException normalize(Node node, Object typ, Object val) {
        if (typ instanceof PBaseException exc) {
            if (val != PNone.NO_VALUE && val != PNone.NONE) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "instance exception may not have a separate value");
            }
            return exc;
        }
        if (typ instanceof PythonClass cls && cls.isSubtypeOf(JpyContext.get(node).lookupType(PythonBuiltinClassType.BaseException))) {
            if (val instanceof PBaseException e && GetClassNode.getPythonClassUncached(e).isSubtypeOf(cls)) {
                return e;
            }
            Object created;
            if (val == PNone.NO_VALUE || val == PNone.NONE) {
                created = PyObjectCallNode.callUncached(cls);
            } else if (val instanceof org.jpy.objects.tuple.PTuple t) {
                created = PyObjectCallNode.callUncached(cls, t.getArray());
            } else {
                created = PyObjectCallNode.callUncached(cls, val);
            }
            return (PBaseException) created;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", PRaise.typeName(typ));
    }

    /** {@code gen.close()}: GeneratorExit at the suspension point; yielding again is a RuntimeError. */
    @TruffleBoundary
    public static Object close(Node node, PGenerator gen) {
        if (gen.isFinished() || !gen.isStarted()) {
            gen.setStarted(true);
            gen.finish(PNone.NONE);
            return PNone.NONE;
        }
        PBaseException exit = (PBaseException) PyObjectCallNode.callUncached(JpyContext.get(node).lookupType(PythonBuiltinClassType.GeneratorExit));
        Object r;
        try {
            r = resume(node, gen, PNone.NONE, exit);
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.GeneratorExit) || e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                return PNone.NONE;
            }
            throw e;
        }
        if (r == FINISHED) {
            return PNone.NONE;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, gen.getKind() == PGenerator.Kind.ASYNC_GENERATOR ? "async generator ignored GeneratorExit"
                        : gen.getKind() == PGenerator.Kind.COROUTINE ? "coroutine ignored GeneratorExit" : "generator ignored GeneratorExit");
    }
}
