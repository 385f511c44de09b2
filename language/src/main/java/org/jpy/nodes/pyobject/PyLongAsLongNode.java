package org.jpy.nodes.pyobject;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code PyLong_AsLong}: an int-like object ({@code __index__}) as a Java {@code long}; raises
 * "Python int too large to convert to C long" (OverflowError) when it does not fit.
 */
@GenerateUncached
public abstract class PyLongAsLongNode extends Node {
    public abstract long execute(Object obj);

    @NeverDefault
    public static PyLongAsLongNode create() {
        return PyLongAsLongNodeGen.create();
    }

    @Specialization
    static long doLong(long value) {
        return value;
    }

    @Specialization
    static long doBoolean(boolean value) {
        return value ? 1 : 0;
    }

    @Fallback
    static long doGeneric(Object obj, @Bind("$node") Node node) {
        return asLong(node, obj);
    }

    @TruffleBoundary
    public static long asLong(Node node, Object obj) {
        Object idx = PyNumberIndexNode.indexUncached(obj);
        if (idx instanceof Long l) {
            return l;
        }
        BigInteger bi = (BigInteger) idx;
        if (bi.bitLength() < 64) {
            return bi.longValue();
        }
        throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "Python int too large to convert to C long");
    }
}
