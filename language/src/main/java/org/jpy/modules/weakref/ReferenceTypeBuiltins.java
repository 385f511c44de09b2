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
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectHashNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The methods of {@code weakref.ReferenceType} ({@code weakref.ref}): creation (the plain {@code ref(x)} without
 * callback is shared, as in CPython), calling, hashing by referent, equality by referent while both are alive, and
 * CPython's repr.
 */
public final class ReferenceTypeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ReferenceTypeBuiltinsFactory.getFactories();
    }

    static WeakRefState state(PythonBuiltinBaseNode node, Object self) {
        WeakRefState s = WeakrefModuleBuiltins.stateOf(self);
        if (s == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'weakref.ReferenceType' object, not '%T'", self);
        }
        return s;
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 2, takesVarArgs = true, takesVarKeywordArgs = true, parameterNames = {"$cls", "$ob"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] args) {
            Object cls = args[0];
            Object ob = args[1];
            Object[] rest = (Object[]) ((org.jpy.objects.tuple.PTuple) args[2]).getArray();
            if (rest.length > 1) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "__new__ expected at most 2 arguments, got %d", rest.length + 1);
            }
            Object callback = rest.length == 1 ? rest[0] : PNone.NONE;
            boolean exact = cls == PythonBuiltinClassType.PReferenceType ||
                            (cls instanceof PythonClass pc && pc == org.jpy.runtime.JpyContext.get(this).lookupType(PythonBuiltinClassType.PReferenceType));
            return WeakrefModuleBuiltins.newReference(this, exact ? PythonBuiltinClassType.PReferenceType : cls, ob, callback, exact);
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, takesVarArgs = true, takesVarKeywordArgs = true, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object init(Object[] args) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class CallNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object call(Object self) {
            Object referent = state(this, self).get();
            return referent == null ? PNone.NONE : referent;
        }
    }

    @Builtin(name = "__callback__", minNumOfPositionalArgs = 1, parameterNames = {"$self", "value"}, isGetter = true)
    @GenerateNodeFactory
    abstract static class CallbackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object callback(Object self, Object value) {
            WeakRefState s = state(this, self);
            return s.get() == null ? PNone.NONE : s.callback;
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object hash(Object self) {
            WeakRefState s = state(this, self);
            if (!s.hashed) {
                Object referent = s.get();
                if (referent == null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "weak object has gone away");
                }
                s.hash = PyObjectHashNode.hash(referent);
                s.hashed = true;
            }
            return s.hash;
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object eq(Object self, Object other) {
            return compare(this, self, other, true);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$other"})
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object ne(Object self, Object other) {
            return compare(this, self, other, false);
        }
    }

    static Object compare(PythonBuiltinBaseNode node, Object self, Object other, boolean eq) {
        WeakRefState a = state(node, self);
        WeakRefState b = WeakrefModuleBuiltins.stateOf(other);
        if (b == null || WeakrefModuleBuiltins.stateOf(other) == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        Object x = a.get();
        Object y = b.get();
        if (x == null || y == null) {
            return eq == (self == other);
        }
        return PyObjectRichCompareNode.getUncached().execute(x, y, eq ? RichCmpOp.EQ : RichCmpOp.NE);
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object self) {
            Object referent = state(this, self).get();
            if (referent == null) {
                return String.format("<weakref at 0x%x; dead>", IdentityIds.id(self));
            }
            String typeName = GetClassNode.getPythonClassUncached(referent).getName();
            Object name = PyObjectGetAttrNode.lookupAttributeUncached(referent, "__name__");
            if (name instanceof String n) {
                return String.format("<weakref at 0x%x; to '%s' at 0x%x (%s)>", IdentityIds.id(self), typeName, IdentityIds.id(referent), n);
            }
            return String.format("<weakref at 0x%x; to '%s' at 0x%x>", IdentityIds.id(self), typeName, IdentityIds.id(referent));
        }
    }
}
