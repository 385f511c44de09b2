package org.jpy.nodes.pyobject;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Comparisons between the JVM-represented numbers ({@code Long}, {@code BigInteger}, {@code Boolean},
 * {@code Double}) with Python's exact semantics (no rounding when comparing large ints with floats; NaN
 * compares unequal to everything).
 */
public final class NumericCompare {
    private NumericCompare() {
    }

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /** The result of {@code a op b} for two numbers. */
    @TruffleBoundary
    public static boolean compare(Object a, Object b, RichCmpOp op) {
        if (a instanceof Double da && da.isNaN() || b instanceof Double db && db.isNaN()) {
            return op == RichCmpOp.NE;
        }
        return op.test(compareTo(a, b));
    }

    /** {@code compareTo} of two non-NaN numbers. */
    @TruffleBoundary
    public static int compareTo(Object a, Object b) {
        if (a instanceof Boolean ba) {
            a = ba ? 1L : 0L;
        }
        if (b instanceof Boolean bb) {
            b = bb ? 1L : 0L;
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return Long.compare(la, lb);
        }
        if (a instanceof Double da && b instanceof Double db) {
            return da < db ? -1 : da > db ? 1 : 0;
        }
        if (a instanceof Double da && Double.isInfinite(da)) {
            return da > 0 ? 1 : -1;
        }
        if (b instanceof Double db && Double.isInfinite(db)) {
            return db > 0 ? -1 : 1;
        }
        if (a instanceof Double || b instanceof Double) {
            return toBigDecimal(a).compareTo(toBigDecimal(b));
        }
        return toBigInteger(a).compareTo(toBigInteger(b));
    }

    private static BigDecimal toBigDecimal(Object o) {
        if (o instanceof Double d) {
            return new BigDecimal(d);
        } else if (o instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        return new BigDecimal((BigInteger) o);
    }

    static BigInteger toBigInteger(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }
}
