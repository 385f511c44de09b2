package org.jpy.modules.weakref;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectContainsNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectGetItemNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.PyObjectSetAttrNode;
import org.jpy.nodes.pyobject.PyObjectSetItemNode;
import org.jpy.nodes.pyobject.PyObjectSizeNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code weakref.ProxyType}/{@code CallableProxyType}: every operation is forwarded to the referent, or raises
 * {@code ReferenceError: weakly-referenced object no longer exists} once it is gone. The common protocol methods are
 * covered (attributes, str/repr/bool, len, items, iteration, containment, equality, calls); arithmetic forwarding is
 * not there yet.
 */
public final class ProxyTypeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ProxyTypeBuiltinsFactory.getFactories();
    }

    static Object referent(PythonBuiltinBaseNode node, Object self) {
        WeakRefState s = WeakrefModuleBuiltins.stateOf(self);
        Object r = s == null ? null : s.get();
        if (r == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.ReferenceError, "weakly-referenced object no longer exists");
        }
        return r;
    }

    @Builtin(name = "__getattribute__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$name"})
    @GenerateNodeFactory
    abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object get(Object self, Object name) {
            return PyObjectGetAttrNode.getAttributeUncached(referent(this, self), name);
        }
    }

    @Builtin(name = "__setattr__", minNumOfPositionalArgs = 3, parameterNames = {"$self", "$name", "$value"})
    @GenerateNodeFactory
    abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object set(Object self, Object name, Object value) {
            PyObjectSetAttrNode.setAttributeUncached(referent(this, self), name, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object self) {
            WeakRefState s = WeakrefModuleBuiltins.stateOf(self);
            Object r = s == null ? null : s.get();
            if (r == null) {
                return String.format("<weakproxy at 0x%x; dead>", IdentityIds.id(self));
            }
            return String.format("<weakproxy at 0x%x; to '%s' at 0x%x>", IdentityIds.id(self), GetClassNode.getPythonClassUncached(r).getName(),
                            IdentityIds.id(r));
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object str(Object self) {
            return PyObjectStrNode.str(referent(this, self));
        }
    }

    @Builtin(name = "__bool__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object bool(Object self) {
            return PyObjectIsTrueNode.isTrue(referent(this, self));
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object len(Object self) {
            return (long) PyObjectSizeNode.size(referent(this, self));
        }
    }

    @Builtin(name = "__getitem__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$key"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object get(Object self, Object key) {
            return PyObjectGetItemNode.getItem(referent(this, self), key);
        }
    }

    @Builtin(name = "__setitem__", minNumOfPositionalArgs = 3, parameterNames = {"$self", "$key", "$value"})
    @GenerateNodeFactory
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object set(Object self, Object key, Object value) {
            PyObjectSetItemNode.setItem(referent(this, self), key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object iter(Object self) {
            return PyObjectGetIterNode.getIter(referent(this, self));
        }
    }

    @Builtin(name = "__next__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object next(Object self) {
            return PyIterNextNode.next(referent(this, self));
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object contains(Object self, Object value) {
            return PyObjectContainsNode.contains(referent(this, self), value);
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object eq(Object self, Object other) {
            Object o = WeakrefModuleBuiltins.stateOf(other) != null && isProxy(other) ? referent(this, other) : other;
            return PyObjectRichCompareNode.getUncached().execute(referent(this, self), o, RichCmpOp.EQ);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object ne(Object self, Object other) {
            Object o = WeakrefModuleBuiltins.stateOf(other) != null && isProxy(other) ? referent(this, other) : other;
            return PyObjectRichCompareNode.getUncached().execute(referent(this, self), o, RichCmpOp.NE);
        }
    }

    static boolean isProxy(Object o) {
        Object cls = ((org.jpy.objects.PythonObject) o).getStoredPythonClass();
        return cls == PythonBuiltinClassType.PProxyType || cls == PythonBuiltinClassType.PCallableProxyType;
    }

    @Builtin(name = "__call__", minNumOfPositionalArgs = 1, takesVarArgs = true, takesVarKeywordArgs = true, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class CallNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object call(Object[] args) {
            Object target = referent(this, args[0]);
            Object[] positional = ((PTuple) args[1]).getArray();
            PKeyword[] keywords = PKeyword.EMPTY;
            if (args[2] instanceof org.jpy.objects.dict.PDict kw && kw.size() > 0) {
                java.util.List<PKeyword> list = new java.util.ArrayList<>();
                for (Object key : kw.keys()) {
                    list.add(new PKeyword((String) key, kw.getItem(key)));
                }
                keywords = list.toArray(PKeyword.EMPTY);
            }
            return PyObjectCallNode.callUncached(target, positional, keywords);
        }
    }
}
