package org.jpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.objects.list.PList;
import org.jpy.objects.tuple.PTuple;

/**
 * {@code a, b = value} and {@code a, *rest, b = value} (UNPACK_SEQUENCE / UNPACK_EX). Exact tuples and lists of the
 * right length are unpacked without an iterator; anything else is iterated, with CPython's "not enough values" /
 * "too many values" messages. The starred target receives a new list.
 */
public final class UnpackTargetNode extends AssignTargetNode {
    @Children private final AssignTargetNode[] targets;
    private final int starIndex;
    private final BranchProfile generic = BranchProfile.create();

    private UnpackTargetNode(AssignTargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    public static UnpackTargetNode create(AssignTargetNode[] targets, int starIndex) {
        return new UnpackTargetNode(targets, starIndex);
    }

    @Override
    @ExplodeLoop
    public void executeWrite(VirtualFrame frame, Object value) {
        Object[] items;
        if (starIndex < 0 && value instanceof PTuple t && t.size() == targets.length && IterationSupport.isExactTuple(t)) {
            items = t.getArray();
        } else if (starIndex < 0 && value instanceof PList l && l.size() == targets.length && IterationSupport.isExactList(l)) {
            items = l.toArray();
        } else {
            generic.enter();
            items = IterationSupport.unpack(this, value, targets.length, starIndex);
        }
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, items[i]);
        }
    }
}
