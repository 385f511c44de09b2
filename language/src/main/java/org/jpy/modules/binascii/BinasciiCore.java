package org.jpy.modules.binascii;

import java.io.ByteArrayOutputStream;

/**
 * The byte-level algorithms of {@code binascii}: base64 decoding with CPython's lenient and strict rules (and its
 * exact error messages), base64 encoding, hex with separators, CRC-32 and CRC-CCITT. Failures are {@link Error}s
 * that the module raises as {@code binascii.Error}.
 */
public final class BinasciiCore {
    private BinasciiCore() {
    }

    /** {@code binascii.Error} with CPython's message. */
    public static final class Error extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Error(String message) {
            super(message, null, false, false);
        }
    }

    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final int[] B64_DECODE = new int[256];
    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] CRC_HQX_TABLE = new int[256];

    static {
        java.util.Arrays.fill(B64_DECODE, 255);
        for (int i = 0; i < 64; i++) {
            B64_DECODE[B64[i]] = i;
        }
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CRC_HQX_TABLE[n] = h & 0xFFFF;
        }
    }

    public static byte[] a2bBase64(byte[] data, int length, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 4 * 3 + 3);
        if (strict && length > 0 && data[0] == '=') {
            throw new Error("Leading padding not allowed");
        }
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        int produced = 0;
        for (int i = 0; i < length; i++) {
            int ch = data[i] & 0xFF;
            if (ch == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < length) {
                        throw new Error("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = B64_DECODE[ch];
            if (v >= 64) {
                if (strict) {
                    throw new Error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw new Error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0:
                    quadPos = 1;
                    leftchar = v;
                    break;
                case 1:
                    quadPos = 2;
                    out.write((leftchar << 2) | (v >> 4));
                    produced++;
                    leftchar = v & 0x0F;
                    break;
                case 2:
                    quadPos = 3;
                    out.write((leftchar << 4) | (v >> 2));
                    produced++;
                    leftchar = v & 0x03;
                    break;
                default:
                    quadPos = 0;
                    out.write((leftchar << 6) | v);
                    produced++;
                    leftchar = 0;
                    break;
            }
        }
        if (quadPos == 1) {
            throw new Error("Invalid base64-encoded string: number of data characters (" + (produced / 3 * 4 + 1) +
                            ") cannot be 1 more than a multiple of 4");
        } else if (quadPos != 0) {
            throw new Error("Incorrect padding");
        }
        return out.toByteArray();
    }

    public static byte[] b2aBase64(byte[] data, int length, boolean newline) {
        int outLen = (length + 2) / 3 * 4 + (newline ? 1 : 0);
        byte[] out = new byte[outLen];
        int o = 0;
        int i = 0;
        for (; i + 2 < length; i += 3) {
            int v = ((data[i] & 0xFF) << 16) | ((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF);
            out[o++] = B64[v >>> 18];
            out[o++] = B64[(v >>> 12) & 63];
            out[o++] = B64[(v >>> 6) & 63];
            out[o++] = B64[v & 63];
        }
        if (length - i == 1) {
            int v = (data[i] & 0xFF) << 16;
            out[o++] = B64[v >>> 18];
            out[o++] = B64[(v >>> 12) & 63];
            out[o++] = '=';
            out[o++] = '=';
        } else if (length - i == 2) {
            int v = ((data[i] & 0xFF) << 16) | ((data[i + 1] & 0xFF) << 8);
            out[o++] = B64[v >>> 18];
            out[o++] = B64[(v >>> 12) & 63];
            out[o++] = B64[(v >>> 6) & 63];
            out[o++] = '=';
        }
        if (newline) {
            out[o] = '\n';
        }
        return out;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes();

    /**
     * {@code hexlify(data, sep, bytes_per_sep)}; {@code sep < 0} means no separator. A positive
     * {@code bytesPerSep} counts groups from the right, a negative one from the left.
     */
    public static byte[] hexlify(byte[] data, int length, int sep, int bytesPerSep) {
        if (sep < 0 || length == 0 || bytesPerSep == 0) {
            byte[] out = new byte[length * 2];
            for (int i = 0; i < length; i++) {
                out[2 * i] = HEX[(data[i] >> 4) & 15];
                out[2 * i + 1] = HEX[data[i] & 15];
            }
            return out;
        }
        int group = Math.abs(bytesPerSep);
        int seps = (length - 1) / group;
        byte[] out = new byte[length * 2 + seps];
        int o = 0;
        for (int i = 0; i < length; i++) {
            boolean boundary;
            if (bytesPerSep > 0) {
                boundary = i > 0 && (length - i) % group == 0;
            } else {
                boundary = i > 0 && i % group == 0;
            }
            if (boundary) {
                out[o++] = (byte) sep;
            }
            out[o++] = HEX[(data[i] >> 4) & 15];
            out[o++] = HEX[data[i] & 15];
        }
        return out;
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    public static byte[] unhexlify(byte[] data, int length) {
        if (length % 2 != 0) {
            throw new Error("Odd-length string");
        }
        byte[] out = new byte[length / 2];
        for (int i = 0; i < length; i += 2) {
            int hi = hexValue(data[i] & 0xFF);
            int lo = hexValue(data[i + 1] & 0xFF);
            if (hi < 0 || lo < 0) {
                throw new Error("Non-hexadecimal digit found");
            }
            out[i / 2] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /** {@code crc32(data, value)} as an unsigned 32-bit value. */
    public static long crc32(byte[] data, int offset, int length, long value) {
        int crc = ~(int) value;
        for (int i = offset; i < offset + length; i++) {
            crc = CRC32_TABLE[(crc ^ data[i]) & 0xFF] ^ (crc >>> 8);
        }
        return ~crc & 0xFFFFFFFFL;
    }

    public static int crcHqx(byte[] data, int length, int value) {
        int crc = value & 0xFFFF;
        for (int i = 0; i < length; i++) {
            crc = ((crc << 8) & 0xFF00) ^ CRC_HQX_TABLE[((crc >> 8) & 0xFF) ^ (data[i] & 0xFF)];
        }
        return crc;
    }
}
