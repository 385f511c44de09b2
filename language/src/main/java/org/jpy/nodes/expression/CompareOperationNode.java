package org.jpy.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.runtime.PException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.pyobject.PyObjectContainsNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.util.OperatorSupport;
import org.jpy.parser.ast.CmpOp;

/** The comparison of two already evaluated operands, for any operator (shared by chained comparisons). */
public abstract class CompareOperationNode extends com.oracle.truffle.api.nodes.Node {
    protected final CmpOp op;

    protected final org.jpy.nodes.pyobject.RichCmpOp richOp;

    protected CompareOperationNode(CmpOp op) {
        this.op = op;
        this.richOp = isIdentity(op) || isMembership(op) ? null : OperatorSupport.toRichCmpOp(op);
    }

    public abstract Object execute(Object a, Object b);

    public static CompareOperationNode create(CmpOp op) {
        return CompareOperationNodeGen.create(op);
    }

    protected static boolean isIdentity(CmpOp op) {
        return op == CmpOp.Is || op == CmpOp.IsNot;
    }

    protected static boolean isMembership(CmpOp op) {
        return op == CmpOp.In || op == CmpOp.NotIn;
    }

    @Specialization(guards = "isIdentity(op)")
    boolean doIdentity(Object a, Object b) {
        boolean same = OperatorSupport.isSameObject(a, b);
        return op == CmpOp.Is ? same : !same;
    }

    @Specialization(guards = "isMembership(op)")
    boolean doContains(Object a, Object b,
                    @Cached PyObjectContainsNode contains) {
        boolean found = contains.execute(b, a);
        return op == CmpOp.In ? found : !found;
    }

    @Specialization(guards = {"!isIdentity(op)", "!isMembership(op)"})
    Object doRich(Object a, Object b,
                    @Cached PyObjectRichCompareNode compare) {
        try {
            return compare.execute(a, b, richOp);
        } catch (PException e) {
            ExceptionSupport.passedThroughCall(e, this);
            throw e;
        }
    }
}
