package org.jpy.modules.sys;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.JpyLanguage;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.exception.TracebackPrinter;
import org.jpy.nodes.function.CallDepth;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.objects.PNone;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The Java functions of {@code sys} (the rest of the module is set up by {@link SysModule}, partly in Python):
 * the raw stream primitives behind {@code sys.stdout}/{@code stderr}/{@code stdin}, recursion limit, frames,
 * the exception being handled, and the default traceback printer.
 */
@CoreFunctions(defineModule = "sys", isEager = true)
public final class SysModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return SysModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        var opts = context.getEnv().getOptions();
        int optimize = opts.get(JpyLanguage.Optimize);
        module.getDict().setItem("_jpy_flags", new PTuple(new Object[]{0L, opts.get(JpyLanguage.Inspect) ? 1L : 0L, opts.get(JpyLanguage.Inspect) ? 1L : 0L, (long) optimize,
                        opts.get(JpyLanguage.DontWriteBytecode) ? 1L : 0L, opts.get(JpyLanguage.NoUserSite) ? 1L : 0L, opts.get(JpyLanguage.NoSite) ? 1L : 0L,
                        opts.get(JpyLanguage.IgnoreEnvironment) ? 1L : 0L, (long) opts.get(JpyLanguage.Verbose), 0L, opts.get(JpyLanguage.Quiet) ? 1L : 0L, 1L,
                        opts.get(JpyLanguage.Isolated) ? 1L : 0L, false, 0L, 0L, opts.get(JpyLanguage.Isolated), 4300L}));
        SysModule.create(context, module);
        module.getDict().delItem("_jpy_flags");
    }

    @Builtin(name = "_jpy_write", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object write(long fd, Object s) {
            if (!(s instanceof String str)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "write() argument must be str, not %s", PRaise.typeName(s));
            }
            SysModule.get(JpyContext.get(this)).write((int) fd, str);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_jpy_flush", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object flush(long fd) {
            SysModule.get(JpyContext.get(this)).flush((int) fd);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_jpy_readline", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReadlineNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object readline(long fd) {
            return SysModule.get(JpyContext.get(this)).readline();
        }
    }

    @Builtin(name = "_jpy_read", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReadNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object read(long fd) {
            return SysModule.get(JpyContext.get(this)).readAll();
        }
    }

    @Builtin(name = "_jpy_print_exception", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class PrintExceptionNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object print(Object value) {
            TracebackPrinter.printException(JpyContext.get(this), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "getrecursionlimit")
    @GenerateNodeFactory
    abstract static class GetRecursionLimitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object get(VirtualFrame frame, Object[] args) {
            return (long) CallDepth.current().getLimit();
        }
    }

    @Builtin(name = "setrecursionlimit", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class SetRecursionLimitNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object set(Object limit) {
            if (!(limit instanceof Long) && !(limit instanceof Boolean)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%s' object cannot be interpreted as an integer", PRaise.typeName(limit));
            }
            long n = limit instanceof Long l ? l : ((Boolean) limit ? 1 : 0);
            if (n < 1) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "recursion limit must be greater or equal than 1");
            }
            CallDepth d = CallDepth.current();
            if (n <= d.getDepth()) {
                throw PRaise.raise(this, PythonBuiltinClassType.RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n,
                                (long) d.getDepth());
            }
            d.setLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PNone.NONE;
        }
    }

    @Builtin(name = "exc_info")
    @GenerateNodeFactory
    abstract static class ExcInfoNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object excInfo(VirtualFrame frame, Object[] args) {
            return info();
        }

        @TruffleBoundary
        private static Object info() {
            Object exc = ExceptionSupport.currentHandled();
            if (exc instanceof PBaseException e) {
                return new PTuple(new Object[]{GetClassNode.getPythonClassUncached(e), e, e.getTraceback()});
            }
            return new PTuple(new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
        }
    }

    @Builtin(name = "exception")
    @GenerateNodeFactory
    abstract static class ExceptionNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object exception(VirtualFrame frame, Object[] args) {
            return ExceptionSupport.currentHandled();
        }
    }

    @Builtin(name = "_getframe", minNumOfPositionalArgs = 0, maxNumOfPositionalArgs = 1, parameterNames = {"depth"})
    @GenerateNodeFactory
    abstract static class GetFrameNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object getFrame(Object depth) {
            long d = depth == PNone.NO_VALUE ? 0 : PyNumberIndexNode.asSize(this, depth, PythonBuiltinClassType.OverflowError);
            Object f = org.jpy.nodes.frame.FrameSupport.getFrame(this, (int) d);
            if (f == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "call stack is not deep enough");
            }
            return f;
        }
    }
}
