package org.jpy.runtime.formatting;

/**
 * What the formatting algorithms need from the object model: conversions of arbitrary Python objects. The builtins
 * implement it over the abstract object API (repr/str nodes, {@code __index__}, {@code __float__}, {@code __getitem__});
 * the unit tests implement it over plain Java values. Each method either converts or returns {@code null} for "wrong type",
 * so the caller can produce CPython's exact message; Python exceptions raised inside a conversion propagate unchanged.
 */
public interface FormatHooks {
    String str(Object o);

    String repr(Object o);

    default String ascii(Object o) {
        return StrRepr.asciiEscape(repr(o));
    }

    /** The Python type name of {@code o} (for messages). */
    String typeName(Object o);

    /** {@code int(o)} for {@code %d %i %u} (ints, and numbers with {@code __int__}/{@code __index__}), or null. */
    Object asInt(Object o);

    /** {@code o.__index__()} (Long or BigInteger), or null when {@code o} has no {@code __index__}. */
    Object asIndex(Object o);

    /** {@code float(o)} for real numbers, or null. */
    Double asFloat(Object o);

    /** The items when {@code o} is exactly a tuple (or subclass), else null. */
    Object[] asTuple(Object o);

    /** Whether {@code o} is usable as the mapping of {@code %(key)s} (has {@code __getitem__}, not a tuple or str). */
    boolean isMapping(Object o);

    /** {@code mapping[key]}. */
    Object getItem(Object mapping, Object key);

    /** For bytes %-formatting: the bytes of {@code o} (bytes-like or {@code __bytes__}), or null. */
    default byte[] asBytes(Object o) {
        return null;
    }

    /** For {@code %c}: a str of length 1 or bytes of length 1 (in bytes mode), else null. */
    default String asChar(Object o) {
        return o instanceof String s && s.codePointCount(0, s.length()) == 1 ? s : null;
    }

    /** {@code getattr(o, name)} for {@code str.format}'s {@code {0.attr}}. */
    default Object getAttr(Object o, String name) {
        throw new UnsupportedOperationException();
    }

    /** {@code format(o, spec)} for {@code str.format}. */
    default String format(Object o, String spec) {
        throw new UnsupportedOperationException();
    }

    /** The maximum number of digits for int-to-decimal conversions ({@code sys.get_int_max_str_digits()}). */
    default int maxStrDigits() {
        return IntFormatter.DEFAULT_MAX_STR_DIGITS;
    }
}
