package org.jpy.objects.object;

import java.util.List;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.objects.PNone;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** The {@code __getitem__}-protocol {@code iterator}: {@code __iter__} and {@code __next__}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PSequenceIterator)
public final class SequenceIteratorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return SequenceIteratorBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSequenceIterator self, @Bind("$node") Node node) {
            Object v = PyIterNextNode.nextFromSequence(self);
            if (v == PNone.NO_VALUE) {
                throw PRaise.raise(node, PythonBuiltinClassType.StopIteration);
            }
            return v;
        }
    }
}
