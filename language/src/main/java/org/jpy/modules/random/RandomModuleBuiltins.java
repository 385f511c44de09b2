package org.jpy.modules.random;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeFactory;

import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.pyobject.PyObjectHashNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code _random}: the class {@code Random}, whose instances hold a {@link MersenneTwister} as their builtin value, so
 * {@code random.Random} (a Python subclass) gets CPython's exact sequences for a given seed. Seeding follows
 * {@code random_seed}: exact ints by absolute value, other objects by their hash, {@code None} from the OS.
 */
@CoreFunctions(defineModule = "_random")
public final class RandomModuleBuiltins extends PythonBuiltins {
    private static final SecureRandom OS_RANDOM = new SecureRandom();

    static {
        // _jpy_hash (under _sha2, which random.py imports) has no line of its own in PythonBuiltinsRegistry yet; the
        // registry instantiates this container before it reads its EXTRA list, so registering here makes it present.
        org.jpy.runtime.PythonBuiltinsRegistry.register(org.jpy.modules.hashlib.HashModuleBuiltins.class);
    }

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return List.of();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        BuiltinInstaller.installIntoClass(context.getLanguage(), new RandomBuiltins(), context.lookupType(PythonBuiltinClassType.PRandom),
                        PythonBuiltinClassType.PRandom);
        module.setAttribute("Random", context.lookupType(PythonBuiltinClassType.PRandom));
    }

    static MersenneTwister generator(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PythonObject po && po.getBuiltinValue() instanceof MersenneTwister mt) {
            return mt;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a '_random.Random' object but received '%T'", self);
    }

    @TruffleBoundary
    static void seed(MersenneTwister mt, Object arg) {
        if (arg == PNone.NONE || arg == PNone.NO_VALUE) {
            int[] key = new int[624];
            for (int i = 0; i < key.length; i++) {
                key[i] = OS_RANDOM.nextInt();
            }
            mt.seedWords(key);
        } else if (arg instanceof Long l) {
            mt.seed(BigInteger.valueOf(l));
        } else if (arg instanceof BigInteger big) {
            mt.seed(big);
        } else {
            long h = PyObjectHashNode.hash(arg);
            mt.seed(new BigInteger(Long.toUnsignedString(h)));
        }
    }
}
