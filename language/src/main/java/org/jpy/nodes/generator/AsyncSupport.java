package org.jpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectLookupSpecialNode;
import org.jpy.objects.PNone;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** Pieces of {@code async for} / {@code async with}: {@code __aiter__}, {@code __anext__} and pending awaitables. */
final class AsyncSupport {
    private AsyncSupport() {
    }

    @TruffleBoundary
    static Object aiter(Node node, Object iterable) {
        if (GetClassNode.getPythonClassUncached(iterable).lookup("__aiter__") == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'async for' requires an object with __aiter__ method, got %s", PRaise.typeName(iterable));
        }
        Object it = PyObjectLookupSpecialNode.callSpecialUncached(iterable, "__aiter__");
        if (GetClassNode.getPythonClassUncached(it).lookup("__anext__") == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                            PRaise.typeName(it));
        }
        return it;
    }

    /** Calls {@code __anext__} of the async iterator kept in a slot: the awaitable of the next step. */
    static final class AnextCallNode extends ExpressionNode {
        private final int iteratorSlot;

        AnextCallNode(int iteratorSlot) {
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return anext(frame.getObject(iteratorSlot));
        }

        @TruffleBoundary
        private static Object anext(Object it) {
            return PyObjectLookupSpecialNode.callSpecialUncached(it, "__anext__");
        }
    }

    /** Reads element {@code index} of the Object[] kept in a slot (the awaitable an async with is waiting for). */
    static final class PendingValueNode extends ExpressionNode {
        private final int slot;
        private final int index;

        PendingValueNode(int slot, int index) {
            this.slot = slot;
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ((Object[]) frame.getObject(slot))[index];
        }
    }
}
