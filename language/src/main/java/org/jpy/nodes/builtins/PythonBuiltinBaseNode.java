package org.jpy.nodes.builtins;

import com.oracle.truffle.api.nodes.Node;

/** Base of all builtin implementation nodes; the subclasses fix how many bound arguments {@code execute} takes. */
public abstract class PythonBuiltinBaseNode extends Node {
}
