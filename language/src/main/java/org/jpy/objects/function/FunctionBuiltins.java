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
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.JavaGetSet;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** Attributes and methods of {@code function} ({@code Objects/funcobject.c}). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PFunction)
public final class FunctionBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return FunctionBuiltinsFactory.getFactories();
    }

    private static boolean isDelete(Object v) {
        return v == GetSetDescriptor.DELETE_MARKER;
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        JpyLanguage lang = context.getLanguage();
        PythonClass cls = context.lookupType(PythonBuiltinClassType.PFunction);
        JavaGetSet.install(lang, cls, "__name__", self -> ((PFunction) self).getName(), (self, v) -> {
            if (!(v instanceof String s)) {
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__name__ must be set to a string object");
            }
            ((PFunction) self).setName(s);
        });
        JavaGetSet.install(lang, cls, "__qualname__", self -> ((PFunction) self).getQualName(), (self, v) -> {
            if (!(v instanceof String s)) {
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__qualname__ must be set to a string object");
            }
            ((PFunction) self).setQualName(s);
        });
        JavaGetSet.install(lang, cls, "__defaults__", self -> {
            Object[] d = ((PFunction) self).getDefaults();
            return d.length == 0 ? PNone.NONE : new PTuple(d.clone());
        }, (self, v) -> {
            if (isDelete(v) || v == PNone.NONE) {
                ((PFunction) self).setDefaults(null);
            } else if (v instanceof PTuple t) {
                ((PFunction) self).setDefaults(t.getArray().clone());
            } else {
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__defaults__ must be set to a tuple object");
            }
        });
        JavaGetSet.install(lang, cls, "__kwdefaults__", self -> {
            PDict d = ((PFunction) self).getKwDefaults();
            return d == null ? PNone.NONE : d;
        }, (self, v) -> {
            if (isDelete(v) || v == PNone.NONE) {
                ((PFunction) self).setKwDefaults(null);
            } else if (v instanceof PDict d) {
                ((PFunction) self).setKwDefaults(d);
            } else {
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__kwdefaults__ must be set to a dict object");
            }
        });
        JavaGetSet.install(lang, cls, "__code__", self -> ((PFunction) self).getCode(), (self, v) -> {
            if (!(v instanceof PCode c)) {
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__code__ must be set to a code object");
            }
            PFunction f = (PFunction) self;
            int nfree = c.getFreevars().length;
            int nclosure = f.getClosure() == null ? 0 : f.getClosure().length;
            if (nfree != nclosure) {
                throw PRaise.raise(null, PythonBuiltinClassType.ValueError, "%s() requires a code object with %d free vars, not %d", f.getName(), nclosure, nfree);
            }
            f.setCode(c);
        });
        JavaGetSet.install(lang, cls, "__globals__", self -> ((PFunction) self).getGlobals(), null);
        JavaGetSet.install(lang, cls, "__builtins__", self -> {
            PDict g = ((PFunction) self).getGlobals();
            Object b = g == null ? null : g.getItem("__builtins__");
            if (b instanceof PythonModule m) {
                return m.getDict();
            }
            return b == null ? JpyContext.get(null).getBuiltinsModule().getDict() : b;
        }, null);
        JavaGetSet.install(lang, cls, "__closure__", self -> {
            PCell[] c = ((PFunction) self).getClosure();
            return c == null || c.length == 0 ? PNone.NONE : new PTuple(c.clone());
        }, null);
        JavaGetSet.install(lang, cls, "__module__", self -> ((PFunction) self).getModule(), (self, v) -> ((PFunction) self).setModule(isDelete(v) ? PNone.NONE : v));
        JavaGetSet.install(lang, cls, "__doc__", self -> ((PFunction) self).getDoc(), (self, v) -> ((PFunction) self).setDoc(isDelete(v) ? PNone.NONE : v));
        JavaGetSet.install(lang, cls, "__annotations__", self -> {
            PFunction f = (PFunction) self;
            if (f.getAnnotations() == null) {
                f.setAnnotations(new PDict());
            }
            return f.getAnnotations();
        }, (self, v) -> {
            if (!isDelete(v) && v != PNone.NONE && !(v instanceof PDict)) {
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__annotations__ must be set to a dict object");
            }
            ((PFunction) self).setAnnotations(isDelete(v) || v == PNone.NONE ? null : v);
        });
        JavaGetSet.install(lang, cls, "__type_params__", self -> {
            Object t = ((PFunction) self).getTypeParams();
            return t == null ? new PTuple(PTuple.EMPTY_ARRAY) : t;
        }, (self, v) -> {
            if (!(v instanceof PTuple)) {
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__type_params__ must be set to a tuple");
            }
            ((PFunction) self).setTypeParams(v);
        });
    }

    @Builtin(name = "__get__", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object instance, Object owner) {
            if (instance == PNone.NONE || instance == PNone.NO_VALUE) {
                return self;
            }
            return new PMethod(instance, self);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PFunction self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(PFunction f) {
            return String.format("<function %s at 0x%x>", f.getQualName(), IdentityIds.id(f));
        }
    }

    @Builtin(name = "__call__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(self, args.getArray(), org.jpy.objects.type.TypeBuiltins.toKeywords(kwargs));
        }
    }
}
