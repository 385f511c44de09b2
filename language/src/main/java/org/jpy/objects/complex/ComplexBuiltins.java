package org.jpy.objects.complex;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.NumberArithmetic;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.floats.FloatBuiltins;
import org.jpy.objects.floats.FloatMath;
import org.jpy.objects.ints.PyInts;
import org.jpy.objects.str.PyStrs;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.Raise;

/**
 * The methods of {@code complex} ({@code Objects/complexobject.c}): C99-style arithmetic with CPython's division and
 * power algorithms, repr/format, hash, and the constructor's string parsing.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PComplex)
public final class ComplexBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ComplexBuiltinsFactory.getFactories();
    }

    /** {real, imag} of a complex, float or int operand, else null. */
    static double[] parts(Node node, Object o) {
        if (o instanceof PComplex c) {
            return new double[]{c.getReal(), c.getImag()};
        }
        Double d = FloatBuiltins.asFloat(o);
        if (d != null) {
            return new double[]{d, 0};
        }
        Object i = PyInts.asInt(o);
        if (i != null) {
            return new double[]{NumberArithmetic.toDouble(node, i), 0};
        }
        return null;
    }

    @TruffleBoundary
    static Object arith(Node node, char op, Object self, Object other, boolean reflected) {
        double[] a = parts(node, self);
        double[] b = parts(node, other);
        if (a == null || b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        if (reflected) {
            double[] t = a;
            a = b;
            b = t;
        }
        switch (op) {
            case '+':
                return new PComplex(a[0] + b[0], a[1] + b[1]);
            case '-':
                return new PComplex(a[0] - b[0], a[1] - b[1]);
            case '*':
                return new PComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
            case '/':
                return divide(node, a[0], a[1], b[0], b[1]);
            default:
                return pow(node, a[0], a[1], b[0], b[1]);
        }
    }

    /** CPython's _Py_c_quot (Smith's algorithm). */
    static PComplex divide(Node node, double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "complex division by zero");
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PComplex(Double.NaN, Double.NaN);
    }

    static PComplex pow(Node node, double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) {
            return new PComplex(1, 0);
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.ZeroDivisionError, "0.0 to a negative or complex power");
            }
            return new PComplex(0, 0);
        }
        if (bi == 0 && br == Math.rint(br) && Math.abs(br) <= 100) {
            // integer powers by repeated multiplication, as CPython's c_powi
            int n = (int) br;
            double rr = 1;
            double ri = 0;
            double xr = ar;
            double xi = ai;
            int e = Math.abs(n);
            while (e > 0) {
                if ((e & 1) != 0) {
                    double t = rr * xr - ri * xi;
                    ri = rr * xi + ri * xr;
                    rr = t;
                }
                double t = xr * xr - xi * xi;
                xi = 2 * xr * xi;
                xr = t;
                e >>= 1;
            }
            if (n < 0) {
                return divide(node, 1, 0, rr, ri);
            }
            return new PComplex(rr, ri);
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        PComplex r = new PComplex(len * Math.cos(phase), len * Math.sin(phase));
        if (Double.isInfinite(r.getReal()) || Double.isInfinite(r.getImag())) {
            throw PRaise.raise(node, PythonBuiltinClassType.OverflowError, "complex exponentiation");
        }
        return r;
    }

    static PComplex self(Node node, Object o) {
        if (o instanceof PComplex c) {
            return c;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'complex' object but received a '%T'", o);
    }

    @TruffleBoundary
    static double[] parseComplex(Node node, String s) {
        String t = s.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        RuntimeException bad = PRaise.raise(node, PythonBuiltinClassType.ValueError, "complex() arg is a malformed string");
        if (t.isEmpty()) {
            throw bad;
        }
        double[] out = new double[1];
        if (t.endsWith("j") || t.endsWith("J")) {
            String body = t.substring(0, t.length() - 1);
            // find the split between real and imaginary parts: last sign not after an 'e'
            int split = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char c = body.charAt(i);
                if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                    split = i;
                    break;
                }
            }
            String re = split < 0 ? "" : body.substring(0, split);
            String im = split < 0 ? body : body.substring(split);
            double imag;
            if (im.isEmpty() || im.equals("+")) {
                imag = 1;
            } else if (im.equals("-")) {
                imag = -1;
            } else if (FloatMath.tryParse(im, out) && !im.contains(" ")) {
                imag = out[0];
            } else {
                throw bad;
            }
            double real = 0;
            if (!re.isEmpty()) {
                if (!FloatMath.tryParse(re, out) || re.contains(" ")) {
                    throw bad;
                }
                real = out[0];
            }
            return new double[]{real, imag};
        }
        if (!FloatMath.tryParse(t, out) || t.contains(" ")) {
            throw bad;
        }
        return new double[]{out[0], 0};
    }

    @TruffleBoundary
    static double[] toComplex(Node node, Object o, boolean isFirst) {
        if (o instanceof PComplex c) {
            return new double[]{c.getReal(), c.getImag()};
        }
        PythonClass type = GetClassNode.getPythonClassUncached(o);
        Object m = type.lookup("__complex__");
        if (m != PNone.NO_VALUE && m != PNone.NONE) {
            Object r = CallFunctionNode.callMethodUncached(m, o, new Object[0]);
            if (r instanceof PComplex c) {
                return new double[]{c.getReal(), c.getImag()};
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__complex__ returned non-complex (type %T)", r);
        }
        double[] p = parts(node, o);
        if (p != null) {
            return p;
        }
        if (type.lookup("__float__") != PNone.NO_VALUE || type.lookup("__index__") != PNone.NO_VALUE) {
            return new double[]{FloatBuiltins.floatFromObject(node, o), 0};
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, isFirst ? "complex() first argument must be a string or a number, not '%s'" : "complex() second argument must be a number, not '%s'",
                        type.getName());
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls", "real", "imag"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object real, Object imag) {
            double re = 0;
            double im = 0;
            boolean realIsComplex = false;
            if (real != PNone.NO_VALUE) {
                String s = PyStrs.asStr(real);
                if (s != null) {
                    if (imag != PNone.NO_VALUE) {
                        throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "complex() can't take second arg if first is a string");
                    }
                    double[] p = parseComplex(this, s);
                    re = p[0];
                    im = p[1];
                } else {
                    realIsComplex = real instanceof PComplex || GetClassNode.getPythonClassUncached(real).lookup("__complex__") != PNone.NO_VALUE;
                    double[] p = toComplex(this, real, true);
                    re = p[0];
                    im = p[1];
                }
            }
            if (imag != PNone.NO_VALUE) {
                if (PyStrs.asStr(imag) != null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "complex() second arg can't be a string");
                }
                boolean imagIsComplex = imag instanceof PComplex;
                double[] p = toComplex(this, imag, false);
                if (imagIsComplex) {
                    re -= p[1];
                }
                im = realIsComplex ? p[0] + im : p[0];
            }
            if (cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PComplex) {
                return new PComplex(re, im);
            }
            return new PComplex(cls, re, im);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            PComplex c = self(this, self);
            return ComplexFormatter.repr(c.getReal(), c.getImag());
        }
    }

    @Builtin(name = "__format__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object spec) {
            PComplex c = self(this, self);
            String s = PyStrs.asStr(spec);
            if (s == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "format() argument 2 must be str, not %T", spec);
            }
            try {
                return ComplexFormatter.format(c.getReal(), c.getImag(), s);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object self) {
            PComplex c = self(this, self);
            return FloatMath.hashComplex(c.getReal(), c.getImag());
        }
    }

    @Builtin(name = "real", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class RealNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object self, @SuppressWarnings("unused") Object v) {
            return self(this, self).getReal();
        }
    }

    @Builtin(name = "imag", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class ImagNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object self, @SuppressWarnings("unused") Object v) {
            return self(this, self).getImag();
        }
    }

    @Builtin(name = "conjugate", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            PComplex c = self(this, self);
            return new PComplex(c.getReal(), -c.getImag());
        }
    }

    @Builtin(name = "__abs__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            PComplex c = self(this, self);
            double r = Math.hypot(c.getReal(), c.getImag());
            if (Double.isInfinite(r) && !Double.isInfinite(c.getReal()) && !Double.isInfinite(c.getImag())) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "absolute value too large");
            }
            return r;
        }
    }

    @Builtin(name = "__neg__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            PComplex c = self(this, self);
            return new PComplex(-c.getReal(), -c.getImag());
        }
    }

    @Builtin(name = "__pos__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class PosNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            PComplex c = self(this, self);
            return new PComplex(c.getReal(), c.getImag());
        }
    }

    @Builtin(name = "__bool__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object self) {
            PComplex c = self(this, self);
            return c.getReal() != 0 || c.getImag() != 0;
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return eq(this, self, other);
        }
    }

    @TruffleBoundary
    static Object eq(Node node, Object self, Object other) {
        {
            PComplex c = self(node, self);
            if (other instanceof PComplex o) {
                return c.getReal() == o.getReal() && c.getImag() == o.getImag();
            }
            Object i = PyInts.asInt(other);
            Double d = FloatBuiltins.asFloat(other);
            if (i == null && d == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            if (c.getImag() != 0) {
                return false;
            }
            return org.jpy.nodes.pyobject.NumericCompare.compare(c.getReal(), i != null ? i : d, org.jpy.nodes.pyobject.RichCmpOp.EQ);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            Object r = eq(this, self, other);
            return r instanceof Boolean b ? !b : r;
        }
    }

    @Builtin(name = "__getnewargs__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            PComplex c = self(this, self);
            return new PTuple(new Object[]{c.getReal(), c.getImag()});
        }
    }

    @Builtin(name = "__add__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, '+', self, other, false);
        }
    }

    @Builtin(name = "__radd__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, '+', self, other, true);
        }
    }

    @Builtin(name = "__sub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, '-', self, other, false);
        }
    }

    @Builtin(name = "__rsub__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RSubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, '-', self, other, true);
        }
    }

    @Builtin(name = "__mul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, '*', self, other, false);
        }
    }

    @Builtin(name = "__rmul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, '*', self, other, true);
        }
    }

    @Builtin(name = "__truediv__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class TruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, '/', self, other, false);
        }
    }

    @Builtin(name = "__rtruediv__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RTruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return arith(this, '/', self, other, true);
        }
    }

    @Builtin(name = "__pow__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value", "$mod"})
    @GenerateNodeFactory
    abstract static class PowNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other, Object mod) {
            if (mod != PNone.NO_VALUE && mod != PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "complex modulo");
            }
            return arith(this, 'p', self, other, false);
        }
    }

    @Builtin(name = "__rpow__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value", "$mod"})
    @GenerateNodeFactory
    abstract static class RPowNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other, Object mod) {
            if (mod != PNone.NO_VALUE && mod != PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "complex modulo");
            }
            return arith(this, 'p', self, other, true);
        }
    }

}
