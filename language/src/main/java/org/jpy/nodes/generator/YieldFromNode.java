package org.jpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectLookupSpecialNode;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.function.PCode;
import org.jpy.objects.generator.GeneratorSupport;
import org.jpy.objects.generator.PGenerator;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code yield from iterable} and {@code await awaitable} (SEND / YIELD_VALUE / CLEANUP_THROW): delegates to a
 * sub-iterator kept in a frame slot, passing each sent value or thrown exception through, and suspending with
 * each value the sub-iterator produces; its StopIteration value is the result. Sub-generators are driven
 * directly, other iterators through {@code __next__}/{@code send}/{@code throw}.
 */
public final class YieldFromNode extends ExpressionNode {
    private final GeneratorSlots gs;
    private final int iteratorSlot;
    private final boolean await;
    @Child private ExpressionNode iterable;

    YieldFromNode(GeneratorSlots gs, int iteratorSlot, ExpressionNode iterable, boolean await) {
        this.gs = gs;
        this.iteratorSlot = iteratorSlot;
        this.iterable = iterable;
        this.await = await;
    }

    /** The value a finished delegation produced. */
    record Finished(Object value) {
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result;
        if (gs.isResuming(frame)) {
            gs.clearResuming(frame);
            Object iterator = frame.getObject(iteratorSlot);
            Object sent = frame.getObject(gs.sent);
            Object thrown = frame.getObject(gs.thrown);
            frame.setObject(gs.sent, null);
            frame.setObject(gs.thrown, null);
            result = thrown != null ? throwInto(iterator, (PBaseException) thrown) : sendInto(iterator, sent);
        } else {
            Object value = iterable.execute(frame);
            Object iterator = await ? getAwaitableIterator(value) : getIterator(value);
            frame.setObject(iteratorSlot, iterator);
            result = sendInto(iterator, PNone.NONE);
        }
        if (result instanceof Finished f) {
            frame.setObject(iteratorSlot, null);
            return f.value();
        }
        throw new YieldException(result);
    }

    @TruffleBoundary
    private Object getIterator(Object value) {
        if (value instanceof PGenerator g && g.getKind() == PGenerator.Kind.GENERATOR) {
            return g;
        }
        if (value instanceof PGenerator g && g.getKind() == PGenerator.Kind.COROUTINE) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        Object it = IterationSupport.getIteratorOrNull(value);
        if (it == null) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%s' object is not iterable", PRaise.typeName(value));
        }
        return it;
    }

    @TruffleBoundary
    private Object getAwaitableIterator(Object value) {
        if (value instanceof PGenerator g) {
            if (g.getKind() == PGenerator.Kind.COROUTINE) {
                if (g.isStarted() && g.getYieldFrom() == null && g.isFinished()) {
                    throw PRaise.raise(this, PythonBuiltinClassType.RuntimeError, "cannot reuse already awaited coroutine");
                }
                return g;
            }
            if (g.getKind() == PGenerator.Kind.GENERATOR && g.getCode() instanceof PCode c && (c.getFlags() & PCode.CO_ITERABLE_COROUTINE) != 0) {
                return g;
            }
        }
        PythonClass type = GetClassNode.getPythonClassUncached(value);
        Object awaitMethod = type.lookup("__await__");
        if (awaitMethod == PNone.NO_VALUE) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "object %s can't be used in 'await' expression", type.getName());
        }
        Object it = PyObjectLookupSpecialNode.callSpecialUncached(value, "__await__");
        if (it instanceof PGenerator g && g.getKind() == PGenerator.Kind.COROUTINE) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "__await__() returned a coroutine");
        }
        if (GetClassNode.getPythonClassUncached(it).lookup("__next__") == PNone.NO_VALUE) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "__await__() returned non-iterator of type '%s'", PRaise.typeName(it));
        }
        return it;
    }

    @TruffleBoundary
    private Object sendInto(Object iterator, Object value) {
        if (iterator instanceof PGenerator g) {
            Object r = GeneratorSupport.resume(this, g, value, null);
            return r == GeneratorSupport.FINISHED ? new Finished(g.getReturnValue()) : r;
        }
        try {
            Object r;
            if (value == PNone.NONE || value == null) {
                r = PyObjectLookupSpecialNode.callSpecialUncached(iterator, "__next__");
                if (r == PNone.NO_VALUE) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%s' object is not an iterator", PRaise.typeName(iterator));
                }
            } else {
                r = org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(org.jpy.nodes.pyobject.PyObjectGetAttrNode.getAttributeUncached(iterator, "send"), value);
            }
            return r;
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                return new Finished(stopIterationValue(e.getPythonException()));
            }
            throw e;
        }
    }

    @TruffleBoundary
    private Object throwInto(Object iterator, PBaseException exc) {
        boolean isExit = GetClassNode.getPythonClassUncached(exc).isSubtypeOf(
                        org.jpy.runtime.JpyContext.get(this).lookupType(PythonBuiltinClassType.GeneratorExit));
        if (isExit) {
            if (iterator instanceof PGenerator g) {
                GeneratorSupport.close(this, g);
            } else {
                Object close = org.jpy.nodes.pyobject.PyObjectGetAttrNode.lookupAttributeUncached(iterator, "close");
                if (close != PNone.NO_VALUE) {
                    org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(close);
                }
            }
            throw PRaise.raiseObject(this, exc);
        }
        if (iterator instanceof PGenerator g) {
            Object r = GeneratorSupport.resume(this, g, PNone.NONE, exc);
            return r == GeneratorSupport.FINISHED ? new Finished(g.getReturnValue()) : r;
        }
        Object throwMethod = org.jpy.nodes.pyobject.PyObjectGetAttrNode.lookupAttributeUncached(iterator, "throw");
        if (throwMethod == PNone.NO_VALUE) {
            throw PRaise.raiseObject(this, exc);
        }
        try {
            return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(throwMethod, exc);
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                return new Finished(stopIterationValue(e.getPythonException()));
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static Object stopIterationValue(PBaseException e) {
        PTuple args = e.getArgs();
        return args.size() > 0 ? args.get(0) : PNone.NONE;
    }
}
