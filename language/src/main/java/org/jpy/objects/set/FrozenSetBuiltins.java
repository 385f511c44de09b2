package org.jpy.objects.set;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code frozenset}: the non-mutating methods of {@link SetBuiltins} plus its hash ({@code set.__hash__} stays None). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PFrozenSet)
public final class FrozenSetBuiltins extends PythonBuiltins {
    /** set's methods that mutate; frozenset gets all the others from {@link SetBuiltins}. */
    private static final java.util.Set<String> MUTATORS = java.util.Set.of("add", "discard", "remove", "pop", "clear", "update", "intersection_update",
                    "difference_update", "symmetric_difference_update", "__ior__", "__iand__", "__isub__", "__ixor__", "__init__");

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        List<NodeFactory<? extends PythonBuiltinBaseNode>> result = new java.util.ArrayList<>();
        for (NodeFactory<? extends PythonBuiltinBaseNode> f : SetBuiltinsFactory.getFactories()) {
            org.jpy.nodes.builtins.Builtin[] b = f.getNodeClass().getAnnotationsByType(org.jpy.nodes.builtins.Builtin.class);
            if (b.length > 0 && !MUTATORS.contains(b[0].name())) {
                result.add(f);
            }
        }
        result.addAll(FrozenSetBuiltinsFactory.getFactories());
        return result;
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBaseSet self) {
            if (!(self instanceof PFrozenSet f)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "unhashable type: '%s'", GetClassNode.getPythonClassUncached(self).getName());
            }
            return SetBuiltins.frozensetHash(f.getTable());
        }
    }

}
