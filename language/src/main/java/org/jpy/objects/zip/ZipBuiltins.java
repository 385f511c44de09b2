package org.jpy.objects.zip;

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

/** {@code zip(*iterables, strict=False)}, with 3.10's strict-mode length errors. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PZip)
public final class ZipBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ZipBuiltinsFactory.getFactories();
    }

    static final class PZip extends PIterator {
        private final Object[] iterators;
        private final boolean strict;
        private boolean done;

        PZip(Object cls, Object[] iterators, boolean strict) {
            super(cls);
            this.iterators = iterators;
            this.strict = strict;
        }

        @Override
        @TruffleBoundary
        public Object next(Node node) {
            if (done || iterators.length == 0) {
                return null;
            }
            Object[] items = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyIterNextNode.next(iterators[i]);
                if (v == PNone.NO_VALUE) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "zip() argument %d is shorter than argument%s%d", i + 1, i == 1 ? " " : "s 1-", i);
                        }
                        for (int j = 1; j < iterators.length; j++) {
                            if (PyIterNextNode.next(iterators[j]) != PNone.NO_VALUE) {
                                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "zip() argument %d is longer than argument%s%d", j + 1, j == 1 ? " " : "s 1-", j);
                            }
                        }
                    }
                    return null;
                }
                items[i] = v;
            }
            return new PTuple(items);
        }
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, keywordOnlyNames = {"strict"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object args, Object strict) {
            Object[] a = ((PTuple) args).getArray();
            Object[] its = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                try {
                    its[i] = PyObjectGetIterNode.getIter(a[i]);
                } catch (org.jpy.runtime.PException e) {
                    throw e;
                }
            }
            boolean s = strict != PNone.NO_VALUE && org.jpy.nodes.pyobject.PyObjectIsTrueNode.isTrue(strict);
            return new PZip(cls, its, s);
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
