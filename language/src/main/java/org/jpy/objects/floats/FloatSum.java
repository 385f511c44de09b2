package org.jpy.objects.floats;

/**
 * The float accumulator of {@code sum()} since CPython 3.12: Neumaier's compensated summation, so
 * {@code sum([0.1] * 10) == 1.0}. The compensation is added at the end only when finite, so an infinite or overflowed
 * total is not turned into a NaN.
 */
public final class FloatSum {
    private double sum;
    private double compensation;

    public FloatSum(double start) {
        this.sum = start;
    }

    public void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    public double result() {
        if (compensation != 0 && Double.isFinite(compensation)) {
            return sum + compensation;
        }
        return sum;
    }
}
