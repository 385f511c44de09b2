package org.jpy.objects.set;

import org.jpy.objects.dict.HashTable;

/**
 * The iteration order of CPython's sets: slot order of its open-addressing table (linear probes of 9, then perturbed
 * jumps), which for small ints is almost sorted order ({@code {3, 1, 2}} prints as {@code {1, 2, 3}}). jpy stores sets
 * insertion-ordered; this replays the elements' insertions into a CPython-shaped table, growing it by CPython's rules, to
 * produce the same order for sets built by insertions (literals, {@code set(iterable)}, {@code add}).
 */
public final class SetOrder {
    private SetOrder() {
    }

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    public static Object[] order(HashTable t) {
        int n = t.size();
        Object[] keys = new Object[n];
        long[] hashes = new long[n];
        int k = 0;
        for (int i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
            keys[k] = t.keyAt(i);
            hashes[k] = t.hashAt(i);
            k++;
        }
        int mask = MIN_SIZE - 1;
        int[] table = new int[MIN_SIZE];
        java.util.Arrays.fill(table, -1);
        int used = 0;
        for (int e = 0; e < n; e++) {
            insert(table, mask, hashes, e);
            used++;
            if ((long) used * 5 >= (long) mask * 3) {
                long minused = used > 50000 ? (long) used * 2 : (long) used * 4;
                int newsize = MIN_SIZE;
                while (newsize <= minused) {
                    newsize <<= 1;
                }
                int[] nt = new int[newsize];
                java.util.Arrays.fill(nt, -1);
                for (int slot : table) {
                    if (slot >= 0) {
                        insert(nt, newsize - 1, hashes, slot);
                    }
                }
                table = nt;
                mask = newsize - 1;
            }
        }
        Object[] out = new Object[n];
        int o = 0;
        for (int slot : table) {
            if (slot >= 0) {
                out[o++] = keys[slot];
            }
        }
        return out;
    }

    private static void insert(int[] table, int mask, long[] hashes, int entry) {
        long hash = hashes[entry];
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] < 0) {
                table[i] = entry;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] < 0) {
                        table[i + j] = entry;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
