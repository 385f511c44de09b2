package org.jpy.test.types;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.jpy.runtime.formatting.FloatFormatter;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.FormatHooks;
import org.jpy.runtime.formatting.IntFormatter;
import org.jpy.runtime.formatting.StrRepr;

/**
 * {@link FormatHooks} over plain Java values standing for Python ones (String, Long, BigInteger, Double, Boolean, Object[] as
 * tuple, List as list, Map as dict, byte[] as bytes), for unit-testing the formatters without a Truffle context.
 */
final class JavaValueHooks implements FormatHooks {
    @Override
    public String str(Object o) {
        return o instanceof String s ? s : repr(o);
    }

    @Override
    public String repr(Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        }
        if (o instanceof Double d) {
            return FloatFormatter.repr(d);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof byte[] b) {
            return StrRepr.reprBytes(b, b.length);
        }
        if (o instanceof Object[] a) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? ", " : "").append(repr(a[i]));
            }
            return sb.append(a.length == 1 ? ",)" : ")").toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(repr(l.get(i)));
            }
            return sb.append("]").toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (var e : m.entrySet()) {
                sb.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                first = false;
            }
            return sb.append("}").toString();
        }
        return String.valueOf(o);
    }

    @Override
    public String typeName(Object o) {
        if (o instanceof String) {
            return "str";
        } else if (o instanceof Long || o instanceof BigInteger) {
            return "int";
        } else if (o instanceof Double) {
            return "float";
        } else if (o instanceof Boolean) {
            return "bool";
        } else if (o instanceof Object[]) {
            return "tuple";
        } else if (o instanceof List) {
            return "list";
        } else if (o instanceof Map) {
            return "dict";
        } else if (o instanceof byte[]) {
            return "bytes";
        }
        return "object";
    }

    @Override
    public Object asInt(Object o) {
        if (o instanceof Double d) {
            return (long) (double) d;
        }
        return asIndex(o);
    }

    @Override
    public Object asIndex(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return null;
    }

    @Override
    public Double asFloat(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return (double) l;
        }
        if (o instanceof BigInteger b) {
            return IntFormatter.toDouble(b);
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return null;
    }

    @Override
    public Object[] asTuple(Object o) {
        return o instanceof Object[] a ? a : null;
    }

    @Override
    public boolean isMapping(Object o) {
        return o instanceof Map || o instanceof List;
    }

    @Override
    public Object getItem(Object mapping, Object key) {
        if (mapping instanceof Map<?, ?> m) {
            if (!m.containsKey(key)) {
                throw new FormatError(FormatError.Kind.KeyError, repr(key), key);
            }
            return m.get(key);
        }
        if (mapping instanceof List<?> l) {
            if (key instanceof Long idx) {
                return l.get((int) (long) idx);
            }
            throw FormatError.typeError("list indices must be integers or slices, not %s", typeName(key));
        }
        if (mapping instanceof String str && key instanceof Long idx) {
            return str.substring(str.offsetByCodePoints(0, (int) (long) idx), str.offsetByCodePoints(0, (int) (long) idx + 1));
        }
        throw FormatError.typeError("'%s' object is not subscriptable", typeName(mapping));
    }

    @Override
    public Object getAttr(Object o, String name) {
        throw new FormatError(FormatError.Kind.AttributeError, "'" + typeName(o) + "' object has no attribute '" + name + "'");
    }

    @Override
    public byte[] asBytes(Object o) {
        return o instanceof byte[] b ? b : null;
    }

    @Override
    public String format(Object o, String spec) {
        if (o instanceof Double d) {
            return FloatFormatter.format(d, spec);
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return IntFormatter.format(o instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) o, spec, "int", 4300);
        }
        if (o instanceof String s) {
            return org.jpy.runtime.formatting.StringFormatter.format(s, spec);
        }
        if (!spec.isEmpty()) {
            throw FormatError.typeError("unsupported format string passed to %s.__format__", typeName(o));
        }
        return str(o);
    }
}
