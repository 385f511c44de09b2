package org.jpy.runtime.formatting;

/** {@code str.__format__}: precision truncates, fill/align pad (left by default); numeric options are errors. */
public final class StringFormatter {
    private StringFormatter() {
    }

    public static String format(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        return format(s, FormatSpec.parse(spec, "str", '<', 's'), "str");
    }

    public static String format(String s, FormatSpec spec, String typeName) {
        if (spec.type() != 's') {
            throw FloatFormatter.unknownFormatCode(spec.type(), typeName);
        }
        if (spec.sign() != 0) {
            throw FormatError.valueError(spec.sign() == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        String body = s;
        int len = s.codePointCount(0, s.length());
        if (spec.precision() >= 0 && spec.precision() < len) {
            body = StrRepr.truncate(s, spec.precision());
            len = spec.precision();
        }
        return NumberLayout.pad(body, len, spec, '<');
    }
}
