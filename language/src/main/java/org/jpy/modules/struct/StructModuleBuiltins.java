package org.jpy.modules.struct;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.modules.struct.StructFormat.StructError;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.NumberArithmetic;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.list.PList;
import org.jpy.objects.tuple.PTuple;

/**
 * {@code _jpy_struct}: packing and unpacking for jpy's {@code _struct} (lib-jpy/_struct.py, which holds {@code Struct},
 * {@code error}, the cache and the buffer-size checks). {@code layout(fmt)} gives {@code (size, number of values)},
 * {@code pack(fmt, values)} bytes, {@code unpack(fmt, data, offset)} a tuple; a failure comes back as a list
 * {@code [kind, message]} ({@code kind} "error" for {@code struct.error}, or "OverflowError") for the Python layer to
 * raise, so that the exception class is the module's own {@code struct.error}.
 */
@CoreFunctions(defineModule = "_jpy_struct")
public final class StructModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return StructModuleBuiltinsFactory.getFactories();
    }

    static PList failure(StructError e) {
        return new PList(new Object[]{e.overflow ? "OverflowError" : "error", e.getMessage()});
    }

    @Builtin(name = "layout", minNumOfPositionalArgs = 1, parameterNames = {"$fmt"})
    @GenerateNodeFactory
    abstract static class LayoutNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object layout(Object[] args) {
            try {
                StructFormat f = StructFormat.parse((String) args[0]);
                return new PTuple(new Object[]{f.size, f.numValues});
            } catch (StructError e) {
                return failure(e);
            }
        }
    }

    static BigInteger integer(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (v instanceof BigInteger b) {
            return b;
        } else if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (v instanceof PythonObject && !(v instanceof PBytes)) {
            PythonClass type = GetClassNode.getPythonClassUncached(v);
            Object index = type.lookup("__index__");
            if (index != PNone.NO_VALUE && index != PNone.NONE) {
                Object r = PyNumberIndexNode.indexUncached(v);
                return r instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) r;
            }
        }
        throw new StructError("required argument is not an integer");
    }

    static double real(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            return NumberArithmetic.toDouble(null, v);
        } else if (v instanceof PythonObject po) {
            if (po.getBuiltinValue() instanceof Double d) {
                return d;
            }
            PythonClass type = GetClassNode.getPythonClassUncached(v);
            Object f = type.lookup("__float__");
            if (f != PNone.NO_VALUE && f != PNone.NONE) {
                Object r = CallFunctionNode.callMethodUncached(f, v, new Object[0]);
                if (r instanceof Double d) {
                    return d;
                }
            }
            Object index = type.lookup("__index__");
            if (index != PNone.NO_VALUE && index != PNone.NONE) {
                return NumberArithmetic.toDouble(null, PyNumberIndexNode.indexUncached(v));
            }
        }
        throw new StructError("required argument is not a float");
    }

    static byte[] bytes(Object v) {
        if (v instanceof PBytes b) {
            return java.util.Arrays.copyOf(b.getBytes(), b.size());
        } else if (v instanceof PByteArray b) {
            return b.toBytes();
        }
        return null;
    }

    @Builtin(name = "pack", minNumOfPositionalArgs = 2, parameterNames = {"$fmt", "$values"})
    @GenerateNodeFactory
    abstract static class PackNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object pack(Object[] args) {
            try {
                StructFormat f = StructFormat.parse((String) args[0]);
                Object[] values = ((PTuple) args[1]).getArray();
                if (values.length != f.numValues) {
                    throw new StructError("pack expected " + f.numValues + " items for packing (got " + values.length + ")");
                }
                if (f.size > Integer.MAX_VALUE - 16) {
                    throw new StructError("total struct size too long");
                }
                byte[] buf = new byte[(int) f.size];
                int vi = 0;
                for (StructFormat.Item item : f.items()) {
                    char c = item.code();
                    int off = (int) item.offset();
                    if (c == 'x') {
                        continue;
                    }
                    if (c == 's' || c == 'p') {
                        byte[] data = bytes(values[vi++]);
                        if (data == null) {
                            throw new StructError("argument for '" + c + "' must be a bytes object");
                        }
                        int count = (int) item.count();
                        if (c == 's') {
                            System.arraycopy(data, 0, buf, off, Math.min(data.length, count));
                        } else if (count > 0) {
                            int n = Math.min(data.length, count - 1);
                            System.arraycopy(data, 0, buf, off + 1, n);
                            buf[off] = (byte) Math.min(n, 255);
                        }
                        continue;
                    }
                    for (long k = 0; k < item.count(); k++) {
                        Object v = values[vi++];
                        int at = off + (int) k * item.size();
                        switch (c) {
                            case 'c': {
                                byte[] data = bytes(v);
                                if (data == null || data.length != 1) {
                                    throw new StructError("char format requires a bytes object of length 1");
                                }
                                buf[at] = data[0];
                                break;
                            }
                            case '?':
                                buf[at] = (byte) (PyObjectIsTrueNode.isTrue(v) ? 1 : 0);
                                break;
                            case 'e', 'f', 'd':
                                f.putFloat(buf, at, c, real(v));
                                break;
                            default: {
                                BigInteger i = integer(v);
                                f.checkRange(c, item.size(), i);
                                f.putInteger(buf, at, item.size(), i.longValue());
                                break;
                            }
                        }
                    }
                }
                return new PBytes(buf);
            } catch (StructError e) {
                return failure(e);
            }
        }
    }

    @Builtin(name = "unpack", minNumOfPositionalArgs = 3, parameterNames = {"$fmt", "$data", "$offset"})
    @GenerateNodeFactory
    abstract static class UnpackNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object unpack(Object[] args) {
            try {
                StructFormat f = StructFormat.parse((String) args[0]);
                byte[] data = bytes(args[1]);
                int base = (int) (long) (Long) args[2];
                Object[] out = new Object[(int) f.numValues];
                int vi = 0;
                for (StructFormat.Item item : f.items()) {
                    char c = item.code();
                    int off = base + (int) item.offset();
                    if (c == 'x') {
                        continue;
                    }
                    int count = (int) item.count();
                    if (c == 's') {
                        out[vi++] = new PBytes(java.util.Arrays.copyOfRange(data, off, off + count));
                        continue;
                    }
                    if (c == 'p') {
                        int n = count == 0 ? 0 : Math.min(data[off] & 0xFF, count - 1);
                        out[vi++] = new PBytes(java.util.Arrays.copyOfRange(data, off + 1, off + 1 + n));
                        continue;
                    }
                    for (int k = 0; k < count; k++) {
                        int at = off + k * item.size();
                        switch (c) {
                            case 'c':
                                out[vi++] = new PBytes(new byte[]{data[at]});
                                break;
                            case '?':
                                out[vi++] = data[at] != 0;
                                break;
                            case 'e', 'f', 'd':
                                out[vi++] = f.getFloat(data, at, c);
                                break;
                            default:
                                out[vi++] = f.getInteger(data, at, item.size(), StructFormat.isSigned(c));
                                break;
                        }
                    }
                }
                return new PTuple(out);
            } catch (StructError e) {
                return failure(e);
            }
        }
    }
}
