package org.jpy.objects.iterator;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
public final class PCallableIterator extends PIterator {
    private Object callable;
    private final Object sentinel;

    public PCallableIterator(Object callable, Object sentinel) {
        super(PythonBuiltinClassType.PCallableIterator);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public Object next(Node node) {
        if (callable == null) {
            return null;
        }
        Object v = PyObjectCallNode.callUncached(callable);
        if (PyObjectRichCompareNode.equalsUncached(v, sentinel)) {
            callable = null;
            return null;
        }
        return v;
    }
}
