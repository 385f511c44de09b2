package org.jpy.objects.complex;

import org.jpy.runtime.formatting.FloatFormatter;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.FormatSpec;
import org.jpy.runtime.formatting.NumberLayout;

/**
 * {@code repr(complex)} and {@code complex.__format__}: the real part is omitted when it is +0.0, parentheses surround
 * the two-part form, and each part uses the shortest repr digits without a trailing {@code .0} ({@code (1+2j)},
 * {@code -0j} is {@code (-0-0j)}).
 */
public final class ComplexFormatter {
    private ComplexFormatter() {
    }

    private static String part(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String body = FloatFormatter.format(Math.abs(x), 'r', 0, false, false, false);
        return (Double.doubleToRawLongBits(x) < 0) ? "-" + body : body;
    }

    public static String repr(double real, double imag) {
        String im = part(imag);
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return im + "j";
        }
        String re = part(real);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + re + sign + im + "j)";
    }

    /** {@code format(complex, spec)}. */
    public static String format(double real, double imag, String spec) {
        if (spec.isEmpty()) {
            return repr(real, imag);
        }
        FormatSpec f = FormatSpec.parse(spec, "complex", '>');
        int type = f.type();
        if (f.fill() == '0') {
            throw FormatError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align() == '=') {
            throw FormatError.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> {
            }
            default -> throw FormatError.valueError("Unknown format code '%c' for object of type 'complex'", (char) type);
        }
        boolean skipRe = false;
        boolean parens = false;
        FormatSpec partSpec;
        if (type == 0) {
            if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        int precision = f.precision();
        String re;
        String im;
        if (type == 0 && precision < 0) {
            re = part(real);
            im = part(imag);
            if (f.sign() == '+' && !re.startsWith("-")) {
                re = "+" + re;
            } else if (f.sign() == ' ' && !re.startsWith("-")) {
                re = " " + re;
            }
        } else {
            int t = type == 0 ? 'g' : type;
            partSpec = new FormatSpec(' ', '<', f.sign(), f.noNegZero(), f.alternate(), -1, f.grouping(), precision < 0 ? 6 : precision, t);
            re = FloatFormatter.format(real, partSpec, "complex");
            partSpec = new FormatSpec(' ', '<', '+', f.noNegZero(), f.alternate(), -1, f.grouping(), precision < 0 ? 6 : precision, t);
            im = FloatFormatter.format(imag, partSpec, "complex");
            if (skipRe && f.sign() != '+' && im.startsWith("+")) {
                im = (f.sign() == ' ' ? " " : "") + im.substring(1);
            }
        }
        String body;
        if (skipRe) {
            body = im + "j";
            if (type == 0 && precision < 0 && f.sign() != 0 && f.sign() != '-' && !im.startsWith("-")) {
                body = f.sign() + body;
            }
        } else {
            String imSigned = im.startsWith("-") || im.startsWith("+") ? im : "+" + im;
            body = re + imSigned + "j";
        }
        if (parens) {
            body = "(" + body + ")";
        }
        return NumberLayout.pad(body, body.codePointCount(0, body.length()), f, '>');
    }
}
