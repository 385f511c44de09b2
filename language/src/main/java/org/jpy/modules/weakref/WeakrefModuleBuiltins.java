package org.jpy.modules.weakref;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.LookupAttributeInMRONode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code _weakref}: {@code ref} (= {@code ReferenceType}), {@code proxy}, {@code getweakrefcount},
 * {@code getweakrefs}, {@code _remove_dead_weakref}. References are real JVM weak references (see
 * {@link WeakrefRegistry} for when callbacks run). The methods of the ref and proxy classes come from
 * {@link ReferenceTypeBuiltins} and {@link ProxyTypeBuiltins}, installed when the module is created.
 */
@CoreFunctions(defineModule = "_weakref")
public final class WeakrefModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return WeakrefModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        BuiltinInstaller.installIntoClass(context.getLanguage(), new ReferenceTypeBuiltins(), context.lookupType(PythonBuiltinClassType.PReferenceType),
                        PythonBuiltinClassType.PReferenceType);
        ProxyTypeBuiltins proxy = new ProxyTypeBuiltins();
        BuiltinInstaller.installIntoClass(context.getLanguage(), proxy, context.lookupType(PythonBuiltinClassType.PProxyType), PythonBuiltinClassType.PProxyType);
        BuiltinInstaller.installIntoClass(context.getLanguage(), proxy, context.lookupType(PythonBuiltinClassType.PCallableProxyType),
                        PythonBuiltinClassType.PCallableProxyType);
        context.lookupType(PythonBuiltinClassType.PProxyType).getDict().setItem("__hash__", PNone.NONE);
        context.lookupType(PythonBuiltinClassType.PCallableProxyType).getDict().setItem("__hash__", PNone.NONE);
        module.setAttribute("ref", context.lookupType(PythonBuiltinClassType.PReferenceType));
        module.setAttribute("ReferenceType", context.lookupType(PythonBuiltinClassType.PReferenceType));
        module.setAttribute("ProxyType", context.lookupType(PythonBuiltinClassType.PProxyType));
        module.setAttribute("CallableProxyType", context.lookupType(PythonBuiltinClassType.PCallableProxyType));
    }

    /** Can {@code value} be weakly referenced? Exact instances of most builtin value types cannot, as in CPython. */
    static boolean isWeakReferenceable(Object value) {
        if (!(value instanceof PythonObject po)) {
            return false;
        }
        Object cls = po.getStoredPythonClass();
        if (cls instanceof PythonBuiltinClassType t) {
            switch (t) {
                case PythonObject, PInt, PBool, PFloat, PComplex, PString, PBytes, PByteArray, PList, PTuple, PDict, PRange, PSlice:
                    return false;
                default:
                    return true;
            }
        }
        return true;
    }

    static WeakRefState stateOf(Object ref) {
        if (ref instanceof PythonObject po && po.getBuiltinValue() instanceof WeakRefState s) {
            return s;
        }
        return null;
    }

    /** Creates a ref or proxy object of class {@code cls} to {@code referent}, registering it. */
    @TruffleBoundary
    static PythonObject newReference(PythonBuiltinBaseNode node, Object cls, Object referent, Object callback, boolean reusePlain) {
        if (!isWeakReferenceable(referent)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot create weak reference to '%T' object", referent);
        }
        WeakrefRegistry registry = WeakrefRegistry.get();
        registry.drain();
        Object cb = callback == PNone.NO_VALUE ? PNone.NONE : callback;
        synchronized (registry) {
            List<PythonObject> existing = registry.refsOf(referent);
            if (reusePlain && cb == PNone.NONE) {
                for (PythonObject r : existing) {
                    WeakRefState s = stateOf(r);
                    if (r.getStoredPythonClass() == cls && s != null && s.callback == PNone.NONE) {
                        return r;
                    }
                }
            }
            PythonObject ref = new PythonObject(cls);
            WeakRefState state = new WeakRefState(referent, cb, registry.queue);
            state.owner = ref;
            ref.setBuiltinValue(state);
            existing.add(ref);
            return ref;
        }
    }

    @Builtin(name = "getweakrefcount", minNumOfPositionalArgs = 1, parameterNames = {"$object"})
    @GenerateNodeFactory
    abstract static class GetWeakRefCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object count(Object object) {
            if (!isWeakReferenceable(object)) {
                return 0L;
            }
            WeakrefRegistry registry = WeakrefRegistry.get();
            registry.drain();
            return (long) registry.liveRefsOf(object).size();
        }
    }

    @Builtin(name = "getweakrefs", minNumOfPositionalArgs = 1, parameterNames = {"$object"})
    @GenerateNodeFactory
    abstract static class GetWeakRefsNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object refs(Object object) {
            if (!isWeakReferenceable(object)) {
                return new PList();
            }
            return new PList(WeakrefRegistry.get().liveRefsOf(object).toArray());
        }
    }

    @Builtin(name = "proxy", minNumOfPositionalArgs = 1, parameterNames = {"$object", "$callback"})
    @GenerateNodeFactory
    abstract static class ProxyNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object proxy(Object object, Object callback) {
            boolean callable = LookupAttributeInMRONode.getUncached().execute(GetClassNode.getPythonClassUncached(object), "__call__") != PNone.NO_VALUE;
            return newReference(this, callable ? PythonBuiltinClassType.PCallableProxyType : PythonBuiltinClassType.PProxyType, object, callback, true);
        }
    }

    /** {@code gc.collect()}'s hook: a JVM collection, then the callbacks of the refs it cleared. */
    @Builtin(name = "_jpy_collect", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class CollectNode extends org.jpy.nodes.builtins.PythonVarargsBuiltinNode {
        @Specialization
        Object collect(Object[] args) {
            WeakrefRegistry.collect();
            return 0L;
        }
    }

    @Builtin(name = "_remove_dead_weakref", minNumOfPositionalArgs = 2, parameterNames = {"$dct", "$key"})
    @GenerateNodeFactory
    abstract static class RemoveDeadWeakrefNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object remove(Object dct, Object key) {
            if (!(dct instanceof PDict d)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", dct);
            }
            Object value = d.getItem(key);
            if (value != null) {
                WeakRefState s = stateOf(value);
                if (s != null && s.get() == null) {
                    d.delItem(key);
                }
            }
            return PNone.NONE;
        }
    }
}
