package org.jpy.objects.bool;

import java.util.List;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.BinaryOp;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.objects.PNone;
import org.jpy.objects.ints.IntBuiltinsAccess;

/**
 * The methods {@code bool} adds to {@code int} ({@code Objects/boolobject.c}): its constructor, repr, and the bitwise
 * operators, which stay {@code bool} when both operands are bools and fall back to int arithmetic otherwise.
 */
@CoreFunctions(extendClasses = org.jpy.runtime.PythonBuiltinClassType.PBool)
public final class BoolBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return BoolBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls", "$x"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIt(@SuppressWarnings("unused") Object cls, Object x) {
            return x != PNone.NO_VALUE && PyObjectIsTrueNode.isTrue(x);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static String doIt(boolean self) {
            return self ? "True" : "False";
        }
    }

    @Builtin(name = "__and__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AndNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doBool(boolean self, boolean other) {
            return self & other;
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return IntBuiltinsAccess.arith(this, BinaryOp.AND, self, other, false);
        }
    }

    @Builtin(name = "__rand__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RAndNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doBool(boolean self, boolean other) {
            return self & other;
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return IntBuiltinsAccess.arith(this, BinaryOp.AND, self, other, true);
        }
    }

    @Builtin(name = "__or__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doBool(boolean self, boolean other) {
            return self | other;
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return IntBuiltinsAccess.arith(this, BinaryOp.OR, self, other, false);
        }
    }

    @Builtin(name = "__ror__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doBool(boolean self, boolean other) {
            return self | other;
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return IntBuiltinsAccess.arith(this, BinaryOp.OR, self, other, true);
        }
    }

    @Builtin(name = "__xor__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class XorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doBool(boolean self, boolean other) {
            return self ^ other;
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return IntBuiltinsAccess.arith(this, BinaryOp.XOR, self, other, false);
        }
    }

    @Builtin(name = "__rxor__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RXorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doBool(boolean self, boolean other) {
            return self ^ other;
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return IntBuiltinsAccess.arith(this, BinaryOp.XOR, self, other, true);
        }
    }
}
