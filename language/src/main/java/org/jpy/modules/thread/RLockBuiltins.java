package org.jpy.modules.thread;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** The {@code _thread.RLock}-only methods: construction and the {@code threading.Condition} support hooks. */
public final class RLockBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return RLockBuiltinsFactory.getFactories();
    }

    static PythonRLock rlock(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PythonObject po && po.getBuiltinValue() instanceof PythonRLock r) {
            return r;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a '_thread.RLock' object, not '%T'", self);
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, takesVarArgs = true, takesVarKeywordArgs = true, parameterNames = {"$cls"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] args) {
            Object cls = args[0];
            if (!(cls instanceof PythonClass) && !(cls instanceof PythonBuiltinClassType)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "RLock.__new__(X): X is not a type object");
            }
            PythonObject lock = new PythonObject(cls);
            lock.setBuiltinValue(new PythonRLock());
            return lock;
        }
    }

    @Builtin(name = "_is_owned", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class IsOwnedNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object isOwned(Object self) {
            return rlock(this, self).isOwned();
        }
    }

    @Builtin(name = "_recursion_count", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class RecursionCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object count(Object self) {
            PythonRLock r = rlock(this, self);
            return (long) (r.isOwned() ? r.count() : 0);
        }
    }

    @Builtin(name = "_release_save", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class ReleaseSaveNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object releaseSave(Object self) {
            PythonRLock r = rlock(this, self);
            if (!r.isOwned()) {
                throw PRaise.raise(this, PythonBuiltinClassType.RuntimeError, "cannot release un-acquired lock");
            }
            long owner = ThreadModuleBuiltins.ident();
            int count = r.releaseSave();
            return new PTuple(new Object[]{(long) count, owner});
        }
    }

    @Builtin(name = "_acquire_restore", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$state"})
    @GenerateNodeFactory
    abstract static class AcquireRestoreNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object acquireRestore(Object self, Object state) {
            PythonRLock r = rlock(this, self);
            long count = 1;
            if (state instanceof PTuple t && t.size() >= 1 && t.get(0) instanceof Long c) {
                count = c;
            }
            try {
                r.acquireRestore((int) count);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PRaise.raise(this, PythonBuiltinClassType.KeyboardInterrupt);
            }
            return PNone.NONE;
        }
    }
}
