package org.jpy.objects.ints;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.floats.FloatMath;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.IntFormatter;
import org.jpy.runtime.formatting.IntParser;
import org.jpy.runtime.formatting.Raise;
import org.jpy.runtime.formatting.StrRepr;

/**
 * Shared helpers of the int builtins: reading the int value of any int-like receiver ({@code Long}, {@code BigInteger},
 * {@code Boolean}, or an instance of an int subclass keeping its value), and {@code int(x, base)} construction.
 */
public final class PyInts {
    private PyInts() {
    }

    /**
     * The interpreter-wide limit of int/str conversions ({@code sys.set_int_max_str_digits}); 0 disables it. The sys module
     * writes it.
     */
    public static volatile int maxStrDigits = IntFormatter.DEFAULT_MAX_STR_DIGITS;

    /** The int value (Long or BigInteger; bool as Long) of an int or int-subclass instance, else null. */
    public static Object asInt(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PythonObject po && !(o instanceof PythonClass)) {
            Object v = po.getBuiltinValue();
            if (v instanceof Long || v instanceof BigInteger) {
                return v;
            }
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
        }
        return null;
    }

    public static BigInteger big(Object intValue) {
        return intValue instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) intValue;
    }

    /** An int result for class {@code cls}: the value itself for int, a subclass instance holding it otherwise. */
    public static Object wrap(Object cls, Object value) {
        if (cls == PythonBuiltinClassType.PInt || cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PInt) {
            return value;
        }
        PythonObject o = new PythonObject(cls);
        o.setBuiltinValue(value);
        return o;
    }

    /** {@code int(x)} with no base. */
    @TruffleBoundary
    public static Object intFromObject(Node node, Object x) {
        Object v = asInt(x);
        if (v != null && !(x instanceof PythonObject)) {
            return v;
        }
        if (x instanceof Double d) {
            return floatToInt(node, d);
        }
        if (x instanceof String s) {
            return parse(node, s, 10, StrRepr.repr(s));
        }
        if (x instanceof PBytes || x instanceof PByteArray) {
            byte[] b = x instanceof PBytes pb ? pb.getBytes() : ((PByteArray) x).toBytes();
            return parse(node, new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), 10, bytesRepr(x, b));
        }
        PythonClass type = GetClassNode.getPythonClassUncached(x);
        for (String name : new String[]{"__int__", "__index__"}) {
            Object m = type.lookup(name);
            if (m != PNone.NO_VALUE && m != PNone.NONE) {
                Object r = CallFunctionNode.callMethodUncached(m, x, new Object[0]);
                Object ri = asInt(r);
                if (ri == null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s returned non-int (type %s)", name, GetClassNode.getPythonClassUncached(r).getName());
                }
                return ri;
            }
        }
        Object trunc = type.lookup("__trunc__");
        if (trunc != PNone.NO_VALUE && trunc != PNone.NONE) {
            Object r = CallFunctionNode.callMethodUncached(trunc, x, new Object[0]);
            Object ri = asInt(r);
            if (ri != null) {
                return ri;
            }
            return intFromObject(node, r);
        }
        if (x instanceof PythonObject po) {
            Object bv = po.getBuiltinValue();
            if (bv instanceof String s) {
                return parse(node, s, 10, StrRepr.repr(s));
            }
            if (bv instanceof Double d) {
                return floatToInt(node, d);
            }
            if (bv instanceof PBytes pb) {
                return parse(node, new String(pb.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), 10, bytesRepr(pb, pb.getBytes()));
            }
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", type.getName());
    }

    /** {@code int(x, base)}. */
    @TruffleBoundary
    public static Object intFromObjectWithBase(Node node, Object x, long base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        Object v = x instanceof PythonObject po && !(x instanceof PBytes) && !(x instanceof PByteArray) ? po.getBuiltinValue() : x;
        if (v instanceof String s) {
            return parse(node, s, (int) base, StrRepr.repr(s));
        }
        if (v instanceof PBytes || v instanceof PByteArray) {
            byte[] b = v instanceof PBytes pb ? pb.getBytes() : ((PByteArray) v).toBytes();
            return parse(node, new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), (int) base, bytesRepr(v, b));
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "int() can't convert non-string with explicit base");
    }

    private static String bytesRepr(Object o, byte[] b) {
        String r = StrRepr.reprBytes(b, b.length);
        return o instanceof PByteArray ? "bytearray(" + r + ")" : r;
    }

    public static Object parse(Node node, String s, int base, String repr) {
        try {
            return IntParser.parse(s, base, repr, maxStrDigits);
        } catch (FormatError e) {
            throw Raise.of(node, e);
        }
    }

    public static Object floatToInt(Node node, double d) {
        try {
            return FloatMath.toInt(d);
        } catch (FormatError e) {
            throw Raise.of(node, e);
        }
    }

    @TruffleBoundary
    public static String toStr(Node node, Object intValue) {
        if (intValue instanceof Long l) {
            return Long.toString(l);
        }
        try {
            return IntFormatter.toString((BigInteger) intValue, maxStrDigits);
        } catch (FormatError e) {
            throw Raise.of(node, e);
        }
    }
}
