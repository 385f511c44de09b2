package org.jpy.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.objects.dict.PDict;

/**
 * A dict display {@code {k: v, **m}}: keys and values evaluated left to right, pairwise, later keys overwriting
 * earlier ones; a {@code null} key marks a {@code **mapping} merged with the mapping protocol ({@code keys()} and
 * {@code __getitem__}), raising CPython's "'X' object is not a mapping" for others.
 */
public final class DictDisplayNode extends ExpressionNode {
    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;

    private DictDisplayNode(ExpressionNode[] keys, ExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    public static DictDisplayNode create(ExpressionNode[] keys, ExpressionNode[] values) {
        return new DictDisplayNode(keys, values);
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PDict dict = new PDict();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                IterationSupport.mergeMapping(this, dict, values[i].execute(frame), false);
            } else {
                Object key = keys[i].execute(frame);
                Object value = values[i].execute(frame);
                IterationSupport.setItem(this, dict, key, value);
            }
        }
        return dict;
    }
}
