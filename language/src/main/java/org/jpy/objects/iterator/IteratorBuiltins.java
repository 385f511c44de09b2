package org.jpy.objects.iterator;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code __iter__}, {@code __next__} and {@code __length_hint__} of every builtin iterator type ({@link PIterator}). */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.PListIterator, PythonBuiltinClassType.PListReverseIterator, PythonBuiltinClassType.PTupleIterator,
                PythonBuiltinClassType.PStrUnicodeIterator, PythonBuiltinClassType.PStrIterator, PythonBuiltinClassType.PRangeIterator, PythonBuiltinClassType.PLongRangeIterator,
                PythonBuiltinClassType.PBytesIterator, PythonBuiltinClassType.PByteArrayIterator, PythonBuiltinClassType.PSetIterator, PythonBuiltinClassType.PDictKeyIterator,
                PythonBuiltinClassType.PDictValueIterator, PythonBuiltinClassType.PDictItemIterator, PythonBuiltinClassType.PDictReverseKeyIterator,
                PythonBuiltinClassType.PDictReverseValueIterator, PythonBuiltinClassType.PDictReverseItemIterator, PythonBuiltinClassType.PCallableIterator})
public final class IteratorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return IteratorBuiltinsFactory.getFactories();
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

    @Builtin(name = "__length_hint__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LengthHintNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PIterator self) {
            long h = self.lengthHint();
            if (h < 0) {
                return org.jpy.objects.PNotImplemented.NOT_IMPLEMENTED;
            }
            return h;
        }
    }
}
