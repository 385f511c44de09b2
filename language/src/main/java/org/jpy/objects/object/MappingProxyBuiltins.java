package org.jpy.objects.object;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectContainsNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectGetItemNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.PyObjectSizeNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code mappingproxy}: a read-only view delegating every read to the wrapped mapping. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PMappingProxy)
public final class MappingProxyBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return MappingProxyBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "mapping"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object mapping, @Bind("$node") Node node) {
            return create(node, mapping);
        }

        @TruffleBoundary
        private static Object create(Node node, Object mapping) {
            if (PyObjectGetAttrNode.lookupAttributeUncached(mapping, "__getitem__") == PNone.NO_VALUE || mapping instanceof PList || mapping instanceof PTuple) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "mappingproxy() argument must be a mapping, not %T", mapping);
            }
            return new PMappingProxy(mapping);
        }
    }

    @Builtin(name = "__getitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PMappingProxy self, Object key) {
            return PyObjectGetItemNode.getItem(self.getMapping(), key);
        }
    }

    @Builtin(name = "get", minNumOfPositionalArgs = 2, maxNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(PMappingProxy self, Object key, Object dflt) {
            return get(self, key, dflt == PNone.NO_VALUE ? PNone.NONE : dflt);
        }

        @TruffleBoundary
        private static Object get(PMappingProxy self, Object key, Object dflt) {
            if (self.getMapping() instanceof PDict d) {
                Object v = d.getItem(key);
                return v == null ? dflt : v;
            }
            return PyObjectCallNode.callUncached(PyObjectGetAttrNode.getAttributeUncached(self.getMapping(), "get"), key, dflt);
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PMappingProxy self) {
            return (long) PyObjectSizeNode.size(self.getMapping());
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PMappingProxy self, Object key) {
            return PyObjectContainsNode.contains(self.getMapping(), key);
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PMappingProxy self) {
            return PyObjectGetIterNode.getIter(self.getMapping());
        }
    }

    @Builtin(name = "keys", minNumOfPositionalArgs = 1)
    @Builtin(name = "values", minNumOfPositionalArgs = 1)
    @Builtin(name = "items", minNumOfPositionalArgs = 1)
    @Builtin(name = "copy", minNumOfPositionalArgs = 1)
    @Builtin(name = "__reversed__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class DelegateNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self) {
            return delegate(self, ((org.jpy.nodes.builtins.BuiltinRootNode) getRootNode()).getName());
        }

        @TruffleBoundary
        private static Object delegate(PMappingProxy self, String qualname) {
            String name = qualname.substring(qualname.lastIndexOf('.') + 1);
            return PyObjectCallNode.callUncached(PyObjectGetAttrNode.getAttributeUncached(self.getMapping(), name));
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PMappingProxy self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(PMappingProxy self) {
            Object m = self.getMapping();
            if (m instanceof PDict d && d.getStoredPythonClass() == PythonBuiltinClassType.PDict) {
                PythonClass dictType = org.jpy.runtime.JpyContext.get(null).lookupType(PythonBuiltinClassType.PDict);
                if (dictType.lookup("__repr__") == PNone.NO_VALUE || dictType.lookup("__repr__") == org.jpy.runtime.JpyContext.get(null).lookupType(PythonBuiltinClassType.PythonObject).lookup("__repr__")) {
                    StringBuilder sb = new StringBuilder("mappingproxy({");
                    boolean first = true;
                    for (Object k : d.keys()) {
                        if (!first) {
                            sb.append(", ");
                        }
                        first = false;
                        sb.append(PyObjectReprNode.repr(k)).append(": ").append(PyObjectReprNode.repr(d.getItem(k)));
                    }
                    return sb.append("})").toString();
                }
            }
            return "mappingproxy(" + PyObjectReprNode.repr(m) + ")";
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PMappingProxy self, Object other) {
            return PyObjectRichCompareNode.getUncached().execute(self.getMapping(), other, RichCmpOp.EQ);
        }
    }

    @Builtin(name = "__or__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            Object a = self instanceof PMappingProxy p ? p.getMapping() : self;
            Object b = other instanceof PMappingProxy p ? p.getMapping() : other;
            return org.jpy.nodes.pyobject.PyNumberBinaryOpNode.binaryOp(null, org.jpy.nodes.pyobject.BinaryOp.OR, false, copyOf(a), b);
        }

        @TruffleBoundary
        private static Object copyOf(Object m) {
            try {
                return PyObjectCallNode.callUncached(PyObjectGetAttrNode.getAttributeUncached(m, "copy"));
            } catch (PException e) {
                return m;
            }
        }
    }
}
