package org.jpy.modules.random;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.NumberArithmetic;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The methods of {@code _random.Random}, installed by {@link RandomModuleBuiltins} when the module is created:
 * {@code __new__} seeds like CPython's {@code random_new} (so subclasses such as {@code random.Random} get a seeded
 * generator), and {@code getstate}/{@code setstate} use CPython's 625-int tuple and its checks.
 */
public final class RandomBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return RandomBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, takesVarArgs = true, takesVarKeywordArgs = true, parameterNames = {"$cls"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object create(Object[] args) {
            Object cls = args[0];
            Object[] positional = ((PTuple) args[1]).getArray();
            boolean exact = cls == PythonBuiltinClassType.PRandom ||
                            (cls instanceof PythonClass pc && pc == JpyContext.get(this).lookupType(PythonBuiltinClassType.PRandom));
            if (exact && args[2] instanceof PDict kw && kw.size() > 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "Random() takes no keyword arguments");
            }
            if (positional.length > 1) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "Random() requires 0 or 1 argument");
            }
            PythonObject self = new PythonObject(cls);
            MersenneTwister mt = new MersenneTwister();
            self.setBuiltinValue(mt);
            RandomModuleBuiltins.seed(mt, positional.length == 1 ? positional[0] : PNone.NONE);
            return self;
        }
    }

    @Builtin(name = "seed", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$n"})
    @GenerateNodeFactory
    abstract static class SeedNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object seed(Object self, Object n) {
            RandomModuleBuiltins.seed(RandomModuleBuiltins.generator(this, self), n);
            return PNone.NONE;
        }
    }

    @Builtin(name = "random", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class RandomNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object random(Object self) {
            return RandomModuleBuiltins.generator(this, self).random();
        }
    }

    @Builtin(name = "getrandbits", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$k"})
    @GenerateNodeFactory
    abstract static class GetRandBitsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object getrandbits(Object self, Object kObj) {
            MersenneTwister mt = RandomModuleBuiltins.generator(this, self);
            long k = PyNumberIndexNode.asSize(this, kObj, PythonBuiltinClassType.OverflowError);
            if (k < 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "number of bits must be non-negative");
            }
            if (k > Integer.MAX_VALUE) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "Python int too large to convert to C int");
            }
            if (k <= 63) {
                return mt.getrandbitsLong((int) k);
            }
            return NumberArithmetic.normalize(mt.getrandbits((int) k));
        }
    }

    @Builtin(name = "getstate", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class GetStateNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object getstate(Object self) {
            long[] state = RandomModuleBuiltins.generator(this, self).getState();
            Object[] items = new Object[state.length];
            for (int i = 0; i < state.length; i++) {
                items[i] = state[i];
            }
            return new PTuple(items);
        }
    }

    @Builtin(name = "setstate", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$state"})
    @GenerateNodeFactory
    abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object setstate(Object self, Object state) {
            MersenneTwister mt = RandomModuleBuiltins.generator(this, self);
            if (!(state instanceof PTuple t)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "state vector must be a tuple");
            }
            int n = MersenneTwister.stateSize();
            if (t.size() != n + 1) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "state vector is the wrong size");
            }
            long[] words = new long[n];
            for (int i = 0; i < n; i++) {
                Object v = PyNumberIndexNode.indexUncached(t.get(i));
                BigInteger big = v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
                if (big.signum() < 0 || big.bitLength() > 64) {
                    throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "Python int too large to convert to C unsigned long");
                }
                words[i] = big.longValue();
            }
            long index = PyNumberIndexNode.asSize(this, t.get(n), PythonBuiltinClassType.OverflowError);
            if (index < 0 || index > n) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "invalid state");
            }
            mt.setState(words, (int) index);
            return PNone.NONE;
        }
    }
}
