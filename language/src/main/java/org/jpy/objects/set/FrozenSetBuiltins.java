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

/** What {@code frozenset} has beyond {@link SetBuiltins}: its hash ({@code set.__hash__} stays None). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PFrozenSet)
public final class FrozenSetBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return FrozenSetBuiltinsFactory.getFactories();
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
