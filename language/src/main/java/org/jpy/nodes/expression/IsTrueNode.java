package org.jpy.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;

/**
 * The truth value of an already computed object: inline tests for bool, int, float and str, then the abstract
 * API ({@code __bool__}, then {@code __len__}).
 */
public abstract class IsTrueNode extends Node {
    public abstract boolean execute(Object value);

    public static IsTrueNode create() {
        return IsTrueNodeGen.create();
    }

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    static boolean doDouble(double value) {
        return value != 0.0;
    }

    @Specialization
    static boolean doString(String value) {
        return !value.isEmpty();
    }

    @Fallback
    static boolean doGeneric(Object value,
                    @Cached PyObjectIsTrueNode isTrue) {
        try {
            return isTrue.execute(value);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, isTrue.getParent());
            throw e;
        }
    }
}
