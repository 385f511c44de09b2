package org.jpy.modules.hashlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code _jpy_hash}: message digests of the JDK ({@link MessageDigest}) for jpy's {@code _md5}, {@code _sha1},
 * {@code _sha2} and {@code _sha3} (lib-jpy), which give them CPython's hash-object interface. A digest state is an
 * opaque object whose builtin value is the {@link MessageDigest}.
 */
@CoreFunctions(defineModule = "_jpy_hash")
public final class HashModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return HashModuleBuiltinsFactory.getFactories();
    }

    static MessageDigest digest(PythonBuiltinBaseNode node, Object o) {
        if (o instanceof PythonObject po && po.getBuiltinValue() instanceof MessageDigest md) {
            return md;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "not a digest state");
    }

    static PythonObject wrap(MessageDigest md) {
        PythonObject o = new PythonObject(PythonBuiltinClassType.PSHA);
        o.setBuiltinValue(md);
        return o;
    }

    @Builtin(name = "new", minNumOfPositionalArgs = 1, parameterNames = {"$algorithm"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object create(Object[] args) {
            try {
                return wrap(MessageDigest.getInstance((String) args[0]));
            } catch (NoSuchAlgorithmException | ClassCastException e) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "unsupported hash type %s", args[0]);
            }
        }
    }

    @Builtin(name = "update", minNumOfPositionalArgs = 2, parameterNames = {"$state", "$data"})
    @GenerateNodeFactory
    abstract static class UpdateNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object update(Object[] args) {
            MessageDigest md = digest(this, args[0]);
            if (args[1] instanceof PBytes b) {
                md.update(b.getBytes(), 0, b.size());
            } else if (args[1] instanceof PByteArray b) {
                md.update(b.toBytes());
            } else {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "object supporting the buffer API required");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "digest", minNumOfPositionalArgs = 1, parameterNames = {"$state"})
    @GenerateNodeFactory
    abstract static class DigestNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object digest(Object[] args) {
            try {
                return new PBytes(((MessageDigest) HashModuleBuiltins.digest(this, args[0]).clone()).digest());
            } catch (CloneNotSupportedException e) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "digest state cannot be copied");
            }
        }
    }

    @Builtin(name = "copy", minNumOfPositionalArgs = 1, parameterNames = {"$state"})
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object copy(Object[] args) {
            try {
                return wrap((MessageDigest) HashModuleBuiltins.digest(this, args[0]).clone());
            } catch (CloneNotSupportedException e) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "digest state cannot be copied");
            }
        }
    }
}
