package org.jpy.objects.map;

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

/** {@code map(function, *iterables)}: stops at the shortest iterable. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PMap)
public final class MapBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return MapBuiltinsFactory.getFactories();
    }

    static final class PMap extends PIterator {
        private final Object function;
        private final Object[] iterators;

        PMap(Object cls, Object function, Object[] iterators) {
            super(cls);
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        @TruffleBoundary
        public Object next(Node node) {
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyIterNextNode.next(iterators[i]);
                if (v == PNone.NO_VALUE) {
                    return null;
                }
                args[i] = v;
            }
            return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(function, args);
        }
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object args) {
            Object[] a = ((PTuple) args).getArray();
            if (a.length < 2) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "map() must have at least two arguments.");
            }
            Object[] its = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                its[i - 1] = PyObjectGetIterNode.getIter(a[i]);
            }
            return new PMap(cls, a[0], its);
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
