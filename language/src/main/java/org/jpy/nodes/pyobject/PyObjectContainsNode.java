package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.set.PBaseSet;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code item in container} ({@code PySequence_Contains}): {@code __contains__}, else iteration comparing with
 * {@code is} or {@code ==}; "argument of type 'X' is not iterable" if neither works. Inline for str-in-str and
 * exact builtin containers.
 */
@GenerateUncached
public abstract class PyObjectContainsNode extends Node {
    /** {@code item in container}. */
    public abstract boolean execute(Object container, Object item);

    @NeverDefault
    public static PyObjectContainsNode create() {
        return PyObjectContainsNodeGen.create();
    }

    @Specialization
    static boolean doString(String container, String item) {
        return container.contains(item);
    }

    @Specialization(guards = "isExactDict(dict)")
    static boolean doDict(PDict dict, Object item) {
        return dict.containsKey(item);
    }

    static boolean isExactDict(PDict dict) {
        return dict.getStoredPythonClass() == PythonBuiltinClassType.PDict;
    }

    @Fallback
    static boolean doGeneric(Object container, Object item, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return containsGeneric(node, container, item);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static boolean containsGeneric(Node node, Object container, Object item) {
        PythonClass type = GetClassNode.getPythonClassUncached(container);
        Object descr = type.lookup("__contains__");
        if (descr != PNone.NO_VALUE && descr != PNone.NONE) {
            return PyObjectIsTrueNode.isTrue(CallFunctionNode.callMethodUncached(descr, container, new Object[]{item}));
        }
        boolean builtin = container instanceof org.jpy.objects.PythonObject po && po.getStoredPythonClass() instanceof PythonBuiltinClassType;
        if (builtin) {
            if (container instanceof PList l) {
                for (int i = 0; i < l.size(); i++) {
                    if (PyObjectRichCompareNode.equalsUncached(l.get(i), item)) {
                        return true;
                    }
                }
                return false;
            } else if (container instanceof PTuple t) {
                for (Object o : t.getArray()) {
                    if (PyObjectRichCompareNode.equalsUncached(o, item)) {
                        return true;
                    }
                }
                return false;
            } else if (container instanceof PBaseSet s) {
                return s.contains(item);
            } else if (container instanceof PDict d) {
                return d.containsKey(item);
            }
        }
        if (type.lookup("__iter__") == PNone.NO_VALUE && type.lookup("__getitem__") == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "argument of type '%s' is not iterable", type.getName());
        }
        Object it = PyObjectGetIterNode.getIter(container);
        while (true) {
            Object v = PyIterNextNode.next(it);
            if (v == PNone.NO_VALUE) {
                return false;
            }
            if (PyObjectRichCompareNode.equalsUncached(v, item)) {
                return true;
            }
        }
    }

    /** Slow path {@code item in container}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        return PyObjectContainsNodeGen.getUncached().execute(container, item);
    }
}
