package org.jpy.objects.slice;

/**
 * CPython's slice arithmetic ({@code PySlice_Unpack} + {@code PySlice_AdjustIndices}): clamps start/stop for a sequence of
 * a given length, for positive and negative steps, and computes the number of selected items. Bounds are {@code long}s
 * already clamped from arbitrary ints by the caller (CPython clamps to ssize_t the same way).
 */
public final class SliceMath {
    private SliceMath() {
    }

    /** Marker for an omitted bound. */
    public static final long NONE = Long.MIN_VALUE;

    /** The adjusted slice: first index, step, and number of items. */
    public record Bounds(int start, int stop, long step, int length) {
    }

    /**
     * @param start start or {@link #NONE}
     * @param stop stop or {@link #NONE}
     * @param step step or {@link #NONE} (must not be 0; the caller raises "slice step cannot be zero")
     */
    public static Bounds adjust(long start, long stop, long step, int length) {
        long st = step == NONE ? 1 : step;
        long s;
        long e;
        if (start == NONE) {
            s = st < 0 ? length - 1 : 0;
        } else {
            s = start;
            if (s < 0) {
                s += length;
                if (s < 0) {
                    s = st < 0 ? -1 : 0;
                }
            } else if (s >= length) {
                s = st < 0 ? length - 1 : length;
            }
        }
        if (stop == NONE) {
            e = st < 0 ? -1 : length;
        } else {
            e = stop;
            if (e < 0) {
                e += length;
                if (e < 0) {
                    e = st < 0 ? -1 : 0;
                }
            } else if (e >= length) {
                e = st < 0 ? length - 1 : length;
            }
        }
        long n;
        if (st < 0) {
            n = e < s ? (s - e - 1) / (-st) + 1 : 0;
        } else {
            n = s < e ? (e - s - 1) / st + 1 : 0;
        }
        return new Bounds((int) s, (int) e, st, (int) n);
    }
}
