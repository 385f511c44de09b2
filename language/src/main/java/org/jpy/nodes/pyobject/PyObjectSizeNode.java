package org.jpy.nodes.pyobject;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.set.PBaseSet;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code len(obj)} ({@code PyObject_Size}): direct for {@code str} (in code points) and exact builtin
 * containers, otherwise {@code __len__}, whose result must be a non-negative index-sized int.
 */
@GenerateUncached
public abstract class PyObjectSizeNode extends Node {
    public abstract int execute(Object obj);

    @NeverDefault
    public static PyObjectSizeNode create() {
        return PyObjectSizeNodeGen.create();
    }

    @Specialization
    static int doString(String s) {
        return codePointLength(s);
    }

    /** The length of a str in code points (fast when there are no surrogate pairs). */
    public static int codePointLength(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return codePointLengthSlow(s);
            }
        }
        return n;
    }

    @TruffleBoundary
    private static int codePointLengthSlow(String s) {
        return s.codePointCount(0, s.length());
    }

    @Specialization(guards = "isBuiltin(list)")
    static int doList(PList list) {
        return list.size();
    }

    @Specialization(guards = "isBuiltin(tuple)")
    static int doTuple(PTuple tuple) {
        return tuple.size();
    }

    @Specialization(guards = "isBuiltin(dict)")
    static int doDict(PDict dict) {
        return dict.size();
    }

    static boolean isBuiltin(PythonObject o) {
        return o.getStoredPythonClass() instanceof PythonBuiltinClassType;
    }

    @Fallback
    static int doGeneric(Object obj, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return sizeGeneric(node, obj);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static int sizeGeneric(Node node, Object obj) {
        PythonClass type = GetClassNode.getPythonClassUncached(obj);
        Object descr = type.lookup("__len__");
        if (descr == PNone.NO_VALUE || descr == PNone.NONE) {
            if (obj instanceof PythonObject po && po.getStoredPythonClass() instanceof PythonBuiltinClassType) {
                if (po instanceof PBaseSet s) {
                    return s.size();
                } else if (po instanceof PBytes b) {
                    return b.size();
                } else if (po instanceof PByteArray b) {
                    return b.size();
                }
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "object of type '%s' has no len()", type.getName());
        }
        return checkLenResult(node, CallFunctionNode.callMethodUncached(descr, obj, new Object[0]));
    }

    /** Validates a {@code __len__} result as CPython does. */
    @TruffleBoundary
    static int checkLenResult(Node node, Object r) {
        Object index;
        if (r instanceof Long || r instanceof Boolean || r instanceof BigInteger) {
            index = r;
        } else {
            try {
                index = PyNumberIndexNode.indexUncached(r);
            } catch (org.jpy.runtime.PException e) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%T' object cannot be interpreted as an integer", r);
            }
        }
        if (index instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (index instanceof BigInteger bi) {
            if (bi.signum() < 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "__len__() should return >= 0");
            }
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        long l = (Long) index;
        if (l < 0) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "__len__() should return >= 0");
        }
        if (l > Integer.MAX_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return (int) l;
    }

    /** Slow path {@code len(obj)}. */
    @TruffleBoundary
    public static int size(Object obj) {
        return PyObjectSizeNodeGen.getUncached().execute(obj);
    }
}
