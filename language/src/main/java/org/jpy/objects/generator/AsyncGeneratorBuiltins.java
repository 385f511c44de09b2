package org.jpy.objects.generator;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonQuaternaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.objects.PNone;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code types.AsyncGeneratorType}: {@code __aiter__}, {@code __anext__}, {@code asend}, {@code athrow}, {@code aclose}, {@code ag_*}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PAsyncGenerator)
public final class AsyncGeneratorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return AsyncGeneratorBuiltinsFactory.getFactories();
    }

    static PGenerator agen(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PGenerator g && g.getKind() == PGenerator.Kind.ASYNC_GENERATOR) {
            return g;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires an 'async_generator' object but received a '%s'", PRaise.typeName(self));
    }

    @Builtin(name = "__aiter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class AIterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object aiter(Object self) {
            return agen(this, self);
        }
    }

    @Builtin(name = "__anext__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ANextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object anext(Object self) {
            return new PAsyncGenStep(agen(this, self), PAsyncGenStep.Mode.SEND, PNone.NONE);
        }
    }

    @Builtin(name = "asend", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ASendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object asend(Object self, Object value) {
            return new PAsyncGenStep(agen(this, self), PAsyncGenStep.Mode.SEND, value);
        }
    }

    @Builtin(name = "athrow", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 4)
    @GenerateNodeFactory
    abstract static class AThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object athrow(Object self, Object typ, Object val, Object tb) {
            return new PAsyncGenStep(agen(this, self), PAsyncGenStep.Mode.THROW, GeneratorSupport.normalize(this, typ, val));
        }
    }

    @Builtin(name = "aclose", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ACloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object aclose(Object self) {
            return new PAsyncGenStep(agen(this, self), PAsyncGenStep.Mode.CLOSE, PNone.NONE);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object self) {
            PGenerator g = agen(this, self);
            return String.format("<async_generator object %s at 0x%x>", g.getQualname(), IdentityIds.id(g));
        }
    }

    @Builtin(name = "__name__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object name(Object self, Object value) {
            return agen(this, self).getName();
        }
    }

    @Builtin(name = "__qualname__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class QualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object qualname(Object self, Object value) {
            return agen(this, self).getQualname();
        }
    }

    @Builtin(name = "ag_running", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class RunningNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object running(Object self, Object value) {
            return agen(this, self).isRunning();
        }
    }

    @Builtin(name = "ag_code", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class CodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object code(Object self, Object value) {
            Object c = agen(this, self).getCode();
            return c == null ? PNone.NONE : c;
        }
    }

    @Builtin(name = "ag_await", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class AwaitNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object await(Object self, Object value) {
            Object y = agen(this, self).getYieldFrom();
            return y == null ? PNone.NONE : y;
        }
    }
}
