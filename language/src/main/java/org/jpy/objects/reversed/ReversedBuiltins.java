package org.jpy.objects.reversed;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.objects.PNone;
import org.jpy.objects.iterator.PIterator;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code reversed(seq)}: {@code __reversed__} when defined, else the sequence protocol from the end. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PReversed)
public final class ReversedBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ReversedBuiltinsFactory.getFactories();
    }

    static final class PReversed extends PIterator {
        private final Object seq;
        private long index;

        PReversed(Object cls, Object seq, long length) {
            super(cls);
            this.seq = seq;
            this.index = length - 1;
        }

        @Override
        @TruffleBoundary
        public Object next(Node node) {
            if (index < 0) {
                return null;
            }
            try {
                return org.jpy.nodes.pyobject.PyObjectGetItemNode.getItem(seq, index--);
            } catch (org.jpy.runtime.PException e) {
                if (e.isInstanceOf(PythonBuiltinClassType.IndexError) || e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public long lengthHint() {
            return Math.max(0, index + 1);
        }
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "$sequence"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object seq) {
            org.jpy.objects.PythonClass type = org.jpy.nodes.pyobject.GetClassNode.getPythonClassUncached(seq);
            Object rev = type.lookup("__reversed__");
            if (rev == PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%s' object is not reversible", type.getName());
            }
            if (rev != PNone.NO_VALUE) {
                return org.jpy.nodes.pyobject.CallFunctionNode.callMethodUncached(rev, seq, new Object[0]);
            }
            Object getitem = type.lookup("__getitem__");
            Object len = type.lookup("__len__");
            if (getitem == PNone.NO_VALUE || len == PNone.NO_VALUE || seq instanceof org.jpy.objects.dict.PDict) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%s' object is not reversible", type.getName());
            }
            return new PReversed(cls, seq, org.jpy.nodes.pyobject.PyObjectSizeNode.size(seq));
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PIterator self) {
            Object v = self.next(this);
            if (v == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.StopIteration);
            }
            return v;
        }
    }
}
