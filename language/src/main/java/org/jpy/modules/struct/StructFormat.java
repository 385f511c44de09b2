package org.jpy.modules.struct;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code struct} format: byte order, item layout (offsets with native alignment for {@code '@'}), total size
 * and the number of Python values it packs. Parsing follows CPython's {@code prepare_s}: the same sizes (LP64 native
 * sizes, standard sizes for {@code <>!=}), the same errors and messages. The pack/unpack helpers here work on Java
 * values; converting Python objects ({@code __index__}, {@code __float__}, bytes) is the module's part.
 */
public final class StructFormat {

    /** {@code struct.error} (or {@code OverflowError} when {@link #overflow}) with CPython's message. */
    public static final class StructError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final boolean overflow;

        public StructError(String message) {
            this(message, false);
        }

        public StructError(String message, boolean overflow) {
            super(message, null, false, false);
            this.overflow = overflow;
        }
    }

    /** One format code: {@code count} repetitions of {@code size}-byte values at {@code offset} ({@code s}/{@code p}: one value of {@code count} bytes). */
    public record Item(char code, long count, long offset, int size) {
        public boolean isString() {
            return code == 's' || code == 'p';
        }

        public long values() {
            return code == 'x' ? 0 : isString() ? 1 : count;
        }
    }

    public final boolean nativeMode;
    public final boolean littleEndian;
    /** Total size in bytes (can exceed what a Java array holds; the module checks before allocating). */
    public final long size;
    public final long numValues;
    private final Item[] items;

    private StructFormat(boolean nativeMode, boolean littleEndian, Item[] items, long size, long numValues) {
        this.nativeMode = nativeMode;
        this.littleEndian = littleEndian;
        this.items = items;
        this.size = size;
        this.numValues = numValues;
    }

    public Item[] items() {
        return items;
    }

    private static int nativeSize(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'f':
                return 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
                return 8;
            default:
                return -1;
        }
    }

    private static int standardSize(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'l', 'L', 'f':
                return 4;
            case 'q', 'Q', 'd':
                return 8;
            default:
                return -1;
        }
    }

    public static StructFormat parse(String fmt) {
        if (fmt.indexOf('\0') >= 0) {
            throw new StructError("embedded null character");
        }
        int i = 0;
        boolean nativeMode = true;
        boolean little = true;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@':
                    i = 1;
                    break;
                case '=', '<':
                    nativeMode = false;
                    i = 1;
                    break;
                case '>', '!':
                    nativeMode = false;
                    little = false;
                    i = 1;
                    break;
                default:
                    break;
            }
        }
        List<Item> items = new ArrayList<>();
        long offset = 0;
        long values = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c) && c < 128) {
                i++;
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                i++;
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    num = num * 10 + (fmt.charAt(i) - '0');
                    if (num > Long.MAX_VALUE / 16) {
                        throw new StructError("total struct size too long");
                    }
                    i++;
                }
                if (i >= n) {
                    throw new StructError("repeat count given without format specifier");
                }
                c = fmt.charAt(i);
            }
            int sz = nativeMode ? nativeSize(c) : standardSize(c);
            if (sz < 0) {
                throw new StructError("bad char in struct format");
            }
            if (nativeMode && c != 's' && c != 'p' && c != 'x' && c != 'c' && c != 'b' && c != 'B' && c != '?') {
                offset = (offset + sz - 1) / sz * sz;
            }
            boolean string = c == 's' || c == 'p';
            long bytes = string ? num : num * sz;
            items.add(new Item(c, num, offset, sz));
            offset += bytes;
            if (offset > Long.MAX_VALUE / 16) {
                throw new StructError("total struct size too long");
            }
            values += c == 'x' ? 0 : string ? 1 : num;
            i++;
        }
        return new StructFormat(nativeMode, little, items.toArray(new Item[0]), offset, values);
    }

    public static boolean isSigned(char c) {
        return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    }

    /** Range-checks an integer for code {@code c} of {@code size} bytes; CPython's message on failure. */
    public void checkRange(char c, int itemSize, BigInteger v) {
        if (c == 'P' && nativeMode) {
            if (v.bitLength() > 64 || (v.signum() < 0 && v.bitLength() > 63)) {
                throw new StructError("int too large to convert");
            }
            return;
        }
        BigInteger min;
        BigInteger max;
        if (isSigned(c)) {
            max = BigInteger.ONE.shiftLeft(itemSize * 8 - 1).subtract(BigInteger.ONE);
            min = max.negate().subtract(BigInteger.ONE);
        } else {
            min = BigInteger.ZERO;
            max = BigInteger.ONE.shiftLeft(itemSize * 8).subtract(BigInteger.ONE);
        }
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new StructError("'" + c + "' format requires " + min + " <= number <= " + max);
        }
    }

    public void putInteger(byte[] buf, int off, int itemSize, long v) {
        for (int k = 0; k < itemSize; k++) {
            int at = littleEndian ? off + k : off + itemSize - 1 - k;
            buf[at] = (byte) (v >>> (8 * k));
        }
    }

    /** Reads an integer; unsigned 8-byte values beyond {@code Long.MAX_VALUE} come back as a {@link BigInteger}. */
    public Object getInteger(byte[] buf, int off, int itemSize, boolean signed) {
        long v = 0;
        for (int k = itemSize - 1; k >= 0; k--) {
            int at = littleEndian ? off + k : off + itemSize - 1 - k;
            v = (v << 8) | (buf[at] & 0xFF);
        }
        if (signed) {
            int shift = 64 - 8 * itemSize;
            return (v << shift) >> shift;
        }
        if (itemSize == 8 && v < 0) {
            return new BigInteger(Long.toUnsignedString(v));
        }
        return v;
    }

    /** Packs a double as IEEE binary16/32/64 ({@code e}/{@code f}/{@code d}) with CPython's overflow rules. */
    public void putFloat(byte[] buf, int off, char c, double x) {
        switch (c) {
            case 'e':
                putInteger(buf, off, 2, toHalf(x));
                break;
            case 'f': {
                float f = (float) x;
                if (!nativeMode && Float.isInfinite(f) && !Double.isInfinite(x)) {
                    throw new StructError("float too large to pack with f format", true);
                }
                putInteger(buf, off, 4, Float.floatToRawIntBits(f) & 0xFFFFFFFFL);
                break;
            }
            default:
                putInteger(buf, off, 8, Double.doubleToRawLongBits(x));
                break;
        }
    }

    public double getFloat(byte[] buf, int off, char c) {
        switch (c) {
            case 'e':
                return fromHalf((int) (long) (Long) getInteger(buf, off, 2, false));
            case 'f':
                return Float.intBitsToFloat((int) (long) (Long) getInteger(buf, off, 4, false));
            default:
                return Double.longBitsToDouble((Long) getInteger(buf, off, 8, true));
        }
    }

    /** IEEE binary16 bits of {@code x}, rounded half-even from the double (not through a float). */
    static int toHalf(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int sign = (int) (bits >>> 63) << 15;
        if (Double.isNaN(x)) {
            return sign | 0x7E00;
        }
        double a = Math.abs(x);
        if (Double.isInfinite(a)) {
            return sign | 0x7C00;
        }
        if (a == 0) {
            return sign;
        }
        int e = Math.getExponent(a);
        if (e < -14) {
            // subnormal: units of 2**-24
            double scaled = a * 0x1p24;
            long m = (long) Math.rint(scaled);
            if (m >= 0x400) {
                return sign | (1 << 10) | (int) (m - 0x400);
            }
            return sign | (int) m;
        }
        double frac = a / Math.scalb(1.0, e) - 1.0; // in [0, 1)
        long m = (long) Math.rint(frac * 1024);
        int exp = e + 15;
        if (m == 1024) {
            m = 0;
            exp++;
        }
        if (exp >= 31) {
            throw new StructError("float too large to pack with e format", true);
        }
        return sign | (exp << 10) | (int) m;
    }

    static double fromHalf(int h) {
        int sign = (h >>> 15) & 1;
        int exp = (h >>> 10) & 0x1F;
        int m = h & 0x3FF;
        double v;
        if (exp == 0) {
            v = m * 0x1p-24;
        } else if (exp == 31) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = (1.0 + m / 1024.0) * Math.scalb(1.0, exp - 15);
        }
        return sign != 0 ? -v : v;
    }
}
