package org.jpy.objects.iterator;

import java.math.BigInteger;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.ints.IntMath;
import org.jpy.runtime.PythonBuiltinClassType;

/** Iterates an arithmetic progression: {@code long} fast form, {@code BigInteger} for ranges beyond it. */
public final class PRangeIterator extends PIterator {
    private long next;
    private final long step;
    private long remaining;
    private BigInteger bigNext;
    private BigInteger bigStep;
    private BigInteger bigRemaining;

    public PRangeIterator(long start, long step, long length) {
        super(PythonBuiltinClassType.PRangeIterator);
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    public PRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
        super(PythonBuiltinClassType.PLongRangeIterator);
        this.step = 0;
        this.bigNext = start;
        this.bigStep = step;
        this.bigRemaining = length;
    }

    @Override
    public Object next(Node node) {
        if (bigNext != null) {
            if (bigRemaining.signum() <= 0) {
                return null;
            }
            Object v = IntMath.normalize(bigNext);
            bigNext = bigNext.add(bigStep);
            bigRemaining = bigRemaining.subtract(BigInteger.ONE);
            return v;
        }
        if (remaining <= 0) {
            return null;
        }
        long v = next;
        next += step;
        remaining--;
        return v;
    }

    @Override
    public long lengthHint() {
        return bigNext != null ? (bigRemaining.bitLength() < 63 ? bigRemaining.longValue() : Long.MAX_VALUE) : remaining;
    }
}
