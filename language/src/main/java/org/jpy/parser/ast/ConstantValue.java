package org.jpy.parser.ast;

import java.util.Arrays;

/** Literal values of {@link Expr.Constant} that have no natural Java type. */
public final class ConstantValue {
    private ConstantValue() {
    }

    /** Python's {@code None} and {@code ...} as literals. */
    public enum Singleton {
        NONE,
        ELLIPSIS
    }

    public static final Singleton NONE = Singleton.NONE;
    public static final Singleton ELLIPSIS = Singleton.ELLIPSIS;

    /** An imaginary literal such as {@code 2j} (real part 0). */
    public record Complex(double real, double imag) {
    }

    /** A bytes literal; a record with value semantics around the raw bytes. */
    public record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes" + Arrays.toString(value);
        }
    }
}
