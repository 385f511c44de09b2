package org.jpy.objects.iterator;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The builtin iterators ({@code list_iterator}, {@code str_iterator}, {@code range_iterator}, dict and set iterators...):
 * one Java class per way of producing items, all sharing {@link IteratorBuiltins}' {@code __iter__}/{@code __next__}.
 * {@link #next} returns {@code null} at the end; once exhausted an iterator stays exhausted, as in CPython.
 */
public abstract class PIterator extends PythonObject {
    protected PIterator(Object type) {
        super(type);
    }

    /** The next item, or null when exhausted (may raise a Python exception, e.g. "dictionary changed size during iteration"). */
    public abstract Object next(Node node);

    /** {@code __length_hint__}: remaining items, or -1 when unknown. */
    public long lengthHint() {
        return -1;
    }
}
