package org.jpy.objects.enumerate;

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

/** {@code enumerate(iterable, start=0)}: pairs of a running index (int, arbitrary precision) and the items. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PEnumerate)
public final class EnumerateBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return EnumerateBuiltinsFactory.getFactories();
    }

    static final class PEnumerate extends PIterator {
        private final Object iterator;
        private Object index;

        PEnumerate(Object cls, Object iterator, Object start) {
            super(cls);
            this.iterator = iterator;
            this.index = start;
        }

        @Override
        @TruffleBoundary
        public Object next(Node node) {
            Object v = PyIterNextNode.next(iterator);
            if (v == PNone.NO_VALUE) {
                return null;
            }
            Object i = index;
            index = org.jpy.nodes.pyobject.PyNumberBinaryOpNode.binaryOp(node, org.jpy.nodes.pyobject.BinaryOp.ADD, false, i, 1L);
            return new PTuple(new Object[]{i, v});
        }
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "iterable", "start"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object iterable, Object start) {
            Object s = 0L;
            if (start != PNone.NO_VALUE) {
                Object m = org.jpy.nodes.pyobject.GetClassNode.getPythonClassUncached(start).lookup("__index__");
                if (!(start instanceof Long) && !(start instanceof java.math.BigInteger) && !(start instanceof Boolean) && (m == PNone.NO_VALUE || m == PNone.NONE)) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%T' object cannot be interpreted as an integer", start);
                }
                s = org.jpy.nodes.pyobject.PyNumberIndexNode.indexUncached(start);
            }
            return new PEnumerate(cls, PyObjectGetIterNode.getIter(iterable), s);
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
