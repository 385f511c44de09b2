package org.jpy.nodes.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A builtin whose signature binds to exactly 3 value(s) (see {@link Builtin}). */
public abstract class PythonTernaryBuiltinNode extends PythonBuiltinBaseNode {
    public abstract Object execute(VirtualFrame frame, Object arg1, Object arg2, Object arg3);
}
