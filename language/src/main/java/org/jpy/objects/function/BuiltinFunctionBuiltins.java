package org.jpy.objects.function;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.JpyLanguage;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.JavaGetSet;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.Descriptors;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Builtin functions and their descriptor forms: {@code builtin_function_or_method} (module functions and bound
 * builtins), {@code method_descriptor}/{@code wrapper_descriptor} (unbound, in class namespaces),
 * {@code classmethod_descriptor} and {@code method-wrapper}. Reprs follow CPython.
 */
@CoreFunctions
public final class BuiltinFunctionBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return BuiltinFunctionBuiltinsFactory.getFactories();
    }

    private static PBuiltinFunction fn(Object self) {
        return self instanceof PBuiltinMethod m ? m.getFunction() : (PBuiltinFunction) self;
    }

    static String ownerName(Object enclosing) {
        if (enclosing instanceof PythonClass pc) {
            return pc.getName();
        } else if (enclosing instanceof PythonBuiltinClassType bt) {
            return bt.getName();
        }
        return "?";
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        JpyLanguage lang = context.getLanguage();
        for (PythonBuiltinClassType t : new PythonBuiltinClassType[]{PythonBuiltinClassType.PBuiltinFunction, PythonBuiltinClassType.PMethodDescriptor,
                        PythonBuiltinClassType.PWrapperDescriptor, PythonBuiltinClassType.PClassMethodDescriptor, PythonBuiltinClassType.PMethodWrapper}) {
            PythonClass cls = context.lookupType(t);
            JavaGetSet.install(lang, cls, "__name__", self -> fn(self).getName(), null);
            JavaGetSet.install(lang, cls, "__qualname__", self -> fn(self).getQualName(), null);
            JavaGetSet.install(lang, cls, "__doc__", self -> fn(self).getDoc(), null);
            JavaGetSet.install(lang, cls, "__text_signature__", self -> PNone.NONE, null);
            JavaGetSet.install(lang, cls, "__module__", self -> {
                Object m = fn(self).getModule();
                return m == null ? PNone.NONE : m;
            }, (self, v) -> fn(self).setModule(v));
            JavaGetSet.install(lang, cls, "__self__", self -> {
                if (self instanceof PBuiltinMethod m) {
                    return m.getSelf();
                }
                Object m = fn(self).getModule();
                if (m instanceof String name) {
                    PythonModule mod = context.getOrCreateBuiltinModule(name);
                    return mod == null ? PNone.NONE : mod;
                }
                return PNone.NONE;
            }, null);
            if (t != PythonBuiltinClassType.PBuiltinFunction && t != PythonBuiltinClassType.PMethodWrapper) {
                JavaGetSet.install(lang, cls, "__objclass__", self -> {
                    Object e = fn(self).getEnclosingType();
                    return e instanceof PythonBuiltinClassType bt ? context.lookupType(bt) : e == null ? PNone.NONE : e;
                }, null);
                BuiltinInstaller.installOne(lang, BuiltinFunctionBuiltinsFactory.DescriptorGetNodeFactory.getInstance(), cls);
            }
            BuiltinInstaller.installOne(lang, BuiltinFunctionBuiltinsFactory.ReprNodeFactory.getInstance(), cls);
            BuiltinInstaller.installOne(lang, BuiltinFunctionBuiltinsFactory.CallNodeFactory.getInstance(), cls);
            BuiltinInstaller.installOne(lang, BuiltinFunctionBuiltinsFactory.ReduceNodeFactory.getInstance(), cls);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(Object self) {
            if (self instanceof PBuiltinMethod m) {
                Object s = m.getSelf();
                String typeName = GetClassNode.getPythonClassUncached(s).getName();
                if (m.getStoredPythonClass() == PythonBuiltinClassType.PMethodWrapper) {
                    return String.format("<method-wrapper '%s' of %s object at 0x%x>", m.getFunction().getName(), typeName, IdentityIds.id(s));
                }
                if (s instanceof PythonModule mod) {
                    return "<built-in function " + m.getFunction().getName() + ">";
                }
                if (s instanceof PythonClass pc) {
                    return String.format("<built-in method %s of type object at 0x%x>", m.getFunction().getName(), IdentityIds.id(s));
                }
                return String.format("<built-in method %s of %s object at 0x%x>", m.getFunction().getName(), typeName, IdentityIds.id(s));
            }
            PBuiltinFunction f = (PBuiltinFunction) self;
            Object c = f.getStoredPythonClass();
            if (c == PythonBuiltinClassType.PMethodDescriptor) {
                return "<method '" + f.getName() + "' of '" + ownerName(f.getEnclosingType()) + "' objects>";
            } else if (c == PythonBuiltinClassType.PWrapperDescriptor) {
                return "<slot wrapper '" + f.getName() + "' of '" + ownerName(f.getEnclosingType()) + "' objects>";
            } else if (c == PythonBuiltinClassType.PClassMethodDescriptor) {
                String q = f.getQualName();
                return "<method '" + f.getName() + "' of '" + q.substring(0, Math.max(0, q.lastIndexOf('.'))) + "' objects>";
            }
            if (f.getName().equals("__new__") && f.getQualName().contains(".")) {
                String q = f.getQualName();
                return String.format("<built-in method __new__ of type object at 0x%x>", q.hashCode() & 0xffffffL);
            }
            return "<built-in function " + f.getName() + ">";
        }
    }

    @Builtin(name = "__get__", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class DescriptorGetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object instance, Object owner, @Bind("$node") Node node) {
            return get(node, (PBuiltinFunction) self, instance, owner);
        }

        @TruffleBoundary
        private static Object get(Node node, PBuiltinFunction f, Object instance, Object owner) {
            if (f.isClassMethod()) {
                Object klass = owner != PNone.NO_VALUE && owner != PNone.NONE ? owner : GetClassNode.getPythonClassUncached(instance);
                return new PBuiltinMethod(klass, f);
            }
            if (instance == PNone.NONE || instance == PNone.NO_VALUE) {
                return f;
            }
            Object enclosing = f.getEnclosingType();
            PythonClass expected = enclosing instanceof PythonClass pc ? pc : JpyContext.get(node).lookupType((PythonBuiltinClassType) enclosing);
            if (!GetClassNode.getPythonClassUncached(instance).isSubtypeOf(expected)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", f.getName(), expected.getName(), instance);
            }
            return Descriptors.get(node, f, instance, GetClassNode.getPythonClassUncached(instance));
        }
    }

    @Builtin(name = "__call__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs) {
            return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(self, args.getArray(), org.jpy.objects.type.TypeBuiltins.toKeywords(kwargs));
        }
    }

    @Builtin(name = "__reduce__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            if (self instanceof PBuiltinMethod m && !(m.getSelf() instanceof PythonModule)) {
                Object getattr = JpyContext.get(node).getBuiltinsModule().getAttribute("getattr");
                return new PTuple(new Object[]{getattr, new PTuple(new Object[]{m.getSelf(), m.getFunction().getName()})});
            }
            return fn(self).getQualName();
        }
    }
}
