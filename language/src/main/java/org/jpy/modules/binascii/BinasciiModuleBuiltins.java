package org.jpy.modules.binascii;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.list.PList;

/**
 * {@code _jpy_binascii}: the byte algorithms of {@link BinasciiCore} for jpy's {@code binascii}
 * (lib-jpy/binascii.py, which converts arguments and raises {@code binascii.Error}). Inputs are bytes; a failure
 * comes back as the list {@code ["Error", message]}.
 */
@CoreFunctions(defineModule = "_jpy_binascii")
public final class BinasciiModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return BinasciiModuleBuiltinsFactory.getFactories();
    }

    static byte[] data(Object o) {
        if (o instanceof PBytes b) {
            return b.getBytes();
        } else if (o instanceof PByteArray b) {
            return b.toBytes();
        }
        return new byte[0];
    }

    static int length(Object o) {
        if (o instanceof PBytes b) {
            return b.size();
        } else if (o instanceof PByteArray b) {
            return b.size();
        }
        return 0;
    }

    static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof java.math.BigInteger big) {
            return big.longValue();
        }
        return 0;
    }

    static Object error(BinasciiCore.Error e) {
        return new PList(new Object[]{"Error", e.getMessage()});
    }

    @Builtin(name = "a2b_base64", minNumOfPositionalArgs = 2, parameterNames = {"$data", "$strict"})
    @GenerateNodeFactory
    abstract static class A2bBase64Node extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object a2b(Object[] args) {
            try {
                return new PBytes(BinasciiCore.a2bBase64(data(args[0]), length(args[0]), Boolean.TRUE.equals(args[1])));
            } catch (BinasciiCore.Error e) {
                return error(e);
            }
        }
    }

    @Builtin(name = "b2a_base64", minNumOfPositionalArgs = 2, parameterNames = {"$data", "$newline"})
    @GenerateNodeFactory
    abstract static class B2aBase64Node extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object b2a(Object[] args) {
            return new PBytes(BinasciiCore.b2aBase64(data(args[0]), length(args[0]), Boolean.TRUE.equals(args[1])));
        }
    }

    @Builtin(name = "hexlify", minNumOfPositionalArgs = 3, parameterNames = {"$data", "$sep", "$bytes_per_sep"})
    @GenerateNodeFactory
    abstract static class HexlifyNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object hexlify(Object[] args) {
            return new PBytes(BinasciiCore.hexlify(data(args[0]), length(args[0]), (int) asLong(args[1]), (int) asLong(args[2])));
        }
    }

    @Builtin(name = "unhexlify", minNumOfPositionalArgs = 1, parameterNames = {"$data"})
    @GenerateNodeFactory
    abstract static class UnhexlifyNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object unhexlify(Object[] args) {
            try {
                return new PBytes(BinasciiCore.unhexlify(data(args[0]), length(args[0])));
            } catch (BinasciiCore.Error e) {
                return error(e);
            }
        }
    }

    @Builtin(name = "crc32", minNumOfPositionalArgs = 2, parameterNames = {"$data", "$crc"})
    @GenerateNodeFactory
    abstract static class Crc32Node extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object crc32(Object[] args) {
            return BinasciiCore.crc32(data(args[0]), 0, length(args[0]), asLong(args[1]) & 0xFFFFFFFFL);
        }
    }

    @Builtin(name = "crc_hqx", minNumOfPositionalArgs = 2, parameterNames = {"$data", "$crc"})
    @GenerateNodeFactory
    abstract static class CrcHqxNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object crcHqx(Object[] args) {
            return (long) BinasciiCore.crcHqx(data(args[0]), length(args[0]), (int) (asLong(args[1]) & 0xFFFF));
        }
    }
}
