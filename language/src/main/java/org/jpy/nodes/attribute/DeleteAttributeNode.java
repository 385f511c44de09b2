package org.jpy.nodes.attribute;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.util.ObjectSupport;

/** {@code del obj.name}. */
public final class DeleteAttributeNode extends StatementNode {
    @Child private ExpressionNode object;
    private final String name;

    public DeleteAttributeNode(ExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        ObjectSupport.delAttr(this, object.execute(frame), name);
    }
}
