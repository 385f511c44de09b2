package org.jpy.objects.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.exception.PBaseException;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The awaitable of one async-generator step ({@code async_generator_asend} for {@code __anext__}/{@code asend},
 * {@code async_generator_athrow} for {@code athrow}/{@code aclose}). Driving it resumes the generator body: values
 * the body awaits pass through to the event loop; a value the body yields (marked by {@link Wrapped}) ends the
 * step with {@code StopIteration(value)}; the end of the body is {@code StopAsyncIteration}.
 */
public final class PAsyncGenStep extends PythonObject {
    /** An async generator's own {@code yield} value, distinguished from values passing through {@code await}. */
    public record Wrapped(Object value) {
    }

    public enum Mode {
        SEND,
        THROW,
        CLOSE
    }

    private final PGenerator gen;
    private final Mode mode;
    private final Object value;
    private boolean started;
    private boolean done;

    public PAsyncGenStep(PGenerator gen, Mode mode, Object value) {
        super(mode == Mode.SEND ? PythonBuiltinClassType.PAsyncGenASend : PythonBuiltinClassType.PAsyncGenAThrow);
        this.gen = gen;
        this.mode = mode;
        this.value = value;
    }

    /** One {@code send()} into this awaitable. */
    @TruffleBoundary
    public Object send(Node node, Object sent, PBaseException thrown) {
        if (done) {
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, mode == Mode.SEND ? "cannot reuse already awaited __anext__()/asend()"
                            : "cannot reuse already awaited aclose()/athrow()");
        }
        Object toSend = sent;
        PBaseException toThrow = thrown;
        if (!started) {
            started = true;
            if (mode == Mode.SEND) {
                toSend = sent == PNone.NONE ? value : sent;
            } else if (mode == Mode.THROW) {
                toThrow = (PBaseException) value;
            } else {
                toThrow = (PBaseException) PyObjectCallNode.callUncached(JpyContext.get(node).lookupType(PythonBuiltinClassType.GeneratorExit));
            }
            if (gen.isFinished()) {
                done = true;
                if (mode == Mode.CLOSE) {
                    throw PRaise.raise(node, PythonBuiltinClassType.StopIteration);
                }
                if (mode == Mode.THROW) {
                    throw PRaise.raiseObject(node, toThrow);
                }
                throw PRaise.raise(node, PythonBuiltinClassType.StopAsyncIteration);
            }
        }
        Object r;
        try {
            r = GeneratorSupport.resume(node, gen, toSend == null ? PNone.NONE : toSend, toThrow);
        } catch (PException e) {
            done = true;
            if (mode == Mode.CLOSE && (e.isInstanceOf(PythonBuiltinClassType.GeneratorExit) || e.isInstanceOf(PythonBuiltinClassType.StopAsyncIteration))) {
                throw PRaise.raise(node, PythonBuiltinClassType.StopIteration);
            }
            throw e;
        }
        if (r == GeneratorSupport.FINISHED) {
            done = true;
            if (mode == Mode.CLOSE) {
                throw PRaise.raise(node, PythonBuiltinClassType.StopIteration);
            }
            throw PRaise.raise(node, PythonBuiltinClassType.StopAsyncIteration);
        }
        if (r instanceof Wrapped w) {
            done = true;
            if (mode == Mode.CLOSE) {
                throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "async generator ignored GeneratorExit");
            }
            throw GeneratorSupport.stopIteration(node, w.value());
        }
        return r;
    }

    @TruffleBoundary
    public Object throwInto(Node node, Object typ, Object val, Object tb) {
        return send(node, PNone.NONE, GeneratorSupport.normalize(node, typ, val));
    }

    public void close() {
        done = true;
    }
}
