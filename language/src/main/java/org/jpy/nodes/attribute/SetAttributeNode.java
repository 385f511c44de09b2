package org.jpy.nodes.attribute;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.PyObjectSetAttrNode;

/** {@code obj.name = value} (STORE_ATTR): the object expression is evaluated after the value, as in CPython. */
public final class SetAttributeNode extends AssignTargetNode {
    @Child private ExpressionNode object;
    @Child private PyObjectSetAttrNode setAttr = PyObjectSetAttrNode.create();
    private final String name;

    private SetAttributeNode(ExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    public static SetAttributeNode create(ExpressionNode object, String name) {
        return new SetAttributeNode(object, name);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        Object o = object.execute(frame);
        try {
            setAttr.execute(o, name, value);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, this);
            throw e;
        }
    }
}
