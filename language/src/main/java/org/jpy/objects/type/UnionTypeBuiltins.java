package org.jpy.objects.type;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.JavaGetSet;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectHashNode;
import org.jpy.nodes.pyobject.PyObjectIsInstanceNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code X | Y} on classes ({@code type.__or__}/{@code __ror__}) and {@code types.UnionType}: repr, {@code __args__},
 * equality/hash (order-insensitive), further {@code |}, and {@code isinstance}/{@code issubclass} against unions.
 */
@CoreFunctions
public final class UnionTypeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return UnionTypeBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        PythonClass typeCls = context.lookupType(PythonBuiltinClassType.PythonClass);
        PythonClass union = context.lookupType(PythonBuiltinClassType.PUnionType);
        BuiltinInstaller.installOne(context.getLanguage(), UnionTypeBuiltinsFactory.OrNodeFactory.getInstance(), typeCls);
        BuiltinInstaller.installOne(context.getLanguage(), UnionTypeBuiltinsFactory.OrNodeFactory.getInstance(), union);
        for (NodeFactory<? extends PythonBuiltinBaseNode> f : List.of(UnionTypeBuiltinsFactory.ReprNodeFactory.getInstance(), UnionTypeBuiltinsFactory.EqNodeFactory.getInstance(),
                        UnionTypeBuiltinsFactory.HashNodeFactory.getInstance(), UnionTypeBuiltinsFactory.InstanceCheckNodeFactory.getInstance(),
                        UnionTypeBuiltinsFactory.SubclassCheckNodeFactory.getInstance())) {
            BuiltinInstaller.installOne(context.getLanguage(), f, union);
        }
        JavaGetSet.install(context.getLanguage(), union, "__args__", self -> ((PUnionType) self).getArgs(), null);
        JavaGetSet.install(context.getLanguage(), union, "__parameters__", self -> new PTuple(PTuple.EMPTY_ARRAY), null);
    }

    /** Can {@code o} take part in {@code |}? Classes, None, unions and generic aliases (anything with {@code __origin__}). */
    @TruffleBoundary
    static boolean unionable(Object o) {
        return o == PNone.NONE || o instanceof PythonClass || o instanceof PUnionType ||
                        GetClassNode.getPythonClassUncached(o).getBuiltinType() == PythonBuiltinClassType.PGenericAlias ||
                        PyObjectGetAttrNode.lookupAttributeUncached(o, "__origin__") != PNone.NO_VALUE && PyObjectGetAttrNode.lookupAttributeUncached(o, "__args__") != PNone.NO_VALUE;
    }

    @TruffleBoundary
    static Object union(Object a, Object b) {
        List<Object> args = new ArrayList<>();
        for (Object o : new Object[]{a, b}) {
            Object[] parts = o instanceof PUnionType u ? u.getArgs().getArray() : new Object[]{o};
            for (Object p : parts) {
                Object x = p == PNone.NONE ? JpyContext.get(null).lookupType(PythonBuiltinClassType.PNone) : p;
                boolean dup = false;
                for (Object y : args) {
                    dup |= y == x || !(x instanceof PythonClass) && PyObjectRichCompareNode.equalsUncached(x, y);
                }
                if (!dup) {
                    args.add(x);
                }
            }
        }
        if (args.size() == 1) {
            return args.get(0);
        }
        return new PUnionType(new PTuple(args.toArray()));
    }

    @Builtin(name = "__or__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__ror__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            boolean reflected = ((org.jpy.nodes.builtins.BuiltinRootNode) getRootNode()).getName().endsWith("__ror__");
            if (!unionable(self) || !unionable(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return reflected ? union(other, self) : union(self, other);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PUnionType self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(PUnionType self) {
            StringBuilder sb = new StringBuilder();
            for (Object a : self.getArgs().getArray()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                if (a instanceof PythonClass c) {
                    if (c.getBuiltinType() == PythonBuiltinClassType.PNone) {
                        sb.append("None");
                        continue;
                    }
                    Object m = c.getModuleName();
                    sb.append(m instanceof String s && !s.equals("builtins") ? s + "." + c.getQualName() : c.getQualName());
                } else {
                    sb.append(PyObjectReprNode.repr(a));
                }
            }
            return sb.toString();
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PUnionType self, Object other) {
            if (!(other instanceof PUnionType o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return sameSet(self.getArgs().getArray(), o.getArgs().getArray());
        }

        @TruffleBoundary
        private static boolean sameSet(Object[] a, Object[] b) {
            return containsAll(a, b) && containsAll(b, a);
        }

        private static boolean containsAll(Object[] a, Object[] b) {
            for (Object x : b) {
                boolean found = false;
                for (Object y : a) {
                    found |= PyObjectRichCompareNode.equalsUncached(x, y);
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PUnionType self) {
            return hash(self);
        }

        @TruffleBoundary
        private static long hash(PUnionType self) {
            long h = 0;
            for (Object a : self.getArgs().getArray()) {
                h ^= PyObjectHashNode.hash(a);
            }
            return h == -1 ? -2 : h;
        }
    }

    @Builtin(name = "__instancecheck__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PUnionType self, Object instance, @Bind("$node") Node node) {
            for (Object a : self.getArgs().getArray()) {
                if (!(a instanceof PythonClass)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
                }
            }
            return PyObjectIsInstanceNode.isInstance(node, instance, self.getArgs());
        }
    }

    @Builtin(name = "__subclasscheck__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class SubclassCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PUnionType self, Object sub, @Bind("$node") Node node) {
            return PyObjectIsInstanceNode.isSubclass(node, sub, self.getArgs());
        }
    }
}
