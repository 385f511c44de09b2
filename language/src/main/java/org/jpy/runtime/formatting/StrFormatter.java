package org.jpy.runtime.formatting;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code str.format} / {@code str.format_map}: the replacement-field grammar
 * {@code {field_name[.attr|[key]]...[!conv][:spec]}} with nested fields inside the spec (two levels deep), automatic and
 * manual numbering, and CPython's parse errors. {@link #parse} is the lexer alone (what {@code _string.formatter_parser}
 * exposes); {@link #format} evaluates fields through {@link FormatHooks}.
 */
public final class StrFormatter {

    /** One piece of a format string: literal text followed by an optional field (fieldName null when there is none). */
    public record Chunk(String literal, String fieldName, String formatSpec, int conversion, boolean specNeedsExpanding) {
    }

    /** A parse error found after the chunks before it: CPython reports it only once those fields have been formatted. */
    private record ErrorChunk(FormatError error) {
    }

    private final FormatHooks hooks;
    private final Object[] args;
    private final Object kwargs;
    private int autoIndex;
    private boolean usedAuto;
    private boolean usedManual;

    private StrFormatter(FormatHooks hooks, Object[] args, Object kwargs) {
        this.hooks = hooks;
        this.args = args;
        this.kwargs = kwargs;
    }

    /**
     * @param kwargs the mapping of keyword fields (a dict, or format_map's mapping), or null when there is none
     */
    public static String format(FormatHooks hooks, String fmt, Object[] args, Object kwargs) {
        return new StrFormatter(hooks, args, kwargs).build(fmt, 2);
    }

    private String build(String fmt, int depth) {
        if (depth <= 0) {
            throw FormatError.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        for (Object o : lex(fmt)) {
            if (o instanceof ErrorChunk e) {
                throw e.error();
            }
            Chunk c = (Chunk) o;
            out.append(c.literal());
            if (c.fieldName() == null) {
                continue;
            }
            Object value = resolve(c.fieldName());
            switch (c.conversion()) {
                case 0 -> {
                }
                case 'r' -> value = hooks.repr(value);
                case 's' -> value = hooks.str(value);
                case 'a' -> value = hooks.ascii(value);
                default -> {
                    int conv = c.conversion();
                    if (conv > 32 && conv < 127) {
                        throw FormatError.valueError("Unknown conversion specifier %c", (char) conv);
                    }
                    throw FormatError.valueError("Unknown conversion specifier \\x%x", conv);
                }
            }
            String spec = c.formatSpec();
            if (c.specNeedsExpanding()) {
                spec = build(spec, depth - 1);
            }
            out.append(hooks.format(value, spec));
        }
        return out.toString();
    }

    /** The lexer: literal text and fields, with CPython's error messages (thrown after lexing). */
    public static List<Chunk> parse(String s) {
        List<Chunk> chunks = new ArrayList<>();
        for (Object o : lex(s)) {
            if (o instanceof ErrorChunk e) {
                throw e.error();
            }
            chunks.add((Chunk) o);
        }
        return chunks;
    }

    private static List<Object> lex(String s) {
        List<Object> chunks = new ArrayList<>();
        try {
            lex(s, chunks);
        } catch (FormatError e) {
            chunks.add(new ErrorChunk(e));
        }
        return chunks;
    }

    private static void lex(String s, List<Object> chunks) {
        int n = s.length();
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i++);
            if (c == '}') {
                if (i < n && s.charAt(i) == '}') {
                    literal.append('}');
                    i++;
                    continue;
                }
                throw FormatError.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                literal.append(c);
                continue;
            }
            if (i >= n) {
                throw FormatError.valueError("Single '{' encountered in format string");
            }
            if (s.charAt(i) == '{') {
                literal.append('{');
                i++;
                continue;
            }
            // field name
            int nameStart = i;
            char last = 0;
            boolean ended = false;
            while (i < n) {
                char f = s.charAt(i++);
                if (f == '{') {
                    throw FormatError.valueError("unexpected '{' in field name");
                }
                if (f == '[') {
                    while (i < n && s.charAt(i) != ']') {
                        i++;
                    }
                    continue;
                }
                if (f == '}' || f == ':' || f == '!') {
                    last = f;
                    ended = true;
                    break;
                }
            }
            if (!ended) {
                throw FormatError.valueError("expected '}' before end of string");
            }
            String name = s.substring(nameStart, i - 1);
            int conversion = 0;
            String spec = "";
            boolean expand = false;
            if (last == '!' || last == ':') {
                boolean done = false;
                if (last == '!') {
                    if (i >= n) {
                        throw FormatError.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = s.codePointAt(i);
                    i += Character.charCount(conversion);
                    if (i < n) {
                        char f = s.charAt(i++);
                        if (f == '}') {
                            done = true;
                        } else if (f != ':') {
                            throw FormatError.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                if (!done) {
                    int specStart = i;
                    int count = 1;
                    boolean closed = false;
                    while (i < n) {
                        char f = s.charAt(i++);
                        if (f == '{') {
                            expand = true;
                            count++;
                        } else if (f == '}') {
                            count--;
                            if (count == 0) {
                                closed = true;
                                break;
                            }
                        }
                    }
                    if (!closed) {
                        throw FormatError.valueError("unmatched '{' in format spec");
                    }
                    spec = s.substring(specStart, i - 1);
                }
            }
            chunks.add(new Chunk(literal.toString(), name, spec, conversion, expand));
            literal.setLength(0);
        }
        if (!literal.isEmpty()) {
            chunks.add(new Chunk(literal.toString(), null, null, 0, false));
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Object resolve(String field) {
        int n = field.length();
        int i = 0;
        while (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
            i++;
        }
        String first = field.substring(0, i);
        Object obj;
        if (first.isEmpty()) {
            if (usedManual) {
                throw FormatError.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            usedAuto = true;
            obj = positional(autoIndex++);
        } else if (isDigits(first)) {
            if (usedAuto) {
                throw FormatError.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            usedManual = true;
            long idx;
            try {
                idx = Long.parseLong(first);
            } catch (NumberFormatException e) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            obj = positional(idx);
        } else {
            if (kwargs == null) {
                throw new FormatError(FormatError.Kind.KeyError, first, first);
            }
            obj = hooks.getItem(kwargs, first);
        }
        while (i < n) {
            char c = field.charAt(i++);
            if (c == '.') {
                int start = i;
                while (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
                    i++;
                }
                String attr = field.substring(start, i);
                if (attr.isEmpty()) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
                obj = hooks.getAttr(obj, attr);
            } else if (c == '[') {
                int start = i;
                while (i < n && field.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw FormatError.valueError("Missing ']' in format string");
                }
                String key = field.substring(start, i);
                i++;
                if (key.isEmpty()) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
                Object k = isDigits(key) ? (Object) Long.parseLong(key) : key;
                obj = hooks.getItem(obj, k);
                if (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
                    throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private Object positional(long index) {
        if (index >= args.length) {
            throw new FormatError(FormatError.Kind.IndexError, "Replacement index " + index + " out of range for positional args tuple");
        }
        return args[(int) index];
    }
}
