package org.jpy.nodes.subscript;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.PyObjectGetItemNode;

/** {@code obj[key]} (BINARY_SUBSCR), through the abstract API (which has the list/tuple/dict fast paths). */
@NodeChild(value = "object", type = ExpressionNode.class)
@NodeChild(value = "key", type = ExpressionNode.class)
public abstract class GetItemNode extends ExpressionNode {
    public static GetItemNode create(ExpressionNode object, ExpressionNode key) {
        return GetItemNodeGen.create(object, key);
    }

    @Specialization
    static Object doGet(Object object, Object key,
                    @Cached PyObjectGetItemNode getItem) {
        return getItem.execute(object, key);
    }
}
