package org.jpy.objects.list;

/**
 * {@code list.sort} / {@code sorted}: a stable merge sort that only asks "is a < b?" (Python's sort protocol), keeps
 * working when comparisons are inconsistent (no "Comparison method violates its general contract" as with
 * {@link java.util.Arrays#sort}), and implements {@code reverse=True} the way CPython does — reverse, stable sort,
 * reverse — so equal elements keep their original order. Keys, when given, are sorted in lockstep with the values.
 * Runs of up to 32 elements use binary insertion; already-ordered halves skip the merge.
 */
public final class ListSort {
    private ListSort() {
    }

    /** Python's {@code <} on two keys (may throw a Python exception, which aborts the sort). */
    @FunctionalInterface
    public interface LessThan {
        boolean lessThan(Object a, Object b);
    }

    /**
     * Sorts {@code values[0..n)} in place.
     *
     * @param keys the keys ({@code key(v)} for each value) or null to compare the values themselves
     */
    public static void sort(Object[] values, Object[] keys, int n, boolean reverse, LessThan lt) {
        if (n < 2) {
            return;
        }
        Object[] k = keys == null ? values : keys;
        if (reverse) {
            reverse(values, n);
            if (keys != null) {
                reverse(keys, n);
            }
        }
        Object[] tmpK = new Object[n];
        Object[] tmpV = keys == null ? null : new Object[n];
        mergeSort(k, keys == null ? null : values, tmpK, tmpV, 0, n, lt);
        if (reverse) {
            reverse(values, n);
            if (keys != null) {
                reverse(keys, n);
            }
        }
    }

    private static void reverse(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void mergeSort(Object[] k, Object[] v, Object[] tk, Object[] tv, int lo, int hi, LessThan lt) {
        if (hi - lo <= 32) {
            binaryInsertion(k, v, lo, hi, lt);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(k, v, tk, tv, lo, mid, lt);
        mergeSort(k, v, tk, tv, mid, hi, lt);
        if (!lt.lessThan(k[mid], k[mid - 1])) {
            return; // already in order
        }
        System.arraycopy(k, lo, tk, lo, mid - lo);
        if (v != null) {
            System.arraycopy(v, lo, tv, lo, mid - lo);
        }
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (lt.lessThan(k[j], tk[i])) {
                if (v != null) {
                    v[o] = v[j];
                }
                k[o++] = k[j++];
            } else {
                if (v != null) {
                    v[o] = tv[i];
                }
                k[o++] = tk[i++];
            }
        }
        while (i < mid) {
            if (v != null) {
                v[o] = tv[i];
            }
            k[o++] = tk[i++];
        }
    }

    private static void binaryInsertion(Object[] k, Object[] v, int lo, int hi, LessThan lt) {
        for (int i = lo + 1; i < hi; i++) {
            Object pivot = k[i];
            Object pv = v == null ? null : v[i];
            int left = lo;
            int right = i;
            while (left < right) {
                int m = (left + right) >>> 1;
                if (lt.lessThan(pivot, k[m])) {
                    right = m;
                } else {
                    left = m + 1;
                }
            }
            System.arraycopy(k, left, k, left + 1, i - left);
            k[left] = pivot;
            if (v != null) {
                System.arraycopy(v, left, v, left + 1, i - left);
                v[left] = pv;
            }
        }
    }
}
