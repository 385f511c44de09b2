package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.objects.function.PCode;
import org.jpy.objects.function.PFunction;
import org.jpy.runtime.ArgumentBinder;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;

/**
 * Calls a {@link PFunction} or {@link PBuiltinFunction} with an optional receiver prepended ({@code self} for
 * method calls, so no bound method is allocated). Binds arguments with {@link ArgumentBinder} and dispatches
 * through an inline cache of {@link DirectCallNode}s keyed on the code object (Python functions: all closures
 * of one {@code def} share it) or the call target (builtins), falling back to an {@link IndirectCallNode}.
 * A Java stack overflow in the callee becomes {@code RecursionError} here.
 */
@ReportPolymorphism
public abstract class CallFunctionNode extends Node {
    public static final int INLINE_CACHE_SIZE = 3;

    /** {@code self} may be {@code null} (no receiver). */
    public abstract Object execute(Object function, Object self, Object[] args, PKeyword[] keywords);

    @NeverDefault
    public static CallFunctionNode create() {
        return CallFunctionNodeGen.create();
    }

    private static final CallFunctionNode UNCACHED = new CallFunctionNode() {
        @Override
        public Object execute(Object function, Object self, Object[] args, PKeyword[] keywords) {
            return callUncached(function, self, args, keywords);
        }

        @Override
        public boolean isAdoptable() {
            return false;
        }
    };

    /** The slow-path instance (for {@code @GenerateUncached} users). */
    public static CallFunctionNode getUncached() {
        return UNCACHED;
    }

    @Specialization(guards = "fn.getCode() == cachedCode", limit = "INLINE_CACHE_SIZE")
    static Object doFunctionCached(PFunction fn, Object self, Object[] args, PKeyword[] keywords,
                    @Bind("$node") Node node,
                    @Cached("fn.getCode()") PCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode) {
        Object[] frameArgs = ArgumentBinder.bind(node, fn, cachedCode.getSignature(), fn.getDefaults(), fn.getKwDefaults(), self, args, keywords);
        try {
            return callNode.call(frameArgs);
        } catch (StackOverflowError e) {
            throw recursionError(node);
        }
    }

    @Specialization(replaces = "doFunctionCached")
    static Object doFunction(PFunction fn, Object self, Object[] args, PKeyword[] keywords,
                    @Bind("$node") Node node,
                    @Cached IndirectCallNode callNode) {
        PCode code = fn.getCode();
        Object[] frameArgs = ArgumentBinder.bind(node, fn, code.getSignature(), fn.getDefaults(), fn.getKwDefaults(), self, args, keywords);
        try {
            return callNode.call(code.getCallTarget(), frameArgs);
        } catch (StackOverflowError e) {
            throw recursionError(node);
        }
    }

    @Specialization(guards = "fn.getCallTarget() == cachedTarget", limit = "INLINE_CACHE_SIZE")
    static Object doBuiltinCached(PBuiltinFunction fn, Object self, Object[] args, PKeyword[] keywords,
                    @Bind("$node") Node node,
                    @Cached("fn.getCallTarget()") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode callNode) {
        Object[] frameArgs = ArgumentBinder.bind(node, fn, fn.getSignature(), fn.getDefaults(), null, self, args, keywords);
        try {
            return callNode.call(frameArgs);
        } catch (StackOverflowError e) {
            throw recursionError(node);
        }
    }

    @Specialization(replaces = "doBuiltinCached")
    static Object doBuiltin(PBuiltinFunction fn, Object self, Object[] args, PKeyword[] keywords,
                    @Bind("$node") Node node,
                    @Cached IndirectCallNode callNode) {
        Object[] frameArgs = ArgumentBinder.bind(node, fn, fn.getSignature(), fn.getDefaults(), null, self, args, keywords);
        try {
            return callNode.call(fn.getCallTarget(), frameArgs);
        } catch (StackOverflowError e) {
            throw recursionError(node);
        }
    }

    @Specialization(guards = {"!isPFunction(fn)", "!isPBuiltinFunction(fn)"})
    static Object doOther(Object fn, Object self, Object[] args, PKeyword[] keywords, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return callUncached(fn, self, args, keywords);
        } finally {
            CallLocation.exit(prev);
        }
    }

    static boolean isPFunction(Object o) {
        return o instanceof PFunction;
    }

    static boolean isPBuiltinFunction(Object o) {
        return o instanceof PBuiltinFunction;
    }

    @TruffleBoundary
    private static RuntimeException recursionError(Node node) {
        return PRaise.raise(node, org.jpy.runtime.PythonBuiltinClassType.RecursionError, "maximum recursion depth exceeded");
    }

    /** Slow path call of a PFunction/PBuiltinFunction; other callables go through {@link PyObjectCallNode#callUncached}. */
    @TruffleBoundary
    public static Object callUncached(Object function, Object self, Object[] args, PKeyword[] keywords) {
        try {
            if (function instanceof PFunction fn) {
                PCode code = fn.getCode();
                return code.getCallTarget().call(ArgumentBinder.bind(null, fn, code.getSignature(), fn.getDefaults(), fn.getKwDefaults(), self, args, keywords));
            } else if (function instanceof PBuiltinFunction bf) {
                return bf.getCallTarget().call(ArgumentBinder.bind(null, bf, bf.getSignature(), bf.getDefaults(), null, self, args, keywords));
            }
        } catch (StackOverflowError e) {
            throw recursionError(null);
        }
        if (self == null) {
            return PyObjectCallNode.callUncached(function, args, keywords);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return PyObjectCallNode.callUncached(function, all, keywords);
    }

    /**
     * Slow path: calls a descriptor found on a type as a method of {@code self} (what CPython's
     * {@code vectorcall_method}/{@code call_unbound} do): functions get {@code self} prepended, other descriptors
     * are bound through {@code __get__} first.
     */
    @TruffleBoundary
    public static Object callMethodUncached(Object descr, Object self, Object[] args) {
        if (descr instanceof PFunction || (descr instanceof PBuiltinFunction bf && bf.getStoredPythonClass() != org.jpy.runtime.PythonBuiltinClassType.PBuiltinFunction &&
                        !bf.isClassMethod())) {
            return callUncached(descr, self, args, PKeyword.EMPTY);
        }
        Object bound = Descriptors.hasGet(descr) ? Descriptors.get(null, descr, self, GetClassNode.getPythonClassUncached(self)) : descr;
        return PyObjectCallNode.callUncached(bound, args, PKeyword.EMPTY);
    }
}
