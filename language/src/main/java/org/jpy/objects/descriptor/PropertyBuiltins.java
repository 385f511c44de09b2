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
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.Descriptors;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code property} ({@code Objects/descrobject.c}). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PProperty)
public final class PropertyBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return PropertyBuiltinsFactory.getFactories();
    }

    private static Object orNone(Object o) {
        return o == PNone.NO_VALUE ? PNone.NONE : o;
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        JpyLanguage lang = context.getLanguage();
        PythonClass cls = context.lookupType(PythonBuiltinClassType.PProperty);
        JavaGetSet.install(lang, cls, "fget", self -> ((PProperty) self).getFget(), null);
        JavaGetSet.install(lang, cls, "fset", self -> ((PProperty) self).getFset(), null);
        JavaGetSet.install(lang, cls, "fdel", self -> ((PProperty) self).getFdel(), null);
        JavaGetSet.install(lang, cls, "__doc__", self -> ((PProperty) self).getDoc(), (self, v) -> ((PProperty) self).setDoc(v == GetSetDescriptor.DELETE_MARKER ? PNone.NONE : v));
        JavaGetSet.install(lang, cls, "__isabstractmethod__", self -> {
            PProperty p = (PProperty) self;
            for (Object f : new Object[]{p.getFget(), p.getFset(), p.getFdel()}) {
                Object a = PyObjectGetAttrNode.lookupAttributeUncached(f, "__isabstractmethod__");
                if (a != PNone.NO_VALUE && PyObjectIsTrueNode.isTrue(a)) {
                    return true;
                }
            }
            return false;
        }, null);
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            return new PProperty(c.getBuiltinType() != null ? c.getBuiltinType() : c);
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self", "fget", "fset", "fdel", "doc"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(Object[] args) {
            init((PProperty) args[0], orNone(args[1]), orNone(args[2]), orNone(args[3]), orNone(args[4]));
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void init(PProperty p, Object fget, Object fset, Object fdel, Object doc) {
        p.setFget(fget);
        p.setFset(fset);
        p.setFdel(fdel);
        p.setGetterDoc(false);
        if (doc == PNone.NONE && fget != PNone.NONE) {
            try {
                Object d = PyObjectGetAttrNode.lookupAttributeUncached(fget, "__doc__");
                if (d != PNone.NO_VALUE) {
                    doc = d;
                    p.setGetterDoc(true);
                }
            } catch (PException e) {
                // ignore, like CPython
            }
        }
        if (p.getStoredPythonClass() == PythonBuiltinClassType.PProperty) {
            p.setDoc(doc);
        } else {
            // subclasses: __doc__ goes to the instance dict
            p.setDoc(doc);
            if (doc != PNone.NONE) {
                p.writeAttribute("__doc__", doc);
            }
        }
    }

    @Builtin(name = "__get__", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PProperty self, Object instance, Object owner, @Bind("$node") Node node) {
            if (instance == PNone.NONE || instance == PNone.NO_VALUE) {
                return self;
            }
            return get(node, self, instance);
        }

        @TruffleBoundary
        private static Object get(Node node, PProperty self, Object instance) {
            return Descriptors.get(node, self, instance, GetClassNode.getPythonClassUncached(instance));
        }
    }

    @Builtin(name = "__set__", minNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class SetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PProperty self, Object instance, Object value, @Bind("$node") Node node) {
            Descriptors.set(node, self, instance, value, self.getName());
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delete__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class DeleteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PProperty self, Object instance, @Bind("$node") Node node) {
            Descriptors.set(node, self, instance, null, self.getName());
            return PNone.NONE;
        }
    }

    @Builtin(name = "__set_name__", minNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class SetNameNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PProperty self, Object owner, Object name) {
            self.setName(name);
            return PNone.NONE;
        }
    }

    /** {@code getter}/{@code setter}/{@code deleter}: a copy of the property with one accessor replaced. */
    @TruffleBoundary
    static Object copyProperty(PProperty p, Object fget, Object fset, Object fdel) {
        Object doc = p.isGetterDoc() && fget != PNone.NONE ? PNone.NONE : p.getDoc();
        PythonClass cls = GetClassNode.getPythonClassUncached(p);
        Object r = PyObjectCallNode.callUncached(cls, fget, fset, fdel, doc);
        if (r instanceof PProperty np) {
            np.setName(p.getName());
        }
        return r;
    }

    @Builtin(name = "getter", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetterNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PProperty self, Object f) {
            return copyProperty(self, f, self.getFset(), self.getFdel());
        }
    }

    @Builtin(name = "setter", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class SetterNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PProperty self, Object f) {
            return copyProperty(self, self.getFget(), f, self.getFdel());
        }
    }

    @Builtin(name = "deleter", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class DeleterNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PProperty self, Object f) {
            return copyProperty(self, self.getFget(), self.getFset(), f);
        }
    }
}
