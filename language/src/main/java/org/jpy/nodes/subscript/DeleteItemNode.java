package org.jpy.nodes.subscript;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.pyobject.PyObjectDelItemNode;

/** {@code del obj[key]}. */
public final class DeleteItemNode extends StatementNode {
    @Child private ExpressionNode object;
    @Child private ExpressionNode key;
    @Child private PyObjectDelItemNode delItem = PyObjectDelItemNode.create();

    public DeleteItemNode(ExpressionNode object, ExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object o = object.execute(frame);
        delItem.execute(o, key.execute(frame));
    }
}
