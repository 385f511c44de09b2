package org.jpy.modules.sre;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.objects.PythonObject;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.list.PList;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code _jpy_sre}: the Java engine under jpy's {@code _sre} (lib-jpy/_sre.py, which holds Pattern/Match objects as
 * CPython's sre.c shapes them). The interface is deliberately narrow so that the Python layer can be tested against
 * CPython's engine: {@code compile_code(list)} turns SRE code into the engine's form (an opaque object holding an
 * {@code int[]}), {@code new_state(code, groups, string, pos, endpos)} starts a matching session over a {@code str}
 * or {@code bytes} subject, and the session's methods {@code match(fullmatch)}, {@code search()},
 * {@code scan_match()}, {@code scan_search()} answer {@code None} or {@code (lastindex, start0, end0, start1, ...)}.
 * The {@code scan_*} methods keep CPython's scanner state between calls (start, must-advance after an empty match).
 */
@CoreFunctions(defineModule = "_jpy_sre")
public final class SREModuleBuiltins extends PythonBuiltins {
    static {
        // unicodedata (re's \N{...} escapes need it) has no line of its own in PythonBuiltinsRegistry yet; the registry
        // instantiates this container before it reads its EXTRA list, so registering here makes it present.
        org.jpy.runtime.PythonBuiltinsRegistry.register(org.jpy.modules.unicodedata.UnicodedataModuleBuiltins.class);
    }

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return SREModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        BuiltinInstaller.installIntoClass(context.getLanguage(), new SreSessionBuiltins(), context.lookupType(PythonBuiltinClassType.PSREScanner),
                        PythonBuiltinClassType.PSREScanner);
    }

    /** The engine form of a code list: an object of the internal class whose builtin value is the {@code int[]}. */
    static int[] codeOf(Object code) {
        if (code instanceof PythonObject po && po.getBuiltinValue() instanceof int[] c) {
            return c;
        }
        return null;
    }

    static long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Integer i) {
            return i;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof BigInteger big) {
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return Long.MIN_VALUE + 1;
    }

    static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Boolean || value instanceof BigInteger;
    }

    @Builtin(name = "compile_code", minNumOfPositionalArgs = 1, parameterNames = {"$code"})
    @GenerateNodeFactory
    abstract static class CompileCodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object compile(PList code) {
            int n = code.size();
            int[] words = new int[n];
            for (int i = 0; i < n; i++) {
                Object w = code.get(i);
                long v;
                if (w instanceof Long l) {
                    v = l;
                } else if (w instanceof Integer x) {
                    v = x;
                } else if (w instanceof Boolean b) {
                    v = b ? 1 : 0;
                } else if (w instanceof PythonObject po && po.getBuiltinValue() instanceof Long l) {
                    v = l;
                } else {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "regular expression code must be a list of ints");
                }
                if (v < 0 || v > 0xFFFFFFFFL) {
                    throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "regular expression code size limit exceeded");
                }
                words[i] = (int) v;
            }
            PythonObject result = new PythonObject(PythonBuiltinClassType.PSRECompiledPattern);
            result.setBuiltinValue(words);
            return result;
        }

        @Fallback
        Object error(Object code) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "compile_code() argument must be list, not %T", code);
        }
    }

    @Builtin(name = "new_state", minNumOfPositionalArgs = 5, parameterNames = {"$code", "$groups", "$string", "$pos", "$endpos"})
    @GenerateNodeFactory
    abstract static class NewStateNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object newState(Object[] args) {
            int[] code = codeOf(args[0]);
            if (code == null || !isInt(args[1]) || !isInt(args[3]) || !isInt(args[4])) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "new_state(): bad arguments");
            }
            Object s = args[2];
            SreText text;
            if (s instanceof String str) {
                text = SreText.ofString(str);
            } else if (s instanceof PBytes b) {
                text = SreText.ofBytes(b.getBytes(), b.size());
            } else if (s instanceof PByteArray ba) {
                byte[] copy = ba.toBytes();
                text = SreText.ofBytes(copy, copy.length);
            } else if (s instanceof PythonObject po && po.getBuiltinValue() instanceof String str) {
                text = SreText.ofString(str);
            } else {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "expected string or bytes-like object, got '%T'", s);
            }
            long groups = toLong(args[1]);
            SreState state = new SreState(code, (int) Math.max(0, Math.min(groups, Integer.MAX_VALUE - 1)), text, toLong(args[3]), toLong(args[4]));
            PythonObject result = new PythonObject(PythonBuiltinClassType.PSREScanner);
            result.setBuiltinValue(new Session(state));
            return result;
        }
    }

    @Builtin(name = "unicode_tolower", minNumOfPositionalArgs = 1, parameterNames = {"$character"})
    @GenerateNodeFactory
    abstract static class UnicodeToLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long lower(long ch) {
            return ch >= 0 && ch <= 0x10FFFF ? SreChars.lowerUnicode((int) ch) : ch;
        }

        @Fallback
        Object error(Object ch) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "an integer is required");
        }
    }

    @Builtin(name = "unicode_iscased", minNumOfPositionalArgs = 1, parameterNames = {"$character"})
    @GenerateNodeFactory
    abstract static class UnicodeIsCasedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean iscased(long ch) {
            return ch >= 0 && ch <= 0x10FFFF && SreChars.unicodeIsCased((int) ch);
        }

        @Fallback
        Object error(Object ch) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "an integer is required");
        }
    }
}
