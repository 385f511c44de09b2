package org.jpy.nodes.subscript;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.PyObjectSetItemNode;

/** {@code obj[key] = value} (STORE_SUBSCR): object, then key, evaluated after the value. */
public final class SetItemNode extends AssignTargetNode {
    @Child private ExpressionNode object;
    @Child private ExpressionNode key;
    @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

    private SetItemNode(ExpressionNode object, ExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    public static SetItemNode create(ExpressionNode object, ExpressionNode key) {
        return new SetItemNode(object, key);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        Object o = object.execute(frame);
        Object k = key.execute(frame);
        try {
            setItem.execute(o, k, value);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, this);
            throw e;
        }
    }
}
