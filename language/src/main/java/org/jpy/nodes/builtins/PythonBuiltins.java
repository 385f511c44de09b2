package org.jpy.nodes.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;

/**
 * A container of builtins for one type or module (annotated {@link CoreFunctions}); listed once in
 * {@code PythonBuiltinsRegistry}. Subclasses return their generated factories and may override
 * {@link #initialize} to add module constants or extra class attributes.
 */
public abstract class PythonBuiltins {
    /** The factories of the nested {@code @Builtin} nodes: {@code return XxxBuiltinsFactory.getFactories();}. */
    public abstract List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories();

    /**
     * Called once per context after the functions were installed: {@code module} is the created module for
     * {@code defineModule} containers and {@code null} for {@code extendClasses} ones.
     */
    public void initialize(JpyContext context, PythonModule module) {
    }
}
