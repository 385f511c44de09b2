package org.jpy.nodes.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A builtin whose signature binds to exactly 1 value(s) (see {@link Builtin}). */
public abstract class PythonUnaryBuiltinNode extends PythonBuiltinBaseNode {
    public abstract Object execute(VirtualFrame frame, Object arg1);
}
