package org.jpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.function.MakeFunctionNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.objects.function.PFunction;

/**
 * A generator expression: {@code iter()} of the first iterable is taken in the enclosing scope (so its errors are
 * raised there), then the hidden generator function is made and called with that iterator as its argument
 * {@code .0}, directly through the code object's call target.
 */
public final class GenexpCallNode extends ExpressionNode {
    @Child private MakeFunctionNode make;
    @Child private ExpressionNode firstIterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private DirectCallNode call;

    public GenexpCallNode(MakeFunctionNode make, ExpressionNode firstIterable) {
        this.make = make;
        this.firstIterable = firstIterable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object iterator = getIter.execute(firstIterable.execute(frame));
        PFunction function = (PFunction) make.execute(frame);
        if (call == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(DirectCallNode.create(make.getCode().getCallTarget()));
        }
        return call.call(function, null, iterator);
    }
}
