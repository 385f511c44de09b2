package org.jpy.nodes.subscript;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.CaretAnchors;
import org.jpy.nodes.pyobject.PyObjectGetItemNode;

/** {@code obj[key]} (BINARY_SUBSCR), through the abstract API (which has the list/tuple/dict fast paths). */
@NodeChild(value = "object", type = ExpressionNode.class)
@NodeChild(value = "key", type = ExpressionNode.class)
public abstract class GetItemNode extends ExpressionNode implements CaretAnchors {
    private final int valueEnd;
    private final int sliceEnd;

    protected GetItemNode(int valueEnd, int sliceEnd) {
        this.valueEnd = valueEnd;
        this.sliceEnd = sliceEnd;
    }

    public static GetItemNode create(ExpressionNode object, ExpressionNode key) {
        return GetItemNodeGen.create(-1, -1, object, key);
    }

    /** With the character positions of the end of the value and of the slice, for the traceback markers. */
    public static GetItemNode create(ExpressionNode object, ExpressionNode key, int valueEnd, int sliceEnd) {
        return GetItemNodeGen.create(valueEnd, sliceEnd, object, key);
    }

    @Override
    public int getAnchorLeftEnd() {
        return valueEnd;
    }

    @Override
    public int getAnchorRightStart() {
        return sliceEnd;
    }

    @Override
    public boolean isBinaryOperator() {
        return false;
    }

    @Specialization
    static Object doGet(Object object, Object key,
                    @Cached PyObjectGetItemNode getItem) {
        try {
            return getItem.execute(object, key);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, getItem.getParent());
            throw e;
        }
    }
}
