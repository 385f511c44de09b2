package org.jpy.objects.dict;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.jpy.nodes.pyobject.PyObjectHashNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.runtime.PyHash;

/**
 * The insertion-ordered hash table behind {@code dict}, {@code set} and {@code frozenset}: CPython's compact
 * layout (a sparse {@code int} index array probing into dense entry arrays), so iteration follows insertion
 * order and deletion leaves a tombstone ({@code null} key) in the entries.
 *
 * <p>Keys compare like Python: identity first, then fast paths for {@code String}/{@code Long}/{@code Double}/
 * {@code Boolean}/{@code BigInteger} (so {@code 1}, {@code 1.0} and {@code True} are the same key), and only
 * other objects go through {@code __hash__}/{@code __eq__} (behind a boundary). {@link #getVersion()} changes on
 * every structural mutation so iterators can raise "dictionary changed size during iteration".
 */
public final class HashTable {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_INDEX = 8;

    private int[] indices;
    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** Entries used so far (live + tombstones). */
    private int used;
    private int size;
    private int version;

    public HashTable() {
        this(0);
    }

    public HashTable(int expected) {
        int n = MIN_INDEX;
        while (n * 2 < expected * 3 + 3) {
            n <<= 1;
        }
        allocate(n);
    }

    private void allocate(int indexSize) {
        indices = new int[indexSize];
        java.util.Arrays.fill(indices, EMPTY);
        int cap = indexSize * 2 / 3 + 1;
        keys = new Object[cap];
        values = new Object[cap];
        hashes = new long[cap];
        used = 0;
    }

    public int size() {
        return size;
    }

    /** Changes on every insertion of a new key, deletion or clear. */
    public int getVersion() {
        return version;
    }

    // ---- hashing and equality ----

    /** Python hash of {@code key}, with fast paths for the builtin key types. */
    public static long hash(Object key) {
        if (key instanceof String s) {
            return PyHash.hashString(s);
        } else if (key instanceof Long l) {
            return PyHash.hashLong(l);
        } else if (key instanceof Boolean b) {
            return PyHash.hashBoolean(b);
        } else if (key instanceof Double d) {
            return PyHash.hashDouble(d);
        }
        return slowHash(key);
    }

    @TruffleBoundary
    private static long slowHash(Object key) {
        if (key instanceof BigInteger bi) {
            return PyHash.hashBigInteger(bi);
        }
        return PyObjectHashNode.hash(key);
    }

    /** Python {@code a == b} as dict keys compare (identity implies equality). */
    public static boolean keysEqual(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa) {
            if (b instanceof String sb) {
                return sa.equals(sb);
            }
            if (isSimple(b)) {
                return false;
            }
        } else if (a instanceof Long la) {
            if (b instanceof Long lb) {
                return la.longValue() == lb.longValue();
            } else if (b instanceof Double db) {
                return (double) la.longValue() == db.doubleValue() && (long) db.doubleValue() == la.longValue();
            } else if (b instanceof Boolean bb) {
                return la.longValue() == (bb ? 1 : 0);
            } else if (b instanceof String || b instanceof BigInteger) {
                return false;
            }
        } else if (a instanceof Double da) {
            if (b instanceof Double db) {
                return da.doubleValue() == db.doubleValue();
            } else if (b instanceof Long || b instanceof Boolean) {
                return keysEqual(b, a);
            } else if (b instanceof String) {
                return false;
            }
        } else if (a instanceof Boolean ba) {
            if (b instanceof Boolean bb) {
                return ba.booleanValue() == bb.booleanValue();
            } else if (b instanceof Long || b instanceof Double) {
                return keysEqual(b, a);
            } else if (b instanceof String) {
                return false;
            }
        }
        return slowEquals(a, b);
    }

    private static boolean isSimple(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    @TruffleBoundary
    private static boolean slowEquals(Object a, Object b) {
        if (a instanceof Boolean ba && b instanceof Boolean bb) {
            return ba.booleanValue() == bb.booleanValue();
        }
        if (a instanceof BigInteger ba && b instanceof BigInteger bb) {
            return ba.equals(bb);
        }
        return PyObjectRichCompareNode.equalsUncached(b, a);
    }

    // ---- core operations ----

    /** Index of the entry holding {@code key}, or -1. */
    public int findEntry(Object key, long hash) {
        int[] idx = indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                Object k = keys[ix];
                if (k == key || keysEqual(k, key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value for {@code key}, or {@code null} when absent. */
    public Object get(Object key) {
        return get(key, hash(key));
    }

    public Object get(Object key, long hash) {
        int ix = findEntry(key, hash);
        return ix < 0 ? null : values[ix];
    }

    public boolean containsKey(Object key) {
        return findEntry(key, hash(key)) >= 0;
    }

    public void put(Object key, Object value) {
        put(key, hash(key), value);
    }

    public void put(Object key, long hash, Object value) {
        int ix = findEntry(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        if (used >= keys.length) {
            resize(size * 3 + 1);
        }
        ix = used++;
        keys[ix] = key;
        values[ix] = value;
        hashes[ix] = hash;
        insertIndex(hash, ix);
        size++;
        version++;
    }

    private void insertIndex(long hash, int ix) {
        int[] idx = indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = ix;
    }

    @TruffleBoundary
    private void resize(int minUsed) {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        long[] oldHashes = hashes;
        int oldUsed = used;
        int n = MIN_INDEX;
        while (n * 2 < minUsed * 3 + 3) {
            n <<= 1;
        }
        allocate(n);
        for (int j = 0; j < oldUsed; j++) {
            if (oldKeys[j] != null) {
                int ix = used++;
                keys[ix] = oldKeys[j];
                values[ix] = oldValues[j];
                hashes[ix] = oldHashes[j];
                insertIndex(oldHashes[j], ix);
            }
        }
    }

    /** Removes {@code key}; returns its value or {@code null} when absent. */
    public Object remove(Object key) {
        return remove(key, hash(key));
    }

    public Object remove(Object key, long hash) {
        int[] idx = indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                Object k = keys[ix];
                if (k == key || keysEqual(k, key)) {
                    Object v = values[ix];
                    idx[i] = DUMMY;
                    keys[ix] = null;
                    values[ix] = null;
                    size--;
                    version++;
                    return v;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public void clear() {
        allocate(MIN_INDEX);
        size = 0;
        version++;
    }

    // ---- ordered iteration over entries: for (int i = firstIndex(); i >= 0; i = nextIndex(i)) ----

    /** The first live entry index at or after {@code from}, or -1. */
    public int nextIndex(int from) {
        for (int i = from; i < used; i++) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** The last live entry index at or before {@code from}, or -1 (for {@code reversed(dict)} and popitem). */
    public int prevIndex(int from) {
        for (int i = Math.min(from, used - 1); i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** One past the highest entry index ever used (bound for {@link #nextIndex}). */
    public int getUsed() {
        return used;
    }

    public Object keyAt(int i) {
        return keys[i];
    }

    public Object valueAt(int i) {
        return values[i];
    }

    public long hashAt(int i) {
        return hashes[i];
    }

    public void setValueAt(int i, Object value) {
        values[i] = value;
    }

    public Object[] keysArray() {
        Object[] result = new Object[size];
        int n = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                result[n++] = keys[i];
            }
        }
        return result;
    }

    public Object[] valuesArray() {
        Object[] result = new Object[size];
        int n = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                result[n++] = values[i];
            }
        }
        return result;
    }

    public HashTable copy() {
        HashTable t = new HashTable(size);
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                t.put(keys[i], hashes[i], values[i]);
            }
        }
        return t;
    }
}
