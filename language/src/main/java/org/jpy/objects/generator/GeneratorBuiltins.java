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
import org.jpy.objects.frame.PFrame;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Methods and attributes shared by generators and coroutines ({@code types.GeneratorType},
 * {@code types.CoroutineType}): iteration, {@code send}/{@code throw}/{@code close}, and the introspection
 * attributes ({@code gi_running}, {@code gi_frame}, {@code gi_code}, {@code gi_yieldfrom}, {@code cr_*}).
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.PGenerator, PythonBuiltinClassType.PCoroutine})
public final class GeneratorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return GeneratorBuiltinsFactory.getFactories();
    }

    static PGenerator check(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PGenerator g) {
            return g;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'generator' object but received a '%s'", PRaise.typeName(self));
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object iter(Object self) {
            PGenerator g = check(this, self);
            if (g.getKind() == PGenerator.Kind.COROUTINE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'coroutine' object is not iterable");
            }
            return g;
        }
    }

    @Builtin(name = "__next__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object next(Object self) {
            PGenerator g = check(this, self);
            if (g.getKind() == PGenerator.Kind.COROUTINE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'coroutine' object is not an iterator");
            }
            return GeneratorSupport.send(this, g, PNone.NONE);
        }
    }

    @Builtin(name = "send", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object send(Object self, Object value) {
            return GeneratorSupport.send(this, check(this, self), value);
        }
    }

    @Builtin(name = "throw", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 4)
    @GenerateNodeFactory
    abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doThrow(Object self, Object typ, Object val, Object tb) {
            return GeneratorSupport.throwInto(this, check(this, self), typ, val, tb);
        }
    }

    @Builtin(name = "close", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object close(Object self) {
            return GeneratorSupport.close(this, check(this, self));
        }
    }

    @Builtin(name = "__await__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class AwaitNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object await(Object self) {
            PGenerator g = check(this, self);
            if (g.getKind() != PGenerator.Kind.COROUTINE) {
                throw PRaise.raise(this, PythonBuiltinClassType.AttributeError, "'generator' object has no attribute '__await__'");
            }
            return new PCoroutineWrapper(g);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object self) {
            PGenerator g = check(this, self);
            return String.format("<%s object %s at 0x%x>", GeneratorSupport.kindName(g).replace(' ', '_'), g.getQualname(), IdentityIds.id(g));
        }
    }

    @Builtin(name = "__name__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object name(Object self, Object value) {
            PGenerator g = check(this, self);
            if (value == PNone.NO_VALUE) {
                return g.getName();
            }
            if (!(value instanceof String s)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "__name__ must be set to a string object");
            }
            g.setName(s);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__qualname__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    abstract static class QualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object qualname(Object self, Object value) {
            PGenerator g = check(this, self);
            if (value == PNone.NO_VALUE) {
                return g.getQualname();
            }
            if (!(value instanceof String s)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "__qualname__ must be set to a string object");
            }
            g.setQualname(s);
            return PNone.NONE;
        }
    }

    abstract static class Getter extends PythonBinaryBuiltinNode {
    }

    @Builtin(name = "gi_running", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @Builtin(name = "cr_running", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class RunningNode extends Getter {
        @Specialization
        Object running(Object self, Object value) {
            return check(this, self).isRunning();
        }
    }

    @Builtin(name = "gi_suspended", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @Builtin(name = "cr_suspended", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class SuspendedNode extends Getter {
        @Specialization
        Object suspended(Object self, Object value) {
            PGenerator g = check(this, self);
            return g.isStarted() && !g.isFinished() && !g.isRunning();
        }
    }

    @Builtin(name = "gi_code", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @Builtin(name = "cr_code", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class CodeNode extends Getter {
        @Specialization
        Object code(Object self, Object value) {
            Object c = check(this, self).getCode();
            return c == null ? PNone.NONE : c;
        }
    }

    @Builtin(name = "gi_yieldfrom", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @Builtin(name = "cr_await", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class YieldFromNode extends Getter {
        @Specialization
        Object yieldFrom(Object self, Object value) {
            Object y = check(this, self).getYieldFrom();
            return y == null ? PNone.NONE : y;
        }
    }

    @Builtin(name = "gi_frame", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @Builtin(name = "cr_frame", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class FrameNode extends Getter {
        @Specialization
        @TruffleBoundary
        Object frame(Object self, Object value) {
            PGenerator g = check(this, self);
            if (g.isFinished()) {
                return PNone.NONE;
            }
            PFrame f = new PFrame(g.getName(), "", g.getCode(), PNone.NONE, 0);
            f.setTruffleFrame(g.getFrame());
            return f;
        }
    }
}
