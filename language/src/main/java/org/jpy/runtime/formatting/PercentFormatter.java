package org.jpy.runtime.formatting;

import java.math.BigInteger;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args}. One implementation serves both: bytes formats run
 * over their Latin-1 decoding (every conversion produces ASCII except {@code %s}/{@code %b}/{@code %c}, whose bytes are
 * decoded the same way), and the caller encodes the result back. Follows CPython's argument rules: a tuple supplies
 * positional arguments, a mapping supplies {@code %(key)s} values, anything else is a single argument.
 */
public final class PercentFormatter {
    private final FormatHooks hooks;
    private final boolean bytesMode;
    private final String format;
    private final Object args;
    private Object[] tuple;
    private int argIndex;
    private boolean usedMapping;

    private PercentFormatter(FormatHooks hooks, boolean bytesMode, String format, Object args) {
        this.hooks = hooks;
        this.bytesMode = bytesMode;
        this.format = format;
        this.args = args;
    }

    /** {@code format % args} for str. */
    public static String format(FormatHooks hooks, String format, Object args) {
        return new PercentFormatter(hooks, false, format, args).run();
    }

    /** {@code format % args} for bytes, over the Latin-1 decoding of the format (result to be encoded as Latin-1). */
    public static String formatBytes(FormatHooks hooks, String latin1Format, Object args) {
        return new PercentFormatter(hooks, true, latin1Format, args).run();
    }

    private Object nextArg() {
        if (tuple != null) {
            if (argIndex >= tuple.length) {
                throw FormatError.typeError("not enough arguments for format string");
            }
            return tuple[argIndex++];
        }
        if (argIndex != 0) {
            throw FormatError.typeError("not enough arguments for format string");
        }
        argIndex++;
        return args;
    }

    private String run() {
        tuple = hooks.asTuple(args);
        boolean isMapping = tuple == null && hooks.isMapping(args);
        StringBuilder out = new StringBuilder(format.length() + 16);
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                int next = format.indexOf('%', i);
                if (next < 0) {
                    next = n;
                }
                out.append(format, i, next);
                i = next;
                continue;
            }
            i++;
            if (i >= n) {
                throw FormatError.valueError("incomplete format");
            }
            if (format.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Object arg = null;
            boolean haveArg = false;
            if (format.charAt(i) == '(') {
                if (!isMapping) {
                    throw FormatError.typeError("format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    char k = format.charAt(i);
                    if (k == '(') {
                        depth++;
                    } else if (k == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw FormatError.valueError("incomplete format key");
                }
                String key = format.substring(keyStart, i - 1);
                arg = hooks.getItem(args, bytesMode ? new Latin1Key(key) : key);
                haveArg = true;
                usedMapping = true;
                tuple = null;
                argIndex = -1; // positional arguments are no longer available
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            flags: while (i < n) {
                switch (format.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alt = true;
                    case '0' -> zero = true;
                    default -> {
                        break flags;
                    }
                }
                i++;
            }
            int width = -1;
            if (i < n && format.charAt(i) == '*') {
                i++;
                width = starArg();
                if (width < 0) {
                    left = true;
                    width = -width;
                }
            } else {
                int[] cur = {i};
                width = readNumber(cur, "width");
                i = cur[0];
            }
            int precision = -1;
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    i++;
                    precision = Math.max(starArg(), 0);
                } else {
                    int[] cur = {i};
                    precision = Math.max(readNumber(cur, "precision"), 0);
                    i = cur[0];
                }
            }
            // length modifiers are accepted and ignored
            while (i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l' || format.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw FormatError.valueError("incomplete format");
            }
            char conv = format.charAt(i);
            int convIndex = i;
            i++;
            if (!haveArg) {
                arg = nextArg();
            }
            String body;
            boolean numeric = false;
            String sign = "";
            String prefix = "";
            switch (conv) {
                case 's' -> {
                    if (bytesMode) {
                        body = bytesOf(arg);
                    } else {
                        body = hooks.str(arg);
                    }
                    body = truncate(body, precision);
                }
                case 'b' -> {
                    if (!bytesMode) {
                        throw unsupported(conv, convIndex);
                    }
                    body = truncate(bytesOf(arg), precision);
                }
                case 'r', 'a' -> {
                    if (bytesMode || conv == 'a') {
                        body = hooks.ascii(arg);
                    } else {
                        body = hooks.repr(arg);
                    }
                    body = truncate(body, precision);
                }
                case 'c' -> body = charOf(arg);
                case 'd', 'i', 'u' -> {
                    Object v = hooks.asInt(arg);
                    if (v == null) {
                        throw FormatError.typeError("%%%c format: a real number is required, not %s", conv, hooks.typeName(arg));
                    }
                    BigInteger b = toBig(v);
                    numeric = true;
                    sign = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    body = IntFormatter.toString(b.abs(), hooks.maxStrDigits());
                    body = zeroExtend(body, precision);
                }
                case 'x', 'X', 'o' -> {
                    Object v = hooks.asIndex(arg);
                    if (v == null) {
                        throw FormatError.typeError("%%%c format: an integer is required, not %s", conv, hooks.typeName(arg));
                    }
                    BigInteger b = toBig(v);
                    numeric = true;
                    sign = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    body = b.abs().toString(conv == 'o' ? 8 : 16);
                    if (conv == 'X') {
                        body = body.toUpperCase();
                    }
                    body = zeroExtend(body, precision);
                    if (alt) {
                        prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
                    }
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    Double v = hooks.asFloat(arg);
                    if (v == null) {
                        throw FormatError.typeError("must be real number, not %s", hooks.typeName(arg));
                    }
                    double d = v;
                    numeric = true;
                    boolean neg = FloatFormatter.isNegative(d);
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    body = FloatFormatter.percentBody(Math.abs(d), conv, precision < 0 ? 6 : precision, alt);
                }
                default -> throw unsupported(conv, convIndex);
            }
            int len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int pad = width - len;
                if (left) {
                    out.append(sign).append(prefix).append(body).append(" ".repeat(pad));
                } else if (zero && numeric) {
                    out.append(sign).append(prefix).append("0".repeat(pad)).append(body);
                } else {
                    out.append(" ".repeat(pad)).append(sign).append(prefix).append(body);
                }
            } else {
                out.append(sign).append(prefix).append(body);
            }
        }
        if (!usedMapping && !isMapping) {
            int total = tuple != null ? tuple.length : 1;
            if (argIndex < total) {
                throw FormatError.typeError("not all arguments converted during %s formatting", bytesMode ? "bytes" : "string");
            }
        }
        return out.toString();
    }

    /** Keys of {@code b'%(key)s'} are bytes: the hooks see this wrapper and look up {@code bytes(key, 'latin-1')}. */
    public record Latin1Key(String latin1) {
    }

    private FormatError unsupported(char conv, int index) {
        return FormatError.valueError("unsupported format character '%s' (0x%x) at index %d", conv, (int) conv, index);
    }

    private int starArg() {
        Object v = nextArg();
        Object idx = v instanceof Long || v instanceof BigInteger || v instanceof Boolean ? v : null;
        if (idx == null) {
            throw FormatError.typeError("* wants int");
        }
        BigInteger b = toBig(idx);
        if (b.bitLength() > 31) {
            throw FormatError.overflowError("Python int too large to convert to C int");
        }
        return b.intValue();
    }

    private int readNumber(int[] cur, String what) {
        int i = cur[0];
        long v = -1;
        while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
            v = (v < 0 ? 0 : v * 10) + (format.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                throw FormatError.valueError("%s too big", what);
            }
            i++;
        }
        cur[0] = i;
        return (int) v;
    }

    private static BigInteger toBig(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof Integer in) {
            return BigInteger.valueOf(in);
        }
        return (BigInteger) v;
    }

    private static String zeroExtend(String digits, int precision) {
        if (precision > digits.length()) {
            return "0".repeat(precision - digits.length()) + digits;
        }
        return digits;
    }

    private static String truncate(String s, int precision) {
        if (precision >= 0 && precision < s.length()) {
            return StrRepr.truncate(s, precision);
        }
        return s;
    }

    private String bytesOf(Object arg) {
        byte[] b = hooks.asBytes(arg);
        if (b == null) {
            throw FormatError.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", hooks.typeName(arg));
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private String charOf(Object arg) {
        if (bytesMode) {
            byte[] b = arg instanceof String ? null : hooks.asBytes(arg);
            if (b != null && b.length == 1) {
                return String.valueOf((char) (b[0] & 0xff));
            }
            Object v = hooks.asIndex(arg);
            if (v != null) {
                BigInteger big = toBig(v);
                if (big.signum() >= 0 && big.compareTo(BigInteger.valueOf(255)) <= 0) {
                    return String.valueOf((char) big.intValue());
                }
                throw FormatError.overflowError("%c arg not in range(256)");
            }
            throw FormatError.typeError("%c requires an integer in range(256) or a single byte");
        }
        String s = hooks.asChar(arg);
        if (s != null) {
            return s;
        }
        Object v = hooks.asIndex(arg);
        if (v == null) {
            throw FormatError.typeError("%c requires int or char");
        }
        BigInteger big = toBig(v);
        if (big.signum() < 0 || big.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw FormatError.overflowError("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(big.intValue()));
    }
}
