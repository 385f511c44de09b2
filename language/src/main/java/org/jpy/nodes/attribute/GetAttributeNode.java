package org.jpy.nodes.attribute;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;

/** {@code obj.name} (LOAD_ATTR): the full attribute protocol of the abstract API, which caches on the class. */
@NodeChild(value = "object", type = ExpressionNode.class)
public abstract class GetAttributeNode extends ExpressionNode {
    protected final String name;

    protected GetAttributeNode(String name) {
        this.name = name;
    }

    public static GetAttributeNode create(ExpressionNode object, String name) {
        return GetAttributeNodeGen.create(name, object);
    }

    public String getName() {
        return name;
    }

    @Specialization
    Object doGet(Object object,
                    @Cached PyObjectGetAttrNode getAttr) {
        try {
            return getAttr.execute(object, name);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, this);
            throw e;
        }
    }
}
