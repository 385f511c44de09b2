package org.jpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.OperatorSupport;

/**
 * A replacement field of an f-string, {@code {value!r:spec}}: the conversion ({@code str}, {@code repr},
 * {@code ascii}) first, then {@code format(value, spec)}. A {@code str} with an empty spec is returned as is
 * (the common case), everything else goes through {@code __format__}.
 */
public final class FormattedValueNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private ExpressionNode formatSpec;
    private final int conversion;

    public FormattedValueNode(ExpressionNode value, int conversion, ExpressionNode formatSpec) {
        this.value = value;
        this.conversion = conversion;
        this.formatSpec = formatSpec;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        if (conversion != -1) {
            v = OperatorSupport.convert(this, v, conversion);
        }
        Object spec = formatSpec == null ? "" : formatSpec.execute(frame);
        if (v instanceof String s && spec instanceof String sp && sp.isEmpty()) {
            return s;
        }
        return OperatorSupport.format(this, v, spec);
    }
}
