package org.jpy.runtime.formatting;

/**
 * A parsed format specification of the format-spec mini-language
 * ({@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}), as {@code format(value, spec)} and
 * {@code str.format} fields give it to {@code __format__}. Parsing is separate from formatting because every builtin type
 * (int, float, complex, str) shares the grammar and its errors but validates the fields differently.
 *
 * @param fill the fill code point ({@code ' '} unless given)
 * @param align one of {@code < > = ^}, or 0 when not given (each type has its own default)
 * @param sign one of {@code + - space}, or 0 when not given
 * @param noNegZero the {@code z} flag
 * @param alternate the {@code #} flag
 * @param width minimum width, or -1
 * @param grouping {@code ','} or {@code '_'}, or 0
 * @param precision precision, or -1
 * @param type the presentation type code point, or 0 when not given
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, int width, char grouping,
                int precision, int type) {

    public static final FormatSpec EMPTY = new FormatSpec(' ', (char) 0, (char) 0, false, false, -1, (char) 0, -1, 0);

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code spec}; {@code typeName} is the Python type named in the error message and {@code defaultAlign} is
     * {@code '>'} for numbers and {@code '<'} for strings (it decides whether the {@code 0} flag means {@code =} alignment).
     */
    public static FormatSpec parse(String spec, String typeName, char defaultAlign) {
        return parse(spec, typeName, defaultAlign, 0);
    }

    /** As {@link #parse(String, String, char)} with the type assumed when the spec names none ('s' for str). */
    public static FormatSpec parse(String spec, String typeName, char defaultAlign, int defaultType) {
        if (spec.isEmpty()) {
            return defaultType == 0 ? EMPTY : EMPTY.withType(defaultType, -1);
        }
        int[] cps = spec.codePoints().toArray();
        int end = cps.length;
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = 0;
        if (end >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            fillGiven = true;
            pos = 2;
        } else if (isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < end && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        boolean z = false;
        if (pos < end && cps[pos] == 'z') {
            z = true;
            pos++;
        }
        boolean alt = false;
        if (pos < end && cps[pos] == '#') {
            alt = true;
            pos++;
        }
        if (!fillGiven && pos < end && cps[pos] == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int[] cursor = {pos};
        int width = readInt(cps, cursor);
        pos = cursor[0];
        char grouping = 0;
        if (pos < end && cps[pos] == ',') {
            grouping = ',';
            pos++;
            if (pos < end && cps[pos] == '_') {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (pos < end && cps[pos] == '_') {
            if (grouping != 0) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
            if (pos < end && cps[pos] == ',') {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (pos < end && cps[pos] == '.') {
            pos++;
            cursor[0] = pos;
            precision = readInt(cps, cursor);
            if (cursor[0] == pos) {
                throw FormatError.valueError("Format specifier missing precision");
            }
            pos = cursor[0];
        }
        if (end - pos > 1) {
            throw FormatError.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = cps[pos];
        }
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
                }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw invalidGrouping(grouping, type);
                    }
                }
                default -> throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, z, alt, width, grouping, precision, type);
    }

    private static FormatError invalidGrouping(char grouping, int type) {
        if (type > 32 && type < 128) {
            return FormatError.valueError("Cannot specify '%c' with '%c'.", grouping, (char) type);
        }
        return FormatError.valueError("Cannot specify '%c' with '\\x%x'.", grouping, type);
    }

    /** Reads decimal digits at {@code cursor[0]}; -1 when there are none. */
    private static int readInt(int[] cps, int[] cursor) {
        int pos = cursor[0];
        long value = 0;
        boolean any = false;
        while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') {
            value = value * 10 + (cps[pos] - '0');
            if (value > Integer.MAX_VALUE) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            any = true;
            pos++;
        }
        cursor[0] = pos;
        return any ? (int) value : -1;
    }

    public boolean hasType() {
        return type != 0;
    }

    /** The type as a string for messages ("Unknown format code 'q' ..."). */
    public String typeString() {
        return new String(Character.toChars(type));
    }

    /** Returns a copy with another type and precision (float formatting of ints, the implicit 'g' of complex...). */
    public FormatSpec withType(int newType, int newPrecision) {
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, newPrecision, newType);
    }
}
