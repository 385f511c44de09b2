package org.jpy.objects.range;

import java.math.BigInteger;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A {@code range}. The common case (bounds and length fit a {@code long}) uses the {@code long} accessors;
 * when {@link #isBig()} the {@code BigInteger} ones are authoritative. {@code step} is never zero.
 */
public final class PRange extends PythonObject {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;
    private final BigInteger[] big;

    public PRange(long start, long stop, long step) {
        super(PythonBuiltinClassType.PRange);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        this.big = null;
    }

    /** A range whose values or length need {@code BigInteger}s. */
    public PRange(BigInteger start, BigInteger stop, BigInteger step) {
        super(PythonBuiltinClassType.PRange);
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = -1;
        this.big = new BigInteger[]{start, stop, step};
    }

    public static long computeLength(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        if (step > 0) {
            return (stop - start - 1) / step + 1;
        }
        return (start - stop - 1) / (-step) + 1;
    }

    public boolean isBig() {
        return big != null;
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    /** Valid when not {@link #isBig()}. */
    public long getLength() {
        return length;
    }

    public BigInteger getBigStart() {
        return big != null ? big[0] : BigInteger.valueOf(start);
    }

    public BigInteger getBigStop() {
        return big != null ? big[1] : BigInteger.valueOf(stop);
    }

    public BigInteger getBigStep() {
        return big != null ? big[2] : BigInteger.valueOf(step);
    }

    public BigInteger getBigLength() {
        if (big == null) {
            return BigInteger.valueOf(length);
        }
        BigInteger st = big[2];
        BigInteger lo = st.signum() > 0 ? big[0] : big[1];
        BigInteger hi = st.signum() > 0 ? big[1] : big[0];
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(st.abs()).add(BigInteger.ONE);
    }
}
