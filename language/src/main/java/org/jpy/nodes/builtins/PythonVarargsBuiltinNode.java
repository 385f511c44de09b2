package org.jpy.nodes.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A builtin whose bound argument count is 0 or more than 4: {@code execute} receives the whole bound array in
 * signature order (positional, keyword-only, {@code *args} tuple, {@code **kwargs} dict).
 */
public abstract class PythonVarargsBuiltinNode extends PythonBuiltinBaseNode {
    public abstract Object execute(VirtualFrame frame, Object[] arguments);
}
