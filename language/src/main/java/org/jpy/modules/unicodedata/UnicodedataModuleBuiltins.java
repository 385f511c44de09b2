package org.jpy.modules.unicodedata;

import java.text.Normalizer;
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
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code unicodedata} from the JDK's Unicode tables ({@link UnicodeNames}): names, lookup, category, bidirectional
 * class, mirrored, decimal/digit/numeric, normalization. The JDK has Unicode 16 where CPython 3.12 has 15.0, so a
 * few characters changed since then differ; {@code combining} and {@code east_asian_width} are approximations (the
 * JDK does not expose those properties) and {@code decomposition} is not provided.
 */
@CoreFunctions(defineModule = "unicodedata")
public final class UnicodedataModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return UnicodedataModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        module.setAttribute("unidata_version", "15.0.0");
    }

    /** The single code point of a one-character str argument, with CPython's TypeError otherwise. */
    static int codePoint(PythonBuiltinBaseNode node, String function, Object arg) {
        if (arg instanceof String s && !s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
            return s.codePointAt(0);
        }
        if (arg instanceof String s) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() argument must be a unicode character, not str", function);
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() argument 1 must be a unicode character, not %T", function, arg);
    }

    @Builtin(name = "name", minNumOfPositionalArgs = 1, parameterNames = {"$chr", "$default"})
    @GenerateNodeFactory
    abstract static class NameNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object name(Object[] args) {
            String n = UnicodeNames.name(codePoint(this, "name", args[0]));
            if (n == null) {
                if (args[1] != PNone.NO_VALUE) {
                    return args[1];
                }
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "no such name");
            }
            return n;
        }
    }

    @Builtin(name = "lookup", minNumOfPositionalArgs = 1, parameterNames = {"$name"})
    @GenerateNodeFactory
    abstract static class LookupNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object lookup(Object[] args) {
            if (!(args[0] instanceof String name)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "lookup() argument must be str, not %T", args[0]);
            }
            int cp = UnicodeNames.lookup(name);
            if (cp < 0) {
                throw PRaise.raiseWithArgs(this, PythonBuiltinClassType.KeyError, "undefined character name '" + name + "'");
            }
            return new String(Character.toChars(cp));
        }
    }

    @Builtin(name = "category", minNumOfPositionalArgs = 1, parameterNames = {"$chr"})
    @GenerateNodeFactory
    abstract static class CategoryNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object category(Object[] args) {
            return UnicodeNames.category(codePoint(this, "category", args[0]));
        }
    }

    @Builtin(name = "bidirectional", minNumOfPositionalArgs = 1, parameterNames = {"$chr"})
    @GenerateNodeFactory
    abstract static class BidirectionalNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object bidirectional(Object[] args) {
            return UnicodeNames.bidirectional(codePoint(this, "bidirectional", args[0]));
        }
    }

    @Builtin(name = "mirrored", minNumOfPositionalArgs = 1, parameterNames = {"$chr"})
    @GenerateNodeFactory
    abstract static class MirroredNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object mirrored(Object[] args) {
            return Character.isMirrored(codePoint(this, "mirrored", args[0])) ? 1L : 0L;
        }
    }

    @Builtin(name = "combining", minNumOfPositionalArgs = 1, parameterNames = {"$chr"})
    @GenerateNodeFactory
    abstract static class CombiningNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object combining(Object[] args) {
            int cp = codePoint(this, "combining", args[0]);
            return Character.getType(cp) == Character.NON_SPACING_MARK ? 230L : 0L;
        }
    }

    @Builtin(name = "decimal", minNumOfPositionalArgs = 1, parameterNames = {"$chr", "$default"})
    @GenerateNodeFactory
    abstract static class DecimalNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object decimal(Object[] args) {
            int cp = codePoint(this, "decimal", args[0]);
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                return (long) Character.digit(cp, 10);
            }
            if (args[1] != PNone.NO_VALUE) {
                return args[1];
            }
            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "not a decimal");
        }
    }

    @Builtin(name = "digit", minNumOfPositionalArgs = 1, parameterNames = {"$chr", "$default"})
    @GenerateNodeFactory
    abstract static class DigitNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object digit(Object[] args) {
            int cp = codePoint(this, "digit", args[0]);
            int v = Character.getNumericValue(cp);
            int type = Character.getType(cp);
            if (v >= 0 && v <= 9 && (type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER)) {
                return (long) v;
            }
            if (args[1] != PNone.NO_VALUE) {
                return args[1];
            }
            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "not a digit");
        }
    }

    @Builtin(name = "numeric", minNumOfPositionalArgs = 1, parameterNames = {"$chr", "$default"})
    @GenerateNodeFactory
    abstract static class NumericNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object numeric(Object[] args) {
            int cp = codePoint(this, "numeric", args[0]);
            int v = Character.getNumericValue(cp);
            if (v >= 0) {
                return (double) v;
            }
            double fraction = fraction(cp);
            if (!Double.isNaN(fraction)) {
                return fraction;
            }
            if (args[1] != PNone.NO_VALUE) {
                return args[1];
            }
            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "not a numeric character");
        }

        static double fraction(int cp) {
            switch (cp) {
                case 0xBC:
                    return 0.25;
                case 0xBD:
                    return 0.5;
                case 0xBE:
                    return 0.75;
                case 0x2150:
                    return 1.0 / 7;
                case 0x2151:
                    return 1.0 / 9;
                case 0x2152:
                    return 0.1;
                case 0x2153:
                    return 1.0 / 3;
                case 0x2154:
                    return 2.0 / 3;
                case 0x2155:
                    return 0.2;
                case 0x2156:
                    return 0.4;
                case 0x2157:
                    return 0.6;
                case 0x2158:
                    return 0.8;
                case 0x2159:
                    return 1.0 / 6;
                case 0x215A:
                    return 5.0 / 6;
                case 0x215B:
                    return 0.125;
                case 0x215C:
                    return 0.375;
                case 0x215D:
                    return 0.625;
                case 0x215E:
                    return 0.875;
                default:
                    return Double.NaN;
            }
        }
    }

    @Builtin(name = "east_asian_width", minNumOfPositionalArgs = 1, parameterNames = {"$chr"})
    @GenerateNodeFactory
    abstract static class EastAsianWidthNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object width(Object[] args) {
            int cp = codePoint(this, "east_asian_width", args[0]);
            if ((cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp == 0x3000) {
                return "F";
            }
            if ((cp >= 0xFF61 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE)) {
                return "H";
            }
            if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
                            (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                            (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) ||
                            (cp >= 0x20000 && cp <= 0x3FFFD)) {
                return "W";
            }
            if (cp >= 0x20 && cp <= 0x7E) {
                return "Na";
            }
            return "N";
        }
    }

    static Normalizer.Form form(PythonBuiltinBaseNode node, Object form) {
        if (form instanceof String f) {
            switch (f) {
                case "NFC":
                    return Normalizer.Form.NFC;
                case "NFD":
                    return Normalizer.Form.NFD;
                case "NFKC":
                    return Normalizer.Form.NFKC;
                case "NFKD":
                    return Normalizer.Form.NFKD;
                default:
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "invalid normalization form");
            }
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "normalize() argument 1 must be str, not %T", form);
    }

    @Builtin(name = "normalize", minNumOfPositionalArgs = 2, parameterNames = {"$form", "$unistr"})
    @GenerateNodeFactory
    abstract static class NormalizeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object normalize(Object[] args) {
            Normalizer.Form f = form(this, args[0]);
            if (!(args[1] instanceof String s)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "normalize() argument 2 must be str, not %T", args[1]);
            }
            return Normalizer.normalize(s, f);
        }
    }

    @Builtin(name = "is_normalized", minNumOfPositionalArgs = 2, parameterNames = {"$form", "$unistr"})
    @GenerateNodeFactory
    abstract static class IsNormalizedNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object isNormalized(Object[] args) {
            Normalizer.Form f = form(this, args[0]);
            if (!(args[1] instanceof String s)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "is_normalized() argument 2 must be str, not %T", args[1]);
            }
            return Normalizer.isNormalized(s, f);
        }
    }
}
