package org.jpy.test.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import org.jpy.objects.dict.PDict;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PyHash;

/** PDict: Python key semantics, insertion order, deletion and growth; CPython's numeric hashes. */
class DictTest extends RuntimeTestBase {
    @Test
    void numericKeysAreUnified() {
        PDict d = new PDict();
        d.setItem(1L, "a");
        d.setItem(1.0, "b");
        d.setItem(true, "c");
        assertEquals(1, d.size());
        assertEquals("c", d.getItem(1L));
        assertEquals(1L, d.keys()[0]);
        d.setItem(0L, "zero");
        assertEquals("zero", d.getItem(false));
        assertEquals("zero", d.getItem(-0.0));
    }

    @Test
    void orderAndDeletion() {
        PDict d = new PDict();
        for (long i = 0; i < 100; i++) {
            d.setItem("k" + i, i);
        }
        for (long i = 0; i < 100; i += 2) {
            d.delItem("k" + i);
        }
        d.setItem("k0", "again");
        assertEquals(51, d.size());
        assertEquals("k1", d.keys()[0]);
        assertEquals("k0", d.keys()[50]);
        assertNull(d.getItem("k2"));
    }

    @Test
    void tupleKeys() {
        PDict d = new PDict();
        d.setItem(new PTuple(new Object[]{1L, "x"}), 1L);
        assertEquals(1L, d.getItem(new PTuple(new Object[]{1.0, "x"})));
    }

    @Test
    void cpythonHashes() {
        assertEquals(1152921504606846977L, PyHash.hashDouble(1.5));
        assertEquals(-2L, PyHash.hashLong(-1));
        assertEquals(1L, PyHash.hashBigInteger(BigInteger.TWO.pow(61)));
        assertEquals(-6L, PyHash.hashBigInteger(BigInteger.TWO.pow(61).negate().subtract(BigInteger.valueOf(5))));
        assertEquals(314159L, PyHash.hashDouble(Double.POSITIVE_INFINITY));
        assertEquals(-3550055125485641917L, org.jpy.nodes.pyobject.PyObjectHashNode.hashTuple(new Object[]{1L, 2L}));
        assertEquals(5740354900026072187L, org.jpy.nodes.pyobject.PyObjectHashNode.hashTuple(new Object[0]));
        assertArrayEquals(new Object[]{"a"}, new PTuple(new Object[]{"a"}).getArray());
    }
}
