package org.jpy.objects.descriptor;

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
import org.jpy.nodes.pyobject.Descriptors;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.objects.type.TypeBuiltins;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code classmethod} and {@code staticmethod} ({@code Objects/funcobject.c}). */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.PClassMethod, PythonBuiltinClassType.PStaticMethod})
public final class DecoratedMethodBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return DecoratedMethodBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        JpyLanguage lang = context.getLanguage();
        for (PythonBuiltinClassType t : new PythonBuiltinClassType[]{PythonBuiltinClassType.PClassMethod, PythonBuiltinClassType.PStaticMethod}) {
            PythonClass cls = context.lookupType(t);
            JavaGetSet.install(lang, cls, "__func__", self -> ((PDecoratedMethod) self).getCallable(), null);
            JavaGetSet.install(lang, cls, "__isabstractmethod__", self -> {
                Object a = PyObjectGetAttrNode.lookupAttributeUncached(((PDecoratedMethod) self).getCallable(), "__isabstractmethod__");
                return a != PNone.NO_VALUE && PyObjectIsTrueNode.isTrue(a);
            }, null);
        }
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return create(node, (PythonClass) cls);
        }

        @TruffleBoundary
        private static Object create(Node node, PythonClass cls) {
            boolean isStatic = cls.isSubtypeOf(JpyContext.get(node).lookupType(PythonBuiltinClassType.PStaticMethod));
            return new PDecoratedMethod(cls.getBuiltinType() != null ? cls.getBuiltinType() : cls, PNone.NONE, isStatic);
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PDecoratedMethod self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            init(node, self, args, kwargs);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void init(Node node, PDecoratedMethod self, PTuple args, PDict kwargs) {
            String name = self.isStaticMethod() ? "staticmethod" : "classmethod";
            if (kwargs.size() != 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes no keyword arguments", name);
            }
            if (args.size() != 1) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s expected 1 argument, got %d", name, args.size());
            }
            Object f = args.get(0);
            self.setCallable(f);
            for (String attr : new String[]{"__module__", "__name__", "__qualname__", "__doc__"}) {
                Object v = PyObjectGetAttrNode.lookupAttributeUncached(f, attr);
                if (v != PNone.NO_VALUE) {
                    self.writeAttribute(attr, v);
                }
            }
            self.writeAttribute("__wrapped__", f);
        }
    }

    @Builtin(name = "__get__", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PDecoratedMethod self, Object instance, Object owner, @Bind("$node") Node node) {
            return get(node, self, instance, owner);
        }

        @TruffleBoundary
        private static Object get(Node node, PDecoratedMethod self, Object instance, Object owner) {
            if (self.isStaticMethod()) {
                return self.getCallable();
            }
            PythonClass o = owner instanceof PythonClass pc ? pc : GetClassNode.getPythonClassUncached(instance);
            return Descriptors.get(node, self, instance == PNone.NO_VALUE ? null : instance, o);
        }
    }

    @Builtin(name = "__call__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PDecoratedMethod self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            if (!self.isStaticMethod()) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'classmethod' object is not callable");
            }
            return PyObjectCallNode.callUncached(self.getCallable(), args.getArray(), TypeBuiltins.toKeywords(kwargs));
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDecoratedMethod self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(PDecoratedMethod self) {
            return "<" + GetClassNode.getPythonClassUncached(self).getName() + "(" + PyObjectReprNode.repr(self.getCallable()) + ")>";
        }
    }
}
