package org.jpy.modules.random;

import java.math.BigInteger;

/**
 * The MT19937 generator behind {@code _random.Random}, seeded exactly as CPython seeds it (the absolute value of an
 * integer seed split into 32-bit words, least significant first, fed to {@code init_by_array}), so that
 * {@code random.seed(n)} gives CPython's sequences for {@code random()}, {@code getrandbits()} and everything
 * {@code random.py} builds on them. State is plain Java; the module class wraps one instance per Python object.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    public MersenneTwister() {
        initGenrand(19650218);
    }

    private void initGenrand(int seed) {
        mt[0] = seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** {@code init_by_array}: seeds from 32-bit words (at least one). */
    public void seedWords(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int keyLength = Math.max(key.length, 1);
        for (int k = Math.max(N, keyLength); k > 0; k--) {
            int word = key.length == 0 ? 0 : key[j];
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + word + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= keyLength) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    /** {@code random_seed} for an integer: the words of {@code |seed|}. */
    public void seed(BigInteger seed) {
        BigInteger n = seed.abs();
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        seedWords(key);
    }

    public void seed(long seed) {
        seed(BigInteger.valueOf(seed));
    }

    /** {@code genrand_uint32}: the next 32 random bits. */
    public int nextInt32() {
        int y;
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code random()}: a double in [0, 1) with 53 random bits. */
    public double random() {
        long a = (nextInt32() >>> 5) & 0xFFFFFFFFL;
        long b = (nextInt32() >>> 6) & 0xFFFFFFFFL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} for {@code 0 <= k <= 64}, as an unsigned value in a long. */
    public long getrandbitsLong(int k) {
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (nextInt32() & 0xFFFFFFFFL) >>> (32 - k);
        }
        long lo = nextInt32() & 0xFFFFFFFFL;
        long hi = (nextInt32() & 0xFFFFFFFFL) >>> (64 - k);
        return lo | (hi << 32);
    }

    /** {@code getrandbits(k)} for any {@code k >= 0}. */
    public BigInteger getrandbits(int k) {
        if (k <= 63) {
            return BigInteger.valueOf(getrandbitsLong(k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] big = new byte[words * 4 + 1];
        int remaining = k;
        for (int i = 0; i < words; i++, remaining -= 32) {
            int r = nextInt32();
            if (remaining < 32) {
                r >>>= 32 - remaining;
            }
            int at = big.length - 1 - 4 * i;
            big[at] = (byte) r;
            big[at - 1] = (byte) (r >>> 8);
            big[at - 2] = (byte) (r >>> 16);
            big[at - 3] = (byte) (r >>> 24);
        }
        return new BigInteger(big);
    }

    /** {@code getstate()}: the 624 state words followed by the position. */
    public long[] getState() {
        long[] state = new long[N + 1];
        for (int i = 0; i < N; i++) {
            state[i] = mt[i] & 0xFFFFFFFFL;
        }
        state[N] = index;
        return state;
    }

    /** {@code setstate()}: words and a position in {@code [0, 624]} (the caller checks the Python-level types). */
    public void setState(long[] words, int position) {
        for (int i = 0; i < N; i++) {
            mt[i] = (int) words[i];
        }
        index = position;
    }

    public static int stateSize() {
        return N;
    }
}
