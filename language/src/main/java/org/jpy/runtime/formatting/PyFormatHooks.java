package org.jpy.runtime.formatting;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectGetItemNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@link FormatHooks} over real Python objects through the (uncached) abstract object API. %-formatting and
 * {@code str.format} call back into arbitrary Python code ({@code __format__}, {@code __repr__}, {@code __getitem__}) per
 * field, so these hooks live behind {@link TruffleBoundary}; the formatting itself is not on a hot path worth specializing.
 */
public final class PyFormatHooks implements FormatHooks {
    public static final PyFormatHooks INSTANCE = new PyFormatHooks();

    @Override
    @TruffleBoundary
    public String str(Object o) {
        return PyObjectStrNode.str(o);
    }

    @Override
    @TruffleBoundary
    public String repr(Object o) {
        return PyObjectReprNode.repr(o);
    }

    @Override
    @TruffleBoundary
    public String typeName(Object o) {
        return GetClassNode.getPythonClassUncached(o).getName();
    }

    @Override
    @TruffleBoundary
    public Object asInt(Object o) {
        Object v = unwrapNumber(o);
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Double d) {
            return org.jpy.objects.floats.FloatMath.toInt(d);
        }
        PythonClass type = GetClassNode.getPythonClassUncached(o);
        for (String name : new String[]{"__int__", "__index__"}) {
            Object m = type.lookup(name);
            if (m != PNone.NO_VALUE && m != PNone.NONE) {
                Object r = CallFunctionNode.callMethodUncached(m, o, new Object[0]);
                Object u = unwrapNumber(r);
                if (u instanceof Boolean b) {
                    return b ? 1L : 0L;
                }
                if (u instanceof Long || u instanceof BigInteger) {
                    return u;
                }
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "%s returned non-int (type %s)", name, typeName(r));
            }
        }
        if (type.lookup("__float__") != PNone.NO_VALUE) {
            Double d = asFloat(o);
            if (d != null) {
                return org.jpy.objects.floats.FloatMath.toInt(d);
            }
        }
        return null;
    }

    @Override
    @TruffleBoundary
    public Object asIndex(Object o) {
        Object v = unwrapNumber(o);
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Double) {
            return null;
        }
        if (GetClassNode.getPythonClassUncached(o).lookup("__index__") == PNone.NO_VALUE) {
            return null;
        }
        return PyNumberIndexNode.indexUncached(o);
    }

    @Override
    @TruffleBoundary
    public Double asFloat(Object o) {
        Object v = unwrapNumber(o);
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return (double) l;
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (v instanceof BigInteger b) {
            return IntFormatter.toDouble(b);
        }
        PythonClass type = GetClassNode.getPythonClassUncached(o);
        Object m = type.lookup("__float__");
        if (m != PNone.NO_VALUE && m != PNone.NONE) {
            Object r = unwrapNumber(CallFunctionNode.callMethodUncached(m, o, new Object[0]));
            if (r instanceof Double d) {
                return d;
            }
            throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "%s.__float__ returned non-float (type %s)", type.getName(), typeName(r));
        }
        Object idx = type.lookup("__index__");
        if (idx != PNone.NO_VALUE && idx != PNone.NONE) {
            Object r = PyNumberIndexNode.indexUncached(o);
            return r instanceof Long l ? (double) l : IntFormatter.toDouble((BigInteger) r);
        }
        return null;
    }

    /** The int/float/bool value of {@code o}, looking inside instances of subclasses of int and float. */
    public static Object unwrapNumber(Object o) {
        if (o instanceof PythonObject po && !(o instanceof PythonClass)) {
            Object v = po.getBuiltinValue();
            if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Boolean) {
                return v;
            }
        }
        return o;
    }

    @Override
    public Object[] asTuple(Object o) {
        return o instanceof PTuple t ? t.getArray() : null;
    }

    @Override
    @TruffleBoundary
    public boolean isMapping(Object o) {
        if (o instanceof PTuple || o instanceof String) {
            return false;
        }
        if (o instanceof PythonObject po && po.getBuiltinValue() instanceof String) {
            return false;
        }
        Object gi = GetClassNode.getPythonClassUncached(o).lookup("__getitem__");
        return gi != PNone.NO_VALUE && gi != PNone.NONE;
    }

    @Override
    @TruffleBoundary
    public Object getItem(Object mapping, Object key) {
        if (key instanceof PercentFormatter.Latin1Key k) {
            key = new PBytes(k.latin1().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return PyObjectGetItemNode.getItem(mapping, key);
    }

    @Override
    @TruffleBoundary
    public byte[] asBytes(Object o) {
        if (o instanceof PBytes b) {
            return b.getBytes();
        }
        if (o instanceof PByteArray b) {
            return b.toBytes();
        }
        PythonClass type = GetClassNode.getPythonClassUncached(o);
        Object m = type.lookup("__bytes__");
        if (m != PNone.NO_VALUE && m != PNone.NONE) {
            Object r = CallFunctionNode.callMethodUncached(m, o, new Object[0]);
            if (r instanceof PBytes b) {
                return b.getBytes();
            }
            throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "__bytes__ returned non-bytes (type %s)", typeName(r));
        }
        return null;
    }

    @Override
    @TruffleBoundary
    public String asChar(Object o) {
        Object v = o instanceof PythonObject po && po.getBuiltinValue() instanceof String s ? s : o;
        return v instanceof String s && s.codePointCount(0, s.length()) == 1 ? s : null;
    }

    @Override
    @TruffleBoundary
    public Object getAttr(Object o, String name) {
        return PyObjectGetAttrNode.getAttributeUncached(o, name);
    }

    @Override
    @TruffleBoundary
    public String format(Object o, String spec) {
        return BuiltinFormat.format(o, spec);
    }

    /** Rethrows a formatting error as the Python exception (for callers outside node code). */
    public static PException raise(FormatError e) {
        return Raise.of(null, e);
    }
}
