package org.jpy.objects.filter;

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

/** {@code filter(function or None, iterable)}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PFilter)
public final class FilterBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return FilterBuiltinsFactory.getFactories();
    }

    static final class PFilter extends PIterator {
        private final Object function;
        private final Object iterator;

        PFilter(Object cls, Object function, Object iterator) {
            super(cls);
            this.function = function;
            this.iterator = iterator;
        }

        @Override
        @TruffleBoundary
        public Object next(Node node) {
            while (true) {
                Object v = PyIterNextNode.next(iterator);
                if (v == PNone.NO_VALUE) {
                    return null;
                }
                Object test = function == PNone.NONE ? v : org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(function, v);
                if (org.jpy.nodes.pyobject.PyObjectIsTrueNode.isTrue(test)) {
                    return v;
                }
            }
        }
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 3, parameterNames = {"$cls", "$function", "$iterable"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object function, Object iterable) {
            return new PFilter(cls, function, PyObjectGetIterNode.getIter(iterable));
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
