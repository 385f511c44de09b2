package org.jpy.modules.thread;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The methods shared by {@code _thread.lock} and {@code _thread.RLock} ({@code acquire}, {@code release}, the context
 * manager protocol, {@code locked}, {@code __repr__}), dispatching on the lock state held as the object's builtin
 * value. Installed by {@link ThreadModuleBuiltins#initialize}.
 */
public final class LockBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return LockBuiltinsFactory.getFactories();
    }

    static Object state(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PythonObject po && (po.getBuiltinValue() instanceof PythonLock || po.getBuiltinValue() instanceof PythonRLock)) {
            return po.getBuiltinValue();
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a lock object, not '%T'", self);
    }

    @TruffleBoundary
    static boolean acquire(PythonBuiltinBaseNode node, Object state, boolean blocking, double timeout) {
        try {
            if (state instanceof PythonLock lock) {
                return lock.acquire(blocking, timeout);
            }
            return ((PythonRLock) state).acquire(blocking, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PRaise.raise(node, PythonBuiltinClassType.KeyboardInterrupt);
        }
    }

    @TruffleBoundary
    static void release(PythonBuiltinBaseNode node, Object state) {
        if (state instanceof PythonLock lock) {
            if (!lock.release()) {
                throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "release unlocked lock");
            }
        } else if (!((PythonRLock) state).release()) {
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "cannot release un-acquired lock");
        }
    }

    @Builtin(name = "acquire", minNumOfPositionalArgs = 1, parameterNames = {"$self", "blocking", "timeout"})
    @Builtin(name = "acquire_lock", minNumOfPositionalArgs = 1, parameterNames = {"$self", "blocking", "timeout"})
    @GenerateNodeFactory
    abstract static class AcquireNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object acquire(Object self, Object blocking, Object timeout) {
            Object state = state(this, self);
            boolean b = ThreadModuleBuiltins.isTrue(blocking);
            double t = ThreadModuleBuiltins.timeoutSeconds(this, timeout, b);
            return LockBuiltins.acquire(this, state, b, t);
        }
    }

    @Builtin(name = "__enter__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object enter(Object self) {
            return LockBuiltins.acquire(this, state(this, self), true, -1);
        }
    }

    @Builtin(name = "release", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @Builtin(name = "release_lock", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class ReleaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object release(Object self) {
            LockBuiltins.release(this, state(this, self));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__exit__", minNumOfPositionalArgs = 1, takesVarArgs = true, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object exit(Object[] args) {
            LockBuiltins.release(this, state(this, args[0]));
            return PNone.NONE;
        }
    }

    @Builtin(name = "locked", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @Builtin(name = "locked_lock", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class LockedNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object locked(Object self) {
            Object state = state(this, self);
            return state instanceof PythonLock l ? l.isLocked() : ((PythonRLock) state).isLocked();
        }
    }

    @Builtin(name = "_at_fork_reinit", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class AtForkReinitNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object reinit(Object self) {
            if (state(this, self) instanceof PythonLock l) {
                l.reinit();
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object self) {
            Object state = state(this, self);
            String typeName = ((PythonObject) self).getPythonClass().getName();
            String module = "_thread";
            if (state instanceof PythonLock l) {
                return String.format("<%s %s.%s object at 0x%x>", l.isLocked() ? "locked" : "unlocked", module, typeName, IdentityIds.id(self));
            }
            PythonRLock r = (PythonRLock) state;
            long owner = r.isOwned() ? ThreadModuleBuiltins.ident() : 0;
            return String.format("<%s %s.%s object owner=%d count=%d at 0x%x>", r.isLocked() ? "locked" : "unlocked", module, typeName, owner,
                            r.isOwned() ? r.count() : 0, IdentityIds.id(self));
        }
    }
}
