package org.jpy.objects.generator;

import java.util.List;

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
import org.jpy.objects.PNone;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The awaitable iterators: {@code coroutine_wrapper} (what {@code coro.__await__()} returns, forwarding to the
 * coroutine) and the async-generator step awaitables ({@link PAsyncGenStep}).
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.PCoroutineWrapper, PythonBuiltinClassType.PAsyncGenASend, PythonBuiltinClassType.PAsyncGenAThrow})
public final class CoroutineBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return CoroutineBuiltinsFactory.getFactories();
    }

    static PGenerator coro(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PCoroutineWrapper w) {
            return w.getCoroutine();
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "expected a coroutine_wrapper");
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__await__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class AwaitNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object await(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object next(Object self) {
            if (self instanceof PAsyncGenStep step) {
                return step.send(this, PNone.NONE, null);
            }
            return GeneratorSupport.send(this, coro(this, self), PNone.NONE);
        }
    }

    @Builtin(name = "send", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object send(Object self, Object value) {
            if (self instanceof PAsyncGenStep step) {
                return step.send(this, value, null);
            }
            return GeneratorSupport.send(this, coro(this, self), value);
        }
    }

    @Builtin(name = "throw", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 4)
    @GenerateNodeFactory
    abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doThrow(Object self, Object typ, Object val, Object tb) {
            if (self instanceof PAsyncGenStep step) {
                return step.throwInto(this, typ, val, tb);
            }
            return GeneratorSupport.throwInto(this, coro(this, self), typ, val, tb);
        }
    }

    @Builtin(name = "close", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object close(Object self) {
            if (self instanceof PAsyncGenStep step) {
                step.close();
                return PNone.NONE;
            }
            return GeneratorSupport.close(this, coro(this, self));
        }
    }
}
