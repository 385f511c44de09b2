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
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.JavaGetSet;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.Descriptors;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code getset_descriptor} and {@code member_descriptor}: {@code __get__}/{@code __set__}/{@code __delete__}, names, reprs. */
@CoreFunctions
public final class DescriptorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return DescriptorBuiltinsFactory.getFactories();
    }

    static String name(Object d) {
        return d instanceof GetSetDescriptor g ? g.getName() : ((MemberDescriptor) d).getName();
    }

    static Object owner(Object d) {
        return d instanceof GetSetDescriptor g ? g.getOwnerType() : ((MemberDescriptor) d).getOwnerType();
    }

    static PythonClass ownerClass(Object d) {
        Object o = owner(d);
        return o instanceof PythonClass pc ? pc : JpyContext.get(null).lookupType((PythonBuiltinClassType) o);
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        JpyLanguage lang = context.getLanguage();
        for (PythonBuiltinClassType t : new PythonBuiltinClassType[]{PythonBuiltinClassType.GetSetDescriptor, PythonBuiltinClassType.MemberDescriptor}) {
            PythonClass cls = context.lookupType(t);
            for (NodeFactory<? extends PythonBuiltinBaseNode> f : getNodeFactories()) {
                BuiltinInstaller.installOne(lang, f, cls);
            }
            JavaGetSet.install(lang, cls, "__name__", DescriptorBuiltins::name, null);
            JavaGetSet.install(lang, cls, "__qualname__", self -> ownerClass(self).getQualName() + "." + name(self), null);
            JavaGetSet.install(lang, cls, "__objclass__", DescriptorBuiltins::ownerClass, null);
            JavaGetSet.install(lang, cls, "__doc__", self -> PNone.NONE, null);
        }
    }

    @Builtin(name = "__get__", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object instance, Object owner, @Bind("$node") Node node) {
            return get(node, self, instance);
        }

        @TruffleBoundary
        private static Object get(Node node, Object self, Object instance) {
            if (instance == PNone.NONE || instance == PNone.NO_VALUE) {
                return self;
            }
            check(node, self, instance);
            return Descriptors.get(node, self, instance, GetClassNode.getPythonClassUncached(instance));
        }
    }

    @TruffleBoundary
    static void check(Node node, Object self, Object instance) {
        PythonClass owner = ownerClass(self);
        if (!GetClassNode.getPythonClassUncached(instance).isSubtypeOf(owner)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", name(self), owner.getName(), instance);
        }
    }

    @Builtin(name = "__set__", minNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class SetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object instance, Object value, @Bind("$node") Node node) {
            set(node, self, instance, value);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void set(Node node, Object self, Object instance, Object value) {
        check(node, self, instance);
        Descriptors.set(node, self, instance, value, name(self));
    }

    @Builtin(name = "__delete__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class DeleteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object instance, @Bind("$node") Node node) {
            set(node, self, instance, null);
            return PNone.NONE;
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
            String kind = self instanceof GetSetDescriptor ? "attribute" : "member";
            return "<" + kind + " '" + name(self) + "' of '" + ownerClass(self).getName() + "' objects>";
        }
    }
}
