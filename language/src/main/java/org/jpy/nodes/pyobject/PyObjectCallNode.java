package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.descriptor.PDecoratedMethod;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.objects.function.PBuiltinMethod;
import org.jpy.objects.function.PFunction;
import org.jpy.objects.function.PMethod;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code callable(*args, **kwargs)} ({@code PyObject_Call}). Functions and builtins dispatch through
 * {@link CallFunctionNode}'s inline cache; bound methods pass their receiver as an extra argument instead of
 * building a new array; classes run {@code type.__call__} inline ({@code __new__}, then {@code __init__} when
 * the result is an instance) unless the metaclass overrides {@code __call__}; anything else is called through
 * {@code type(x).__call__}.
 */
public abstract class PyObjectCallNode extends Node {
    public abstract Object execute(Object callable, Object[] args, PKeyword[] keywords);

    /** Positional-only convenience. */
    public final Object call(Object callable, Object... args) {
        return execute(callable, args, PKeyword.EMPTY);
    }

    @NeverDefault
    public static PyObjectCallNode create() {
        return PyObjectCallNodeGen.create();
    }

    @Specialization
    static Object doFunction(PFunction fn, Object[] args, PKeyword[] keywords, @Shared @Cached CallFunctionNode call) {
        return call.execute(fn, null, args, keywords);
    }

    @Specialization
    static Object doBuiltin(PBuiltinFunction fn, Object[] args, PKeyword[] keywords, @Shared @Cached CallFunctionNode call) {
        return call.execute(fn, null, args, keywords);
    }

    @Specialization
    static Object doMethod(PMethod m, Object[] args, PKeyword[] keywords, @Shared @Cached CallFunctionNode call) {
        return call.execute(m.getFunction(), m.getSelf(), args, keywords);
    }

    @Specialization
    static Object doBuiltinMethod(PBuiltinMethod m, Object[] args, PKeyword[] keywords, @Shared @Cached CallFunctionNode call) {
        return call.execute(m.getFunction(), m.getSelf(), args, keywords);
    }

    @Specialization
    static Object doClass(PythonClass cls, Object[] args, PKeyword[] keywords,
                    @Bind("$node") Node node,
                    @Cached GetClassNode getMeta,
                    @Cached LookupAttributeInMRONode lookupCall,
                    @Cached LookupAttributeInMRONode lookupNew,
                    @Cached LookupAttributeInMRONode lookupInit,
                    @Cached GetClassNode getResultClass,
                    @Cached CallFunctionNode callNew,
                    @Cached CallFunctionNode callInit) {
        PythonClass meta = getMeta.execute(cls);
        Object callDescr = lookupCall.execute(meta, "__call__");
        if (!(callDescr == PNone.NO_VALUE || callDescr instanceof PBuiltinFunction bf && bf.isDefaultSlot())) {
            Node prev = CallLocation.enter(node);
            try {
                return CallFunctionNode.callUncached(callDescr, cls, args, keywords);
            } finally {
                CallLocation.exit(prev);
            }
        }
        if (cls.getBuiltinType() == PythonBuiltinClassType.PythonClass && args.length == 1 && keywords.length == 0) {
            return getResultClass.execute(args[0]);
        }
        Object newDescr = lookupNew.execute(cls, "__new__");
        if (newDescr instanceof PDecoratedMethod dm && dm.isStaticMethod()) {
            newDescr = dm.getCallable();
        }
        if (newDescr == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot create '%s' instances", cls.getName());
        }
        if (newDescr instanceof PBuiltinFunction nb && nb.isDefaultSlot() && cls.getBuiltinBase() == PythonBuiltinClassType.PythonObject && cls.isHeapType() && !cls.isAbstract()) {
            // object.__new__ inline: allocate, then __init__ (the excess-argument errors are left to the builtins)
            Object initDescr = lookupInit.execute(cls, "__init__");
            boolean defaultInit = initDescr instanceof PBuiltinFunction ib && ib.isDefaultSlot();
            if (!(defaultInit && (args.length != 0 || keywords.length != 0))) {
                PythonObject obj = new PythonObject(cls);
                if (!defaultInit) {
                    Object r = callInit.execute(initDescr, obj, args, keywords);
                    if (r != PNone.NONE) {
                        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__init__() should return None, not '%T'", r);
                    }
                }
                return obj;
            }
        }
        Object obj = callNew.execute(newDescr, cls, args, keywords);
        PythonClass objClass = getResultClass.execute(obj);
        if (objClass == cls || objClass.isSubtypeOf(cls)) {
            Object initDescr = lookupInit.execute(objClass, "__init__");
            if (initDescr != PNone.NO_VALUE) {
                Object r = callInit.execute(initDescr, obj, args, keywords);
                if (r != PNone.NONE) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__init__() should return None, not '%T'", r);
                }
            }
        }
        return obj;
    }

    @Fallback
    static Object doOther(Object callable, Object[] args, PKeyword[] keywords, @Bind("$node") Node node) {
        Node prev = CallLocation.enter(node);
        try {
            return callObjectSlow(node, callable, args, keywords);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static Object callObjectSlow(Node node, Object callable, Object[] args, PKeyword[] keywords) {
        Object call = GetClassNode.getPythonClassUncached(callable).lookup("__call__");
        if (call == PNone.NO_VALUE) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%T' object is not callable", callable);
        }
        if (call instanceof PFunction || call instanceof PBuiltinFunction) {
            return CallFunctionNode.callUncached(call, callable, args, keywords);
        }
        Object bound = Descriptors.hasGet(call) ? Descriptors.get(node, call, callable, GetClassNode.getPythonClassUncached(callable)) : call;
        return callUncached(bound, args, keywords);
    }

    /** Slow path {@code callable(*args, **kwargs)}. */
    @TruffleBoundary
    public static Object callUncached(Object callable, Object[] args, PKeyword[] keywords) {
        if (callable instanceof PFunction || callable instanceof PBuiltinFunction) {
            return CallFunctionNode.callUncached(callable, null, args, keywords);
        } else if (callable instanceof PMethod m) {
            return CallFunctionNode.callUncached(m.getFunction(), m.getSelf(), args, keywords);
        } else if (callable instanceof PBuiltinMethod m) {
            return CallFunctionNode.callUncached(m.getFunction(), m.getSelf(), args, keywords);
        } else if (callable instanceof PythonClass cls) {
            return callClassUncached(cls, args, keywords);
        }
        return callObjectSlow(null, callable, args, keywords);
    }

    /** Slow path positional call. */
    @TruffleBoundary
    public static Object callUncached(Object callable, Object... args) {
        return callUncached(callable, args, PKeyword.EMPTY);
    }

    @TruffleBoundary
    private static Object callClassUncached(PythonClass cls, Object[] args, PKeyword[] keywords) {
        PythonClass meta = GetClassNode.getPythonClassUncached(cls);
        Object callDescr = meta.lookup("__call__");
        if (!(callDescr == PNone.NO_VALUE || callDescr instanceof PBuiltinFunction bf && bf.isDefaultSlot())) {
            return CallFunctionNode.callUncached(callDescr, cls, args, keywords);
        }
        return typeCall(cls, args, keywords);
    }

    /** The default {@code type.__call__(cls, *args, **kwargs)}. */
    @TruffleBoundary
    public static Object typeCall(PythonClass cls, Object[] args, PKeyword[] keywords) {
        if (cls.getBuiltinType() == PythonBuiltinClassType.PythonClass && args.length == 1 && keywords.length == 0) {
            return GetClassNode.getPythonClassUncached(args[0]);
        }
        Object newDescr = cls.lookup("__new__");
        if (newDescr instanceof PDecoratedMethod dm && dm.isStaticMethod()) {
            newDescr = dm.getCallable();
        }
        if (newDescr == PNone.NO_VALUE) {
            throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "cannot create '%s' instances", cls.getName());
        }
        Object obj = CallFunctionNode.callUncached(newDescr, cls, args, keywords);
        PythonClass objClass = GetClassNode.getPythonClassUncached(obj);
        if (objClass.isSubtypeOf(cls)) {
            Object initDescr = objClass.lookup("__init__");
            if (initDescr != PNone.NO_VALUE) {
                Object r;
                if (initDescr instanceof PFunction || initDescr instanceof PBuiltinFunction) {
                    r = CallFunctionNode.callUncached(initDescr, obj, args, keywords);
                } else {
                    Object bound = Descriptors.hasGet(initDescr) ? Descriptors.get(null, initDescr, obj, objClass) : initDescr;
                    r = callUncached(bound, args, keywords);
                }
                if (r != PNone.NONE) {
                    throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__init__() should return None, not '%T'", r);
                }
            }
        }
        return obj;
    }
}
