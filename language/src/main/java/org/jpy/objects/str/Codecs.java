package org.jpy.objects.str;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The standard codecs {@code str.encode}/{@code bytes.decode} need without the codecs module: utf-8 (with
 * {@code surrogatepass}/{@code surrogateescape}), ascii, latin-1, utf-16/utf-32 (little-endian with BOM by default), and the
 * error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape. Errors are
 * UnicodeEncodeError/UnicodeDecodeError with CPython's five arguments.
 */
public final class Codecs {
    private Codecs() {
    }

    /** CPython's codec name normalization for the names handled here, or null for others. */
    public static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "ascii", "us_ascii", "646" -> "ascii";
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "latin" -> "latin-1";
            case "utf_16", "utf16" -> "utf-16";
            case "utf_16_le", "utf_16le" -> "utf-16-le";
            case "utf_16_be", "utf_16be" -> "utf-16-be";
            case "utf_32", "utf32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            default -> null;
        };
    }

    @TruffleBoundary
    public static byte[] encode(Node node, String s, String encoding, String errors) {
        String enc = normalize(encoding);
        if (enc == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.LookupError, "unknown encoding: %s", encoding);
        }
        int limit = switch (enc) {
            case "ascii" -> 128;
            case "latin-1" -> 256;
            default -> 0x110000;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        boolean wide = enc.startsWith("utf-16") || enc.startsWith("utf-32");
        boolean big = enc.endsWith("-be");
        if (enc.equals("utf-16") || enc.equals("utf-32")) {
            writeUnit(out, 0xfeff, enc.startsWith("utf-32") ? 4 : 2, false);
        }
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean surrogate = c >= 0xd800 && c <= 0xdfff;
            if (c < limit && !(surrogate && !(errors.equals("surrogatepass") && !enc.equals("ascii") && !enc.equals("latin-1")))) {
                if (wide) {
                    if (enc.startsWith("utf-32")) {
                        writeUnit(out, c, 4, big);
                    } else if (c >= 0x10000) {
                        writeUnit(out, Character.highSurrogate(c), 2, big);
                        writeUnit(out, Character.lowSurrogate(c), 2, big);
                    } else {
                        writeUnit(out, c, 2, big);
                    }
                } else if (limit <= 256) {
                    out.write(c);
                } else {
                    writeUtf8(out, c);
                }
                continue;
            }
            // error: find the run of unencodable characters
            int end = i + 1;
            while (end < cps.length && (cps[end] >= limit || (cps[end] >= 0xd800 && cps[end] <= 0xdfff))) {
                end++;
            }
            switch (errors) {
                case "ignore" -> {
                }
                case "replace" -> {
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                }
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        int x = cps[k];
                        String esc = x <= 0xff ? String.format("\\x%02x", x) : x <= 0xffff ? String.format("\\u%04x", x) : String.format("\\U%08x", x);
                        out.writeBytes(esc.getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.writeBytes(("&#" + cps[k] + ";").getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        int x = cps[k];
                        if (x >= 0xdc80 && x <= 0xdcff) {
                            out.write(x - 0xdc00);
                        } else {
                            throw encodeError(node, enc, s, cps, k, k + 1, limit);
                        }
                    }
                }
                default -> throw encodeError(node, enc, s, cps, i, errors.equals("strict") ? end : end, limit);
            }
            i = end - 1;
        }
        return out.toByteArray();
    }

    private static RuntimeException encodeError(Node node, String enc, String s, int[] cps, int start, int end, int limit) {
        String reason = cps[start] >= 0xd800 && cps[start] <= 0xdfff && limit > 256 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            enc = enc.replace("-le", "").replace("-be", "").replace("utf-16", "utf-16").replace("utf-32", "utf-32");
        }
        return PRaise.raiseWithArgs(node, PythonBuiltinClassType.UnicodeEncodeError, enc, s, (long) start, (long) end, reason);
    }

    private static void writeUnit(ByteArrayOutputStream out, int v, int size, boolean big) {
        for (int k = 0; k < size; k++) {
            int shift = big ? (size - 1 - k) * 8 : k * 8;
            out.write((v >> shift) & 0xff);
        }
    }

    private static void writeUtf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | (c >> 6));
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xe0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xf0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3f));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    @TruffleBoundary
    public static String decode(Node node, byte[] b, int len, String encoding, String errors, Object bytesObject) {
        String enc = normalize(encoding);
        if (enc == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.LookupError, "unknown encoding: %s", encoding);
        }
        StringBuilder sb = new StringBuilder(len);
        switch (enc) {
            case "latin-1" -> {
                return new String(b, 0, len, StandardCharsets.ISO_8859_1);
            }
            case "ascii" -> {
                for (int i = 0; i < len; i++) {
                    int x = b[i] & 0xff;
                    if (x < 128) {
                        sb.append((char) x);
                    } else {
                        decodeFail(node, sb, enc, b, i, i + 1, "ordinal not in range(128)", errors, bytesObject);
                    }
                }
                return sb.toString();
            }
            case "utf-8" -> {
                int i = 0;
                while (i < len) {
                    int x = b[i] & 0xff;
                    if (x < 0x80) {
                        sb.append((char) x);
                        i++;
                        continue;
                    }
                    int need;
                    int cp;
                    int min;
                    if (x >= 0xc2 && x <= 0xdf) {
                        need = 1;
                        cp = x & 0x1f;
                        min = 0x80;
                    } else if (x >= 0xe0 && x <= 0xef) {
                        need = 2;
                        cp = x & 0x0f;
                        min = 0x800;
                    } else if (x >= 0xf0 && x <= 0xf4) {
                        need = 3;
                        cp = x & 0x07;
                        min = 0x10000;
                    } else {
                        decodeFail(node, sb, enc, b, i, i + 1, "invalid start byte", errors, bytesObject);
                        i++;
                        continue;
                    }
                    int j = i + 1;
                    boolean bad = false;
                    for (int k = 0; k < need; k++, j++) {
                        if (j >= len) {
                            decodeFail(node, sb, enc, b, i, len, "unexpected end of data", errors, bytesObject);
                            i = len;
                            bad = true;
                            break;
                        }
                        int y = b[j] & 0xff;
                        boolean okSecond = true;
                        if (k == 0) {
                            if (x == 0xe0 && y < 0xa0 || x == 0xf0 && y < 0x90 || x == 0xf4 && y > 0x8f) {
                                okSecond = false;
                            }
                            if (x == 0xed && y > 0x9f && !errors.equals("surrogatepass")) {
                                okSecond = false;
                            }
                        }
                        if ((y & 0xc0) != 0x80 || !okSecond) {
                            decodeFail(node, sb, enc, b, i, j, "invalid continuation byte", errors, bytesObject);
                            i = j;
                            bad = true;
                            break;
                        }
                        cp = (cp << 6) | (y & 0x3f);
                    }
                    if (bad) {
                        continue;
                    }
                    if (cp < min) {
                        decodeFail(node, sb, enc, b, i, i + 1, "invalid start byte", errors, bytesObject);
                        i++;
                        continue;
                    }
                    sb.appendCodePoint(cp);
                    i = j;
                }
                return sb.toString();
            }
            default -> {
                boolean utf32 = enc.startsWith("utf-32");
                int unit = utf32 ? 4 : 2;
                boolean big = enc.endsWith("-be");
                int i = 0;
                if (!enc.endsWith("-le") && !enc.endsWith("-be") && len >= unit) {
                    int bom = readUnit(b, 0, unit, false);
                    if (bom == 0xfeff) {
                        i = unit;
                    } else if (readUnit(b, 0, unit, true) == 0xfeff) {
                        big = true;
                        i = unit;
                    }
                }
                for (; i + unit <= len; i += unit) {
                    sb.appendCodePoint(readUnit(b, i, unit, big));
                }
                if (i < len) {
                    decodeFail(node, sb, enc.replace("-le", "-le").replace("-be", "-be"), b, i, len, "truncated data", errors, bytesObject);
                }
                return utf32 ? sb.toString() : sb.toString();
            }
        }
    }

    private static int readUnit(byte[] b, int off, int size, boolean big) {
        int v = 0;
        for (int k = 0; k < size; k++) {
            int x = b[off + k] & 0xff;
            v |= big ? x << ((size - 1 - k) * 8) : x << (k * 8);
        }
        return v;
    }

    private static void decodeFail(Node node, StringBuilder sb, String enc, byte[] b, int start, int end, String reason, String errors, Object bytesObject) {
        switch (errors) {
            case "ignore" -> {
            }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xdc00 + (b[k] & 0xff)));
                }
            }
            default -> throw PRaise.raiseWithArgs(node, PythonBuiltinClassType.UnicodeDecodeError, enc, bytesObject, (long) start, (long) end, reason);
        }
    }
}
