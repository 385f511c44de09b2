package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.object.PSequenceIterator;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code next(it)} for loops ({@code PyIter_Next}): returns the next value, or {@code PNone.NO_VALUE} when the
 * iterator is exhausted (StopIteration raised by {@code __next__} is swallowed; other exceptions propagate).
 * Raises "'X' object is not an iterator" if {@code type(it)} has no {@code __next__}.
 */
public abstract class PyIterNextNode extends Node {
    public abstract Object execute(Object iterator);

    @NeverDefault
    public static PyIterNextNode create() {
        return PyIterNextNodeGen.create();
    }

    @Specialization
    static Object doSequenceIterator(PSequenceIterator it, @Bind("$node") Node node) {
        return nextFromSequence(it);
    }

    @Specialization(replaces = "doSequenceIterator")
    static Object doGeneric(Object it, @Bind("$node") Node node,
                    @Cached GetClassNode getClass,
                    @Cached LookupAttributeInMRONode lookupNext,
                    @Cached CallFunctionNode callNext) {
        if (it instanceof PSequenceIterator si) {
            return nextFromSequence(si);
        }
        PythonClass type = getClass.execute(it);
        Object next = lookupNext.execute(type, "__next__");
        if (next == PNone.NO_VALUE || next == PNone.NONE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object is not an iterator", type.getName());
        }
        try {
            return callNext.execute(next, it, new Object[0], org.jpy.runtime.PKeyword.EMPTY);
        } catch (PException e) {
            if (e.getPythonException().isBuiltinType(PythonBuiltinClassType.StopIteration) || isStopIteration(e)) {
                return PNone.NO_VALUE;
            }
            throw e;
        }
    }

    @TruffleBoundary
    private static boolean isStopIteration(PException e) {
        return e.isInstanceOf(PythonBuiltinClassType.StopIteration);
    }

    /** One step of the {@code __getitem__} sequence protocol. */
    @TruffleBoundary
    public static Object nextFromSequence(PSequenceIterator it) {
        Object seq = it.getSequence();
        if (seq == null) {
            return PNone.NO_VALUE;
        }
        try {
            Object v = PyObjectGetItemNode.getItem(seq, it.getIndex());
            it.setIndex(it.getIndex() + 1);
            return v;
        } catch (PException e) {
            if (e.isInstanceOf(PythonBuiltinClassType.IndexError) || e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                it.exhaust();
                return PNone.NO_VALUE;
            }
            throw e;
        }
    }

    /** Slow path: next value or {@code NO_VALUE}. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PSequenceIterator si) {
            return nextFromSequence(si);
        }
        PythonClass type = GetClassNode.getPythonClassUncached(iterator);
        Object next = type.lookup("__next__");
        if (next == PNone.NO_VALUE || next == PNone.NONE) {
            throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "'%s' object is not an iterator", type.getName());
        }
        try {
            return CallFunctionNode.callMethodUncached(next, iterator, new Object[0]);
        } catch (PException e) {
            if (isStopIteration(e)) {
                return PNone.NO_VALUE;
            }
            throw e;
        }
    }
}
