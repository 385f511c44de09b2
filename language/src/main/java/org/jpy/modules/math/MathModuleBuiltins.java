package org.jpy.modules.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.modules.math.MathAlgorithms.MathError;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.BinaryOp;
import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.NumberArithmetic;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyNumberBinaryOpNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code math}. Float functions follow CPython's {@code math_1}/{@code math_2} error rules (a NaN from a non-NaN
 * argument is a domain error; an infinity from finite arguments is a range error for functions that can overflow and a
 * domain error otherwise), integer functions work on exact {@code long}/{@link BigInteger} values
 * ({@link MathAlgorithms}), and {@code floor}/{@code ceil}/{@code trunc} defer to {@code __floor__}/{@code __ceil__}/
 * {@code __trunc__}. The many one-argument float functions share one node that dispatches on its builtin name, which
 * is a constant of its call target.
 */
@CoreFunctions(defineModule = "math")
public final class MathModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return MathModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        module.setAttribute("pi", Math.PI);
        module.setAttribute("e", Math.E);
        module.setAttribute("tau", 2 * Math.PI);
        module.setAttribute("inf", Double.POSITIVE_INFINITY);
        module.setAttribute("nan", Double.NaN);
    }

    // ------------------------------------------------------------------------------------------------------------
    // conversions

    /** {@code PyFloat_AsDouble}: floats, ints, {@code __float__}, then {@code __index__}. */
    @TruffleBoundary
    static double asDouble(PythonBuiltinBaseNode node, Object x) {
        if (x instanceof Double d) {
            return d;
        } else if (x instanceof Long || x instanceof Boolean || x instanceof BigInteger) {
            return NumberArithmetic.toDouble(node, x);
        } else if (x instanceof Integer i) {
            return i;
        }
        if (x instanceof PythonObject po) {
            Object bv = po.getBuiltinValue();
            if (bv instanceof Double d) {
                return d;
            }
            PythonClass type = GetClassNode.getPythonClassUncached(x);
            Object f = type.lookup("__float__");
            if (f != PNone.NO_VALUE && f != PNone.NONE) {
                Object r = CallFunctionNode.callMethodUncached(f, x, new Object[0]);
                if (r instanceof Double d) {
                    return d;
                }
                if (r instanceof PythonObject rpo && rpo.getBuiltinValue() instanceof Double d) {
                    return d;
                }
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s.__float__ returned non-float (type %T)", type.getName(), r);
            }
            if (bv instanceof Long || bv instanceof BigInteger) {
                return NumberArithmetic.toDouble(node, bv);
            }
            Object idx = type.lookup("__index__");
            if (idx != PNone.NO_VALUE && idx != PNone.NONE) {
                return NumberArithmetic.toDouble(node, PyNumberIndexNode.indexUncached(x));
            }
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "must be real number, not %T", x);
    }

    /** An exact integer argument ({@code __index__}) as a {@link BigInteger}. */
    @TruffleBoundary
    static BigInteger asBigInteger(Object x) {
        Object v = x instanceof Long || x instanceof BigInteger ? x : PyNumberIndexNode.indexUncached(x);
        return v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
    }

    @TruffleBoundary
    static Object toPythonInt(BigInteger v) {
        return NumberArithmetic.normalize(v);
    }

    /** {@code int(x)} of a float that is already integral, with CPython's errors for NaN and infinities. */
    @TruffleBoundary
    static Object floatToInt(PythonBuiltinBaseNode node, double d) {
        if (Double.isNaN(d)) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "cannot convert float infinity to integer");
        }
        if (d >= -9.2e18 && d <= 9.2e18) {
            return (long) d;
        }
        return toPythonInt(new BigDecimal(d).toBigInteger());
    }

    static PException domainError(PythonBuiltinBaseNode node) {
        return PRaise.raise(node, PythonBuiltinClassType.ValueError, "math domain error");
    }

    static PException rangeError(PythonBuiltinBaseNode node) {
        return PRaise.raise(node, PythonBuiltinClassType.OverflowError, "math range error");
    }

    static PException mathError(PythonBuiltinBaseNode node, MathError e) {
        return PRaise.raise(node, e.overflow ? PythonBuiltinClassType.OverflowError : PythonBuiltinClassType.ValueError, "%s", e.getMessage());
    }

    /** The result check of {@code math_1}: {@code canOverflow} decides between range and domain errors. */
    static double check1(PythonBuiltinBaseNode node, double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError(node);
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError(node) : domainError(node);
        }
        return r;
    }

    // ------------------------------------------------------------------------------------------------------------
    // one-argument float functions

    @Builtin(name = "sqrt", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "exp", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "exp2", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "expm1", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "log1p", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "sin", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "cos", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "tan", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "asin", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "acos", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "atan", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "sinh", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "cosh", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "tanh", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "asinh", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "acosh", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "atanh", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "fabs", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "cbrt", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "degrees", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "radians", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "erf", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "erfc", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "gamma", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "lgamma", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @Builtin(name = "ulp", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class FloatFunctionNode extends PythonUnaryBuiltinNode {
        @CompilationFinal private String function;

        private String function() {
            if (function == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                function = getRootNode().getName();
            }
            return function;
        }

        @Specialization
        Object call(Object arg) {
            double x = asDouble(this, arg);
            return apply(this, function(), x);
        }

        @TruffleBoundary
        static double apply(PythonBuiltinBaseNode node, String name, double x) {
            switch (name) {
                case "sqrt":
                    return check1(node, x, Math.sqrt(x), false);
                case "exp":
                    return check1(node, x, Math.exp(x), true);
                case "exp2":
                    return check1(node, x, Math.pow(2.0, x), true);
                case "expm1":
                    return check1(node, x, Math.expm1(x), true);
                case "log1p":
                    return check1(node, x, x == -1.0 ? Double.NEGATIVE_INFINITY : Math.log1p(x), false);
                case "sin":
                    return check1(node, x, Math.sin(x), false);
                case "cos":
                    return check1(node, x, Math.cos(x), false);
                case "tan":
                    return check1(node, x, Math.tan(x), false);
                case "asin":
                    return check1(node, x, Math.asin(x), false);
                case "acos":
                    return check1(node, x, Math.acos(x), false);
                case "atan":
                    return check1(node, x, Math.atan(x), false);
                case "sinh":
                    return check1(node, x, Math.sinh(x), true);
                case "cosh":
                    return check1(node, x, Math.cosh(x), true);
                case "tanh":
                    return check1(node, x, Math.tanh(x), false);
                case "asinh":
                    return check1(node, x, SpecialFunctions.asinh(x), false);
                case "acosh":
                    return check1(node, x, SpecialFunctions.acosh(x), false);
                case "atanh":
                    return check1(node, x, SpecialFunctions.atanh(x), false);
                case "fabs":
                    return Math.abs(x);
                case "cbrt":
                    return Math.cbrt(x);
                case "degrees":
                    return x * (180.0 / Math.PI);
                case "radians":
                    return x * (Math.PI / 180.0);
                case "erf":
                    return SpecialFunctions.erf(x);
                case "erfc":
                    return SpecialFunctions.erfc(x);
                case "gamma":
                    try {
                        return SpecialFunctions.gamma(x);
                    } catch (MathError e) {
                        throw mathError(node, e);
                    }
                case "lgamma":
                    try {
                        return SpecialFunctions.lgamma(x);
                    } catch (MathError e) {
                        throw mathError(node, e);
                    }
                case "ulp":
                    if (Double.isNaN(x)) {
                        return x;
                    }
                    x = Math.abs(x);
                    if (Double.isInfinite(x)) {
                        return x;
                    }
                    double next = Math.nextUp(x);
                    if (Double.isInfinite(next)) {
                        return x - Math.nextDown(x);
                    }
                    return next - x;
                default:
                    throw CompilerDirectives.shouldNotReachHere(name);
            }
        }
    }

    @Builtin(name = "isfinite", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class IsFiniteNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isfinite(Object x) {
            return Double.isFinite(asDouble(this, x));
        }
    }

    @Builtin(name = "isinf", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class IsInfNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isinf(Object x) {
            return Double.isInfinite(asDouble(this, x));
        }
    }

    @Builtin(name = "isnan", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class IsNanNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isnan(Object x) {
            return Double.isNaN(asDouble(this, x));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // rounding

    /** {@code floor}/{@code ceil}: exact for ints, the float result as an int, else the special method. */
    @TruffleBoundary
    static Object round(PythonBuiltinBaseNode node, Object x, String special, boolean ceil) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return floatToInt(node, ceil ? Math.ceil(d) : Math.floor(d));
        }
        if (x instanceof PythonObject) {
            PythonClass type = GetClassNode.getPythonClassUncached(x);
            Object method = type.lookup(special);
            if (method != PNone.NO_VALUE && method != PNone.NONE) {
                return CallFunctionNode.callMethodUncached(method, x, new Object[0]);
            }
        }
        double d = asDouble(node, x);
        return floatToInt(node, ceil ? Math.ceil(d) : Math.floor(d));
    }

    @Builtin(name = "floor", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class FloorNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long floorLong(long x) {
            return x;
        }

        @Specialization(replaces = "floorLong")
        Object floor(Object x) {
            return round(this, x, "__floor__", false);
        }
    }

    @Builtin(name = "ceil", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class CeilNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long ceilLong(long x) {
            return x;
        }

        @Specialization(replaces = "ceilLong")
        Object ceil(Object x) {
            return round(this, x, "__ceil__", true);
        }
    }

    @Builtin(name = "trunc", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class TruncNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object trunc(Object x) {
            if (x instanceof Long || x instanceof BigInteger) {
                return x;
            } else if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            } else if (x instanceof Double d) {
                return floatToInt(this, d < 0 ? Math.ceil(d) : Math.floor(d));
            }
            PythonClass type = GetClassNode.getPythonClassUncached(x);
            Object method = type.lookup("__trunc__");
            if (method == PNone.NO_VALUE || method == PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "type %s doesn't define __trunc__ method", type.getName());
            }
            return CallFunctionNode.callMethodUncached(method, x, new Object[0]);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // logarithms

    @TruffleBoundary
    static double logOf(PythonBuiltinBaseNode node, Object x, int which) {
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean ||
                        (x instanceof PythonObject po && (po.getBuiltinValue() instanceof Long || po.getBuiltinValue() instanceof BigInteger))) {
            Object v = x instanceof PythonObject po ? po.getBuiltinValue() : x;
            BigInteger big = v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
            if (big.signum() <= 0) {
                throw domainError(node);
            }
            if (big.bitLength() <= 1000) {
                return logDouble(node, big.doubleValue(), which);
            }
            return MathAlgorithms.logOfBig(big, which);
        }
        return logDouble(node, asDouble(node, x), which);
    }

    static double logDouble(PythonBuiltinBaseNode node, double x, int which) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw domainError(node);
        }
        if (Double.isInfinite(x)) {
            return x;
        }
        switch (which) {
            case 2:
                return MathAlgorithms.log2(x);
            case 10:
                return Math.log10(x);
            default:
                return Math.log(x);
        }
    }

    @Builtin(name = "log", minNumOfPositionalArgs = 1, parameterNames = {"$x", "$base"})
    @GenerateNodeFactory
    abstract static class LogNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object log(Object x, Object base) {
            double num = logOf(this, x, 0);
            if (base == PNone.NO_VALUE) {
                return num;
            }
            double den = logOf(this, base, 0);
            if (den == 0.0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ZeroDivisionError, "float division by zero");
            }
            return num / den;
        }
    }

    @Builtin(name = "log2", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class Log2Node extends PythonUnaryBuiltinNode {
        @Specialization
        Object log2(Object x) {
            return logOf(this, x, 2);
        }
    }

    @Builtin(name = "log10", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class Log10Node extends PythonUnaryBuiltinNode {
        @Specialization
        Object log10(Object x) {
            return logOf(this, x, 10);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // two-argument float functions

    @Builtin(name = "pow", minNumOfPositionalArgs = 2, parameterNames = {"$x", "$y"})
    @GenerateNodeFactory
    abstract static class PowNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object pow(Object xo, Object yo) {
            double x = asDouble(this, xo);
            double y = asDouble(this, yo);
            double r;
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                if (Double.isNaN(x)) {
                    r = y == 0.0 ? 1.0 : x;
                } else if (Double.isNaN(y)) {
                    r = x == 1.0 ? 1.0 : y;
                } else if (Double.isInfinite(x)) {
                    boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                    if (y > 0) {
                        r = oddY ? x : Math.abs(x);
                    } else if (y == 0) {
                        r = 1.0;
                    } else {
                        r = oddY ? Math.copySign(0.0, x) : 0.0;
                    }
                } else {
                    if (Math.abs(x) == 1.0) {
                        r = 1.0;
                    } else if (y > 0 && Math.abs(x) > 1.0) {
                        r = y;
                    } else if (y < 0 && Math.abs(x) < 1.0) {
                        r = -y;
                    } else {
                        r = 0.0;
                    }
                }
                return r;
            }
            r = Math.pow(x, y);
            if (Double.isNaN(r)) {
                throw domainError(this);
            }
            if (Double.isInfinite(r)) {
                throw x == 0.0 ? domainError(this) : rangeError(this);
            }
            return r;
        }
    }

    @Builtin(name = "atan2", minNumOfPositionalArgs = 2, parameterNames = {"$y", "$x"})
    @GenerateNodeFactory
    abstract static class Atan2Node extends PythonBinaryBuiltinNode {
        @Specialization
        Object atan2(Object y, Object x) {
            return Math.atan2(asDouble(this, y), asDouble(this, x));
        }
    }

    @Builtin(name = "fmod", minNumOfPositionalArgs = 2, parameterNames = {"$x", "$y"})
    @GenerateNodeFactory
    abstract static class FmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object fmod(Object xo, Object yo) {
            double x = asDouble(this, xo);
            double y = asDouble(this, yo);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError(this);
            }
            return r;
        }
    }

    @Builtin(name = "remainder", minNumOfPositionalArgs = 2, parameterNames = {"$x", "$y"})
    @GenerateNodeFactory
    abstract static class RemainderNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object remainder(Object xo, Object yo) {
            double x = asDouble(this, xo);
            double y = asDouble(this, yo);
            if (Double.isNaN(x)) {
                return x;
            }
            if (Double.isNaN(y)) {
                return y;
            }
            if (Double.isInfinite(x) || y == 0.0) {
                throw domainError(this);
            }
            if (Double.isInfinite(y)) {
                return x;
            }
            return Math.IEEEremainder(x, y);
        }
    }

    @Builtin(name = "copysign", minNumOfPositionalArgs = 2, parameterNames = {"$x", "$y"})
    @GenerateNodeFactory
    abstract static class CopySignNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object copysign(Object x, Object y) {
            return Math.copySign(asDouble(this, x), asDouble(this, y));
        }
    }

    @Builtin(name = "ldexp", minNumOfPositionalArgs = 2, parameterNames = {"$x", "$i"})
    @GenerateNodeFactory
    abstract static class LdexpNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object ldexp(Object xo, Object io) {
            double x = asDouble(this, xo);
            if (!(io instanceof Long || io instanceof BigInteger || io instanceof Boolean) && !(io instanceof PythonObject)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "Expected an int as second argument to ldexp.");
            }
            BigInteger i = asBigInteger(io instanceof Boolean b ? (Object) (b ? 1L : 0L) : io);
            if (x == 0.0 || !Double.isFinite(x)) {
                return x;
            }
            if (i.compareTo(BigInteger.valueOf(4000)) > 0) {
                throw rangeError(this);
            }
            if (i.compareTo(BigInteger.valueOf(-4000)) < 0) {
                return Math.copySign(0.0, x);
            }
            int e = i.intValue();
            double r = Math.scalb(x, e);
            if (Double.isInfinite(r)) {
                throw rangeError(this);
            }
            return r;
        }
    }

    @Builtin(name = "frexp", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class FrexpNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object frexp(Object xo) {
            double x = asDouble(this, xo);
            if (x == 0.0 || !Double.isFinite(x)) {
                return new PTuple(new Object[]{x, 0L});
            }
            int e = Math.getExponent(x);
            double scaled = x;
            int adjust = 0;
            if (e < Double.MIN_EXPONENT) {
                scaled = x * 0x1p54;
                adjust = -54;
                e = Math.getExponent(scaled);
            }
            double m = scaled / Math.scalb(1.0, e + 1);
            return new PTuple(new Object[]{m, (long) (e + 1 + adjust)});
        }
    }

    @Builtin(name = "modf", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class ModfNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object modf(Object xo) {
            double x = asDouble(this, xo);
            if (Double.isInfinite(x)) {
                return new PTuple(new Object[]{Math.copySign(0.0, x), x});
            }
            if (Double.isNaN(x)) {
                return new PTuple(new Object[]{x, x});
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PTuple(new Object[]{Math.copySign(x - ip, x), ip});
        }
    }

    @Builtin(name = "nextafter", minNumOfPositionalArgs = 2, parameterNames = {"$x", "$y"}, keywordOnlyNames = {"steps"})
    @GenerateNodeFactory
    abstract static class NextAfterNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object nextafter(Object xo, Object yo, Object stepsObj) {
            double x = asDouble(this, xo);
            double y = asDouble(this, yo);
            if (stepsObj == PNone.NO_VALUE || stepsObj == PNone.NONE) {
                return Math.nextAfter(x, y);
            }
            BigInteger steps = asBigInteger(stepsObj);
            if (steps.signum() < 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "steps must be a non-negative integer");
            }
            long n = steps.bitLength() > 62 ? Long.MAX_VALUE : steps.longValue();
            double r = x;
            for (long k = 0; k < n && r != y && !Double.isNaN(r); k++) {
                r = Math.nextAfter(r, y);
            }
            return Double.isNaN(y) ? y : r;
        }
    }

    @Builtin(name = "isclose", minNumOfPositionalArgs = 2, parameterNames = {"$a", "$b"}, keywordOnlyNames = {"rel_tol", "abs_tol"})
    @GenerateNodeFactory
    abstract static class IsCloseNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object isclose(Object[] args) {
            double a = asDouble(this, args[0]);
            double b = asDouble(this, args[1]);
            double relTol = args[2] == PNone.NO_VALUE ? 1e-09 : asDouble(this, args[2]);
            double absTol = args[3] == PNone.NO_VALUE ? 0.0 : asDouble(this, args[3]);
            if (relTol < 0.0 || absTol < 0.0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "tolerances must be non-negative");
            }
            if (a == b) {
                return true;
            }
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return false;
            }
            double diff = Math.abs(b - a);
            return (diff <= Math.abs(relTol * b)) || (diff <= Math.abs(relTol * a)) || (diff <= absTol);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // sums and norms

    @Builtin(name = "fsum", minNumOfPositionalArgs = 1, parameterNames = {"$seq"})
    @GenerateNodeFactory
    abstract static class FsumNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object fsum(Object seq) {
            Object it = PyObjectGetIterNode.getIter(seq);
            MathAlgorithms.Fsum sum = new MathAlgorithms.Fsum();
            try {
                for (;;) {
                    Object item;
                    try {
                        item = PyIterNextNode.next(it);
                    } catch (PException e) {
                        if (e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                            break;
                        }
                        throw e;
                    }
                    sum.add(asDouble(this, item));
                }
                return sum.result();
            } catch (MathError e) {
                throw mathError(this, e);
            }
        }
    }

    /** Accurate {@code sqrt(sum(x*x))} of finite values scaled by their maximum: squares are exact through fma. */
    static double vectorNorm(double[] v, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0 || n <= 1) {
            return max;
        }
        int e = Math.getExponent(max);
        double scale = Math.scalb(1.0, -e);
        MathAlgorithms.Fsum sum = new MathAlgorithms.Fsum();
        for (int i = 0; i < n; i++) {
            double x = v[i] * scale;
            double sq = x * x;
            double err = Math.fma(x, x, -sq);
            sum.add(sq);
            sum.add(err);
        }
        double s = sum.result();
        double h = Math.sqrt(s);
        // one Newton correction on the residual, in double-double
        double hSq = h * h;
        double hErr = Math.fma(h, h, -hSq);
        MathAlgorithms.Fsum residual = new MathAlgorithms.Fsum();
        for (int i = 0; i < n; i++) {
            double x = v[i] * scale;
            double sq = x * x;
            residual.add(sq);
            residual.add(Math.fma(x, x, -sq));
        }
        residual.add(-hSq);
        residual.add(-hErr);
        h += residual.result() / (2.0 * h);
        return h / scale;
    }

    @Builtin(name = "hypot", minNumOfPositionalArgs = 0, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class HypotNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object hypot(Object[] args) {
            Object[] coords = ((PTuple) args[0]).getArray();
            double[] v = new double[coords.length];
            double max = 0;
            boolean nan = false;
            for (int i = 0; i < coords.length; i++) {
                double x = Math.abs(asDouble(this, coords[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) {
                    max = x;
                }
            }
            return vectorNorm(v, v.length, max, nan);
        }
    }

    @Builtin(name = "dist", minNumOfPositionalArgs = 2, parameterNames = {"$p", "$q"})
    @GenerateNodeFactory
    abstract static class DistNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object dist(Object p, Object q) {
            Object[] ps = sequence(this, p);
            Object[] qs = sequence(this, q);
            if (ps.length != qs.length) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "both points must have the same number of dimensions");
            }
            double[] v = new double[ps.length];
            double max = 0;
            boolean nan = false;
            for (int i = 0; i < ps.length; i++) {
                double x = Math.abs(asDouble(this, ps[i]) - asDouble(this, qs[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) {
                    max = x;
                }
            }
            return vectorNorm(v, v.length, max, nan);
        }
    }

    static Object[] sequence(PythonBuiltinBaseNode node, Object o) {
        if (o instanceof PTuple t) {
            return t.getArray();
        }
        Object it = PyObjectGetIterNode.getIter(o);
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        for (;;) {
            try {
                items.add(PyIterNextNode.next(it));
            } catch (PException e) {
                if (e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                    return items.toArray();
                }
                throw e;
            }
        }
    }

    @Builtin(name = "sumprod", minNumOfPositionalArgs = 2, parameterNames = {"$p", "$q"})
    @GenerateNodeFactory
    abstract static class SumProdNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object sumprod(Object p, Object q) {
            Object[] ps = sequence(this, p);
            Object[] qs = sequence(this, q);
            if (ps.length != qs.length) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "Inputs are not the same length");
            }
            boolean allFloat = true;
            for (int i = 0; i < ps.length; i++) {
                allFloat &= ps[i] instanceof Double && qs[i] instanceof Double;
            }
            if (allFloat && ps.length > 0) {
                MathAlgorithms.Fsum sum = new MathAlgorithms.Fsum();
                try {
                    for (int i = 0; i < ps.length; i++) {
                        double a = (Double) ps[i];
                        double b = (Double) qs[i];
                        double prod = a * b;
                        sum.add(prod);
                        if (Double.isFinite(prod)) {
                            sum.add(Math.fma(a, b, -prod));
                        }
                    }
                    return sum.result();
                } catch (MathError e) {
                    throw mathError(this, e);
                }
            }
            Object total = 0L;
            for (int i = 0; i < ps.length; i++) {
                Object prod = PyNumberBinaryOpNode.binaryOp(this, BinaryOp.MUL, false, ps[i], qs[i]);
                total = PyNumberBinaryOpNode.binaryOp(this, BinaryOp.ADD, false, total, prod);
            }
            return total;
        }
    }

    @Builtin(name = "prod", minNumOfPositionalArgs = 1, parameterNames = {"$iterable"}, keywordOnlyNames = {"start"})
    @GenerateNodeFactory
    abstract static class ProdNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object prod(Object iterable, Object start) {
            Object result = start == PNone.NO_VALUE ? (Object) 1L : start;
            Object it = PyObjectGetIterNode.getIter(iterable);
            for (;;) {
                Object item;
                try {
                    item = PyIterNextNode.next(it);
                } catch (PException e) {
                    if (e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                        return result;
                    }
                    throw e;
                }
                result = PyNumberBinaryOpNode.binaryOp(this, BinaryOp.MUL, false, result, item);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // integer functions

    @Builtin(name = "gcd", minNumOfPositionalArgs = 0, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class GcdNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object gcd(Object[] args) {
            BigInteger g = BigInteger.ZERO;
            for (Object a : ((PTuple) args[0]).getArray()) {
                g = g.gcd(asBigInteger(a));
            }
            return toPythonInt(g);
        }
    }

    @Builtin(name = "lcm", minNumOfPositionalArgs = 0, takesVarArgs = true)
    @GenerateNodeFactory
    abstract static class LcmNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object lcm(Object[] args) {
            Object[] items = ((PTuple) args[0]).getArray();
            BigInteger l = BigInteger.ONE;
            for (Object a : items) {
                BigInteger v = asBigInteger(a);
                if (v.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(v)).multiply(v).abs();
            }
            return toPythonInt(l);
        }
    }

    @Builtin(name = "isqrt", minNumOfPositionalArgs = 1, parameterNames = {"$n"})
    @GenerateNodeFactory
    abstract static class IsqrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object isqrt(Object n) {
            try {
                return toPythonInt(MathAlgorithms.isqrt(asBigInteger(n)));
            } catch (MathError e) {
                throw mathError(this, e);
            }
        }
    }

    @Builtin(name = "factorial", minNumOfPositionalArgs = 1, parameterNames = {"$n"})
    @GenerateNodeFactory
    abstract static class FactorialNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object factorial(Object n) {
            if (n instanceof Double) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'float' object cannot be interpreted as an integer");
            }
            BigInteger v = asBigInteger(n);
            if (v.signum() < 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "factorial() not defined for negative values");
            }
            if (v.bitLength() > 63) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            return toPythonInt(MathAlgorithms.factorial(v.longValue()));
        }
    }

    @Builtin(name = "comb", minNumOfPositionalArgs = 2, parameterNames = {"$n", "$k"})
    @GenerateNodeFactory
    abstract static class CombNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object comb(Object n, Object k) {
            try {
                return toPythonInt(MathAlgorithms.comb(asBigInteger(n), asBigInteger(k)));
            } catch (MathError e) {
                throw mathError(this, e);
            }
        }
    }

    @Builtin(name = "perm", minNumOfPositionalArgs = 1, parameterNames = {"$n", "$k"})
    @GenerateNodeFactory
    abstract static class PermNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object perm(Object n, Object k) {
            try {
                BigInteger nn = asBigInteger(n);
                if (k == PNone.NO_VALUE || k == PNone.NONE) {
                    if (nn.signum() < 0) {
                        throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "n must be a non-negative integer");
                    }
                    if (nn.bitLength() > 63) {
                        throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "n must not exceed %d", Long.MAX_VALUE);
                    }
                    return toPythonInt(MathAlgorithms.factorial(nn.longValue()));
                }
                return toPythonInt(MathAlgorithms.perm(nn, asBigInteger(k)));
            } catch (MathError e) {
                throw mathError(this, e);
            }
        }
    }
}
