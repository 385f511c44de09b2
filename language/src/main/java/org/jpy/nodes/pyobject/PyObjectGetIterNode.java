package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.object.PSequenceIterator;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code iter(obj)} ({@code PyObject_GetIter}): {@code type(obj).__iter__} (which must return an object with
 * {@code __next__}); {@code __iter__ = None} means not iterable; without {@code __iter__} but with
 * {@code __getitem__}, a sequence iterator. Iterator types of the builtin containers provide their own fast
 * {@code __iter__}/{@code __next__}.
 */
@GenerateUncached
public abstract class PyObjectGetIterNode extends Node {
    public abstract Object execute(Object obj);

    @NeverDefault
    public static PyObjectGetIterNode create() {
        return PyObjectGetIterNodeGen.create();
    }

    @Specialization
    static Object doGeneric(Object obj, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return getIterGeneric(node, obj);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static Object getIterGeneric(Node node, Object obj) {
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__iter__");
        if (descr == PNone.NONE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object is not iterable", type.getName());
        }
        if (descr == PNone.NO_VALUE) {
            Object getitem = type.lookup("__getitem__");
            if (getitem != PNone.NO_VALUE && getitem != PNone.NONE && !(obj instanceof org.jpy.objects.dict.PDict)) {
                return new PSequenceIterator(obj);
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' object is not iterable", type.getName());
        }
        Object it = CallFunctionNode.callMethodUncached(descr, obj, new Object[0]);
        PythonClass itType = GetClassNode.getPythonClassUncached(it);
        Object next = itType.lookup("__next__");
        if (next == PNone.NO_VALUE || next == PNone.NONE) {
            if (!(it instanceof PSequenceIterator)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "iter() returned non-iterator of type '%s'", itType.getName());
            }
        }
        return it;
    }

    /** Slow path {@code iter(obj)}. */
    @TruffleBoundary
    public static Object getIter(Object obj) {
        return PyObjectGetIterNodeGen.getUncached().execute(obj);
    }
}
