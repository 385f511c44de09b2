package org.jpy.nodes.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code except T} matching (CPython's {@code PyErr_GivenExceptionMatches} plus the CHECK_EXC_MATCH type check):
 * {@code T} is a class or a tuple of classes, each of which must derive from BaseException. The common case, one
 * class, is a subclass check on the exception's class (cached MRO walk in {@link PythonClass#isSubtypeOf}).
 */
public abstract class ExceptionMatchNode extends Node {
    public abstract boolean execute(PBaseException exc, Object type);

    public static ExceptionMatchNode create() {
        return ExceptionMatchNodeGen.create();
    }

    @Specialization
    boolean doClass(PBaseException exc, PythonClass type,
                    @Cached GetClassNode getClass) {
        checkExceptionClass(this, type);
        return getClass.execute(exc).isSubtypeOf(type);
    }

    @Specialization
    boolean doTuple(PBaseException exc, PTuple types,
                    @Cached GetClassNode getClass) {
        return matchTuple(this, getClass.execute(exc), types);
    }

    @Specialization(replaces = {"doClass", "doTuple"})
    boolean doOther(PBaseException exc, Object type) {
        throw notAnExceptionClass(this);
    }

    @TruffleBoundary
    private static boolean matchTuple(Node node, PythonClass cls, PTuple types) {
        boolean result = false;
        for (Object t : types.getArray()) {
            if (t instanceof PTuple nested) {
                result |= matchTuple(node, cls, nested);
            } else if (t instanceof PythonClass c) {
                checkExceptionClass(node, c);
                result |= cls.isSubtypeOf(c);
            } else {
                throw notAnExceptionClass(node);
            }
        }
        return result;
    }

    static void checkExceptionClass(Node node, PythonClass type) {
        if (!isExceptionClass(node, type)) {
            throw notAnExceptionClass(node);
        }
    }

    @TruffleBoundary
    static boolean isExceptionClass(Node node, PythonClass type) {
        return type.isSubtypeOf(JpyContext.get(node).lookupType(PythonBuiltinClassType.BaseException));
    }

    static RuntimeException notAnExceptionClass(Node node) {
        return PRaise.raise(node, PythonBuiltinClassType.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
}
