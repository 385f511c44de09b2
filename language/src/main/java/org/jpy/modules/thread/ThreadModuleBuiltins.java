package org.jpy.modules.thread;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code _thread}: locks ({@code allocate_lock}, {@code LockType}, {@code RLock}), thread identity and the constants
 * {@code threading} reads at import. Lock objects are plain objects of the builtin classes {@code _thread.lock} and
 * {@code _thread.RLock} whose builtin value is a {@link PythonLock}/{@link PythonRLock}; their methods are installed
 * from {@link LockBuiltins} when the module is created. Starting threads needs polyglot threads and a GIL and is not
 * available yet: {@code start_new_thread} raises {@code RuntimeError("can't start new thread")}.
 */
@CoreFunctions(defineModule = "_thread")
public final class ThreadModuleBuiltins extends PythonBuiltins {
    /** CPython's {@code _thread.TIMEOUT_MAX} on 64-bit Linux. */
    public static final double TIMEOUT_MAX = 9223372036.0;

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ThreadModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        LockBuiltins locks = new LockBuiltins();
        BuiltinInstaller.installIntoClass(context.getLanguage(), locks, context.lookupType(PythonBuiltinClassType.PLock), PythonBuiltinClassType.PLock);
        BuiltinInstaller.installIntoClass(context.getLanguage(), locks, context.lookupType(PythonBuiltinClassType.PRLock), PythonBuiltinClassType.PRLock);
        BuiltinInstaller.installIntoClass(context.getLanguage(), new RLockBuiltins(), context.lookupType(PythonBuiltinClassType.PRLock),
                        PythonBuiltinClassType.PRLock);
        module.setAttribute("LockType", context.lookupType(PythonBuiltinClassType.PLock));
        module.setAttribute("RLock", context.lookupType(PythonBuiltinClassType.PRLock));
        module.setAttribute("error", context.lookupType(PythonBuiltinClassType.RuntimeError));
        module.setAttribute("TIMEOUT_MAX", TIMEOUT_MAX);
    }

    static PythonObject newLock() {
        PythonObject lock = new PythonObject(PythonBuiltinClassType.PLock);
        lock.setBuiltinValue(new PythonLock());
        return lock;
    }

    /** {@code get_ident()}: the Java thread id, stable for the thread's life and unique among live threads. */
    @TruffleBoundary
    static long ident() {
        return Thread.currentThread().threadId();
    }

    /** Timeout in seconds from a Python int or float, with CPython's checks; {@code -1} means none. */
    static double timeoutSeconds(PythonBuiltinBaseNode node, Object timeout, boolean blocking) {
        if (timeout == PNone.NO_VALUE) {
            return -1;
        }
        double t;
        if (timeout instanceof Double d) {
            t = d;
        } else if (timeout instanceof Long l) {
            t = l;
        } else if (timeout instanceof Integer i) {
            t = i;
        } else if (timeout instanceof Boolean b) {
            t = b ? 1 : 0;
        } else if (timeout instanceof BigInteger big) {
            t = big.doubleValue();
        } else {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%T' object cannot be interpreted as an integer", timeout);
        }
        if (Double.isNaN(t)) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "Invalid value NaN (not a number)");
        }
        if (!blocking && t != -1) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "can't specify a timeout for a non-blocking call");
        }
        if (t < 0 && t != -1) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "timeout value must be positive");
        }
        if (t > TIMEOUT_MAX) {
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "timeout value is too large");
        }
        return t == -1 ? -1 : t;
    }

    @Builtin(name = "allocate_lock", minNumOfPositionalArgs = 0)
    @Builtin(name = "allocate", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class AllocateLockNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object allocate(Object[] args) {
            return newLock();
        }
    }

    @Builtin(name = "_set_sentinel", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class SetSentinelNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object sentinel(Object[] args) {
            return newLock();
        }
    }

    @Builtin(name = "get_ident", minNumOfPositionalArgs = 0)
    @Builtin(name = "get_native_id", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class GetIdentNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object getIdent(Object[] args) {
            return ident();
        }
    }

    @Builtin(name = "_count", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class CountNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object count(Object[] args) {
            return 0L;
        }
    }

    @Builtin(name = "daemon_threads_allowed", minNumOfPositionalArgs = 0)
    @Builtin(name = "_is_main_interpreter", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class TrueNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object yes(Object[] args) {
            return true;
        }
    }

    @Builtin(name = "stack_size", minNumOfPositionalArgs = 0, maxNumOfPositionalArgs = 1, parameterNames = {"$size"})
    @GenerateNodeFactory
    abstract static class StackSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object stackSize(Object size) {
            if (size != PNone.NO_VALUE && !(size instanceof Long l && l == 0) && !(size instanceof Integer i && i == 0)) {
                if (size instanceof Long l && l > 0 && l < 32768) {
                    throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "size not valid: %d bytes", l);
                }
            }
            return 0L;
        }
    }

    @Builtin(name = "start_new_thread", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3, parameterNames = {"$function", "$args", "$kwargs"})
    @Builtin(name = "start_new", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3, parameterNames = {"$function", "$args", "$kwargs"})
    @GenerateNodeFactory
    abstract static class StartNewThreadNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object start(Object[] args) {
            throw PRaise.raise(this, PythonBuiltinClassType.RuntimeError, "can't start new thread");
        }
    }

    @Builtin(name = "exit", minNumOfPositionalArgs = 0)
    @Builtin(name = "exit_thread", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object exit(Object[] args) {
            throw PRaise.raise(this, PythonBuiltinClassType.SystemExit);
        }
    }

    @Builtin(name = "interrupt_main", minNumOfPositionalArgs = 0, maxNumOfPositionalArgs = 1, parameterNames = {"signum"})
    @GenerateNodeFactory
    abstract static class InterruptMainNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object interrupt(Object signum) {
            return PNone.NONE;
        }
    }

    static boolean isTrue(Object value) {
        if (value == PNone.NO_VALUE) {
            return true;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return PyObjectIsTrueNode.isTrue(value);
    }
}
