package org.jpy.nodes.builtins;

import java.util.List;
import java.util.function.Supplier;

import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.nodes.Node;

/**
 * A {@link NodeFactory} for hand-written (non-DSL) builtin nodes, e.g. in code compiled without the Truffle
 * annotation processor: {@code SimpleNodeFactory.of(MyNode.class, MyNode::new)}. The node class carries the
 * {@link Builtin} annotation as usual.
 */
public record SimpleNodeFactory<T extends PythonBuiltinBaseNode>(Class<T> nodeClass, Supplier<T> constructor) implements NodeFactory<T> {
    public static <T extends PythonBuiltinBaseNode> SimpleNodeFactory<T> of(Class<T> nodeClass, Supplier<T> constructor) {
        return new SimpleNodeFactory<>(nodeClass, constructor);
    }

    @Override
    public T createNode(Object... arguments) {
        return constructor.get();
    }

    @Override
    public Class<T> getNodeClass() {
        return nodeClass;
    }

    @Override
    public List<List<Class<?>>> getNodeSignatures() {
        return List.of(List.of());
    }

    @Override
    public List<Class<? extends Node>> getExecutionSignature() {
        return List.of();
    }
}
