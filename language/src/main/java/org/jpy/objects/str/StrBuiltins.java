package org.jpy.objects.str;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonQuaternaryBuiltinNode;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectGetItemNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.BytesConstruct;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.iterator.PStrIterator;
import org.jpy.objects.list.PList;
import org.jpy.objects.slice.PSlice;
import org.jpy.objects.slice.SliceIndices;
import org.jpy.objects.slice.SliceMath;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PyHash;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.PercentFormatter;
import org.jpy.runtime.formatting.PyFormatHooks;
import org.jpy.runtime.formatting.Raise;
import org.jpy.runtime.formatting.StrFormatter;
import org.jpy.runtime.formatting.StrRepr;
import org.jpy.runtime.formatting.StringFormatter;

/**
 * The methods of {@code str} ({@code Objects/unicodeobject.c}) over {@link String} receivers (or str-subclass instances),
 * with code-point semantics from {@link StrMethods}. Comparisons order by code point, not UTF-16 unit.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PString)
public final class StrBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return StrBuiltinsFactory.getFactories();
    }

    static String self(Node node, Object self) {
        String s = PyStrs.asStr(self);
        if (s == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'str' object but received a '%T'", self);
        }
        return s;
    }

    /** Code point order (UTF-16 order differs for supplementary characters vs. U+E000..U+FFFF). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    static long maxsplit(Node node, Object o) {
        return o == PNone.NO_VALUE ? -1 : PyNumberIndexNode.asSize(node, o, PythonBuiltinClassType.OverflowError);
    }

    static PList strList(List<String> items) {
        return new PList(items.toArray());
    }

    /** {@code str(object)} / {@code str(bytes, encoding, errors)}. */
    @TruffleBoundary
    static String strNew(Node node, Object object, Object encoding, Object errors) {
        if (object == PNone.NO_VALUE) {
            return "";
        }
        if (encoding == PNone.NO_VALUE && errors == PNone.NO_VALUE) {
            return PyObjectStrNode.str(object);
        }
        byte[] b = BytesConstruct.bufferOf(object);
        if (b == null) {
            if (object instanceof String) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "decoding str is not supported");
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "decoding to str: need a bytes-like object, %T found", object);
        }
        String enc = encoding == PNone.NO_VALUE ? "utf-8" : PyStrs.arg(node, encoding, "str() argument 'encoding'");
        String err = errors == PNone.NO_VALUE ? "strict" : PyStrs.arg(node, errors, "str() argument 'errors'");
        return Codecs.decode(node, b, b.length, enc, err, object);
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls", "object", "encoding", "errors"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, Object object, Object encoding, Object errors) {
            return PyStrs.wrap(cls, strNew(this, object, encoding, errors));
        }
    }

    @Builtin(name = "islower", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IslowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            String s = self(this, self);
            return StrMethods.isLower(s);
        }
    }

    @Builtin(name = "isupper", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsupperNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            String s = self(this, self);
            return StrMethods.isUpper(s);
        }
    }

    @Builtin(name = "istitle", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IstitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            String s = self(this, self);
            return StrMethods.isTitle(s);
        }
    }

    @Builtin(name = "isascii", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsasciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            String s = self(this, self);
            return StrMethods.isAscii(s);
        }
    }

    @Builtin(name = "isprintable", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsprintableNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            String s = self(this, self);
            return StrMethods.isPrintable(s);
        }
    }

    @Builtin(name = "isidentifier", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsidentifierNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            String s = self(this, self);
            return StrMethods.isIdentifier(s);
        }
    }

    @Builtin(name = "lower", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return StrMethods.lower(s);
        }
    }

    @Builtin(name = "upper", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class UpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return StrMethods.upper(s);
        }
    }

    @Builtin(name = "capitalize", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CapitalizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return StrMethods.capitalize(s);
        }
    }

    @Builtin(name = "title", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class TitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return StrMethods.title(s);
        }
    }

    @Builtin(name = "swapcase", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class SwapcaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return StrMethods.swapcase(s);
        }
    }

    @Builtin(name = "casefold", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CasefoldNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return StrMethods.casefold(s);
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return s;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return StrRepr.repr(s);
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        long doIt(Object self) {
            String s = self(this, self);
            return (long) StrMethods.length(s);
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        long doIt(Object self) {
            String s = self(this, self);
            return PyHash.hashString(s);
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return new PStrIterator(s);
        }
    }

    @Builtin(name = "__getnewargs__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class GetnewargsNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = self(this, self);
            return new PTuple(new Object[]{s});
        }
    }

    @Builtin(name = "__sizeof__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class SizeofNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        long doIt(Object self) {
            String s = self(this, self);
            return (long) (49 + s.length() * (StrMethods.isAscii(s) ? 1 : 2));
        }
    }
    @Builtin(name = "isalpha", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsalphaNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            return StrMethods.all(self(this, self), UnicodeProps::isAlpha);
        }
    }

    @Builtin(name = "isalnum", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsalnumNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            return StrMethods.all(self(this, self), UnicodeProps::isAlnum);
        }
    }

    @Builtin(name = "isdecimal", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsdecimalNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            return StrMethods.all(self(this, self), UnicodeProps::isDecimal);
        }
    }

    @Builtin(name = "isdigit", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsdigitNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            return StrMethods.all(self(this, self), UnicodeProps::isDigit);
        }
    }

    @Builtin(name = "isnumeric", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsnumericNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            return StrMethods.all(self(this, self), UnicodeProps::isNumeric);
        }
    }

    @Builtin(name = "isspace", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsspaceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self) {
            return StrMethods.all(self(this, self), UnicodeProps::isSpace);
        }
    }
    /** Slow path of the six comparisons (str subclasses, non-str operands): code-point order or NotImplemented. */
    static Object richCompare(Node node, RichCmpOp op, Object self, Object other) {
        String b = PyStrs.asStr(other);
        if (b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        return op.test(compareCodePoints(self(node, self), b));
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doStr(String self, String other) {
            return RichCmpOp.EQ.test(compareCodePoints(self, other));
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doStr(String self, String other) {
            return RichCmpOp.NE.test(compareCodePoints(self, other));
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doStr(String self, String other) {
            return RichCmpOp.LT.test(compareCodePoints(self, other));
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.LT, self, other);
        }
    }

    @Builtin(name = "__le__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doStr(String self, String other) {
            return RichCmpOp.LE.test(compareCodePoints(self, other));
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doStr(String self, String other) {
            return RichCmpOp.GT.test(compareCodePoints(self, other));
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doStr(String self, String other) {
            return RichCmpOp.GE.test(compareCodePoints(self, other));
        }

        @Fallback
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.GE, self, other);
        }
    }
    @Builtin(name = "find", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "$start", "$end"})
    @GenerateNodeFactory
    abstract static class FindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            String s = self(this, self);
            String t = PyStrs.asStr(sub);
            if (t == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "must be str, not %T", sub);
            }
            long r = StrMethods.find(s, t, SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
            
            return r;
        }
    }

    @Builtin(name = "rfind", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "$start", "$end"})
    @GenerateNodeFactory
    abstract static class RfindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            String s = self(this, self);
            String t = PyStrs.asStr(sub);
            if (t == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "must be str, not %T", sub);
            }
            long r = StrMethods.rfind(s, t, SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
            
            return r;
        }
    }

    @Builtin(name = "index", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "$start", "$end"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            String s = self(this, self);
            String t = PyStrs.asStr(sub);
            if (t == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "must be str, not %T", sub);
            }
            long r = StrMethods.find(s, t, SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
            if (r < 0) { throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "substring not found"); }
            return r;
        }
    }

    @Builtin(name = "rindex", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "$start", "$end"})
    @GenerateNodeFactory
    abstract static class RindexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            String s = self(this, self);
            String t = PyStrs.asStr(sub);
            if (t == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "must be str, not %T", sub);
            }
            long r = StrMethods.rfind(s, t, SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
            if (r < 0) { throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "substring not found"); }
            return r;
        }
    }

    @Builtin(name = "__format__", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$format_spec"})
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object spec) {
            String s = self(this, self);
            String f = PyStrs.asStr(spec);
            if (f == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "format() argument 2 must be str, not %T", spec);
            }
            try {
                return StringFormatter.format(s, f);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "__getitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization(guards = "isBmp(self)")
        Object doBmp(String self, long index) {
            long i = index < 0 ? index + self.length() : index;
            if (i < 0 || i >= self.length()) {
                throw PRaise.raise(this, PythonBuiltinClassType.IndexError, "string index out of range");
            }
            return String.valueOf(self.charAt((int) i));
        }

        static boolean isBmp(String s) {
            return StrMethods.isBmpOnly(s);
        }

        @Fallback
        @TruffleBoundary
        Object doIt(Object self, Object key) {
            String s = self(this, self);
            int len = StrMethods.length(s);
            if (key instanceof PSlice slice) {
                SliceMath.Bounds b = SliceIndices.adjust(this, slice, len);
                if (b.step() == 1 && b.length() == len) {
                    return s;
                }
                return StrMethods.slice(s, b.start(), (int) Math.max(Math.min(b.step(), Integer.MAX_VALUE), Integer.MIN_VALUE + 1), b.length());
            }
            int i = SliceIndices.index(this, key, len, "string index out of range", "string indices must be integers, not '%s'");
            return StrMethods.charAt(s, i);
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doStr(String self, String other) {
            return self.contains(other);
        }

        @Fallback
        @TruffleBoundary
        boolean doIt(Object self, Object other) {
            String s = self(this, self);
            String t = PyStrs.asStr(other);
            if (t == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'in <string>' requires string as left operand, not %T", other);
            }
            return s.contains(t);
        }
    }

    @Builtin(name = "__add__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static String doStr(String self, String other) {
            return self.concat(other);
        }

        @Fallback
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            String s = self(this, self);
            String t = PyStrs.asStr(other);
            if (t == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "can only concatenate str (not \"%s\") to str", GetClassNode.getPythonClassUncached(other).getName());
            }
            return s.concat(t);
        }
    }

    @Builtin(name = "__mul__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__rmul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object times) {
            String s = self(this, self);
            Object m = GetClassNode.getPythonClassUncached(times).lookup("__index__");
            if (!(times instanceof Long) && !(times instanceof Boolean) && (m == PNone.NO_VALUE || m == PNone.NONE)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            long n = PyNumberIndexNode.asSize(this, times, PythonBuiltinClassType.OverflowError);
            if (n <= 0 || s.isEmpty()) {
                return "";
            }
            if ((long) s.length() * n > Integer.MAX_VALUE - 16) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "repeated string is too long");
            }
            return s.repeat((int) n);
        }
    }

    @Builtin(name = "__mod__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object args) {
            String s = self(this, self);
            try {
                return PercentFormatter.format(PyFormatHooks.INSTANCE, s, args);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "__rmod__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class RModNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "format", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    abstract static class StrFormatNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object args, Object kwargs) {
            String s = self(this, self);
            try {
                return StrFormatter.format(PyFormatHooks.INSTANCE, s, ((PTuple) args).getArray(), kwargs);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "format_map", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$mapping"})
    @GenerateNodeFactory
    abstract static class FormatMapNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object mapping) {
            String s = self(this, self);
            try {
                return StrFormatter.format(PyFormatHooks.INSTANCE, s, new Object[0], mapping);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "join", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$iterable"})
    @GenerateNodeFactory
    abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object iterable) {
            String sep = self(this, self);
            Object[] items;
            if (iterable instanceof PList l) {
                items = l.toArray();
            } else if (iterable instanceof PTuple t) {
                items = t.getArray();
            } else {
                List<Object> acc = new ArrayList<>();
                Object it = PyObjectGetIterNode.getIter(iterable);
                while (true) {
                    Object v = PyIterNextNode.next(it);
                    if (v == PNone.NO_VALUE) {
                        break;
                    }
                    acc.add(v);
                }
                items = acc.toArray();
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                String s = PyStrs.asStr(items[i]);
                if (s == null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "sequence item %d: expected str instance, %T found", i, items[i]);
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(s);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "split", minNumOfPositionalArgs = 1, parameterNames = {"$self", "sep", "maxsplit"})
    @GenerateNodeFactory
    abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep, Object maxsplit) {
            return split(this, self, sep, maxsplit, false);
        }
    }

    @Builtin(name = "rsplit", minNumOfPositionalArgs = 1, parameterNames = {"$self", "sep", "maxsplit"})
    @GenerateNodeFactory
    abstract static class RSplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep, Object maxsplit) {
            return split(this, self, sep, maxsplit, true);
        }
    }

    static PList split(Node node, Object self, Object sep, Object maxsplit, boolean right) {
        String s = self(node, self);
        long max = maxsplit(node, maxsplit);
        if (sep == PNone.NO_VALUE || sep == PNone.NONE) {
            return strList(right ? StrMethods.rsplitWhitespace(s, max) : StrMethods.splitWhitespace(s, max));
        }
        String t = PyStrs.asStr(sep);
        if (t == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "must be str or None, not %T", sep);
        }
        if (t.isEmpty()) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "empty separator");
        }
        return strList(right ? StrMethods.rsplit(s, t, max) : StrMethods.split(s, t, max));
    }

    @Builtin(name = "splitlines", minNumOfPositionalArgs = 1, parameterNames = {"$self", "keepends"})
    @GenerateNodeFactory
    abstract static class SplitLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object keepends) {
            String s = self(this, self);
            boolean keep = keepends != PNone.NO_VALUE && org.jpy.nodes.pyobject.PyObjectIsTrueNode.isTrue(keepends);
            return strList(StrMethods.splitlines(s, keep));
        }
    }

    @Builtin(name = "strip", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$chars"})
    @GenerateNodeFactory
    abstract static class StripNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object chars) {
            return strip(this, self, chars, 0, "strip");
        }
    }

    @Builtin(name = "lstrip", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$chars"})
    @GenerateNodeFactory
    abstract static class LStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object chars) {
            return strip(this, self, chars, 1, "lstrip");
        }
    }

    @Builtin(name = "rstrip", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$chars"})
    @GenerateNodeFactory
    abstract static class RStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object chars) {
            return strip(this, self, chars, 2, "rstrip");
        }
    }

    static String strip(Node node, Object self, Object chars, int mode, String name) {
        String s = self(node, self);
        String c = null;
        if (chars != PNone.NO_VALUE && chars != PNone.NONE) {
            c = PyStrs.asStr(chars);
            if (c == null) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s arg must be None or str", name);
            }
        }
        return StrMethods.strip(s, c, mode);
    }

    @Builtin(name = "partition", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sep"})
    @GenerateNodeFactory
    abstract static class PartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep) {
            return partition(this, self, sep, false);
        }
    }

    @Builtin(name = "rpartition", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sep"})
    @GenerateNodeFactory
    abstract static class RPartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep) {
            return partition(this, self, sep, true);
        }
    }

    static PTuple partition(Node node, Object self, Object sep, boolean right) {
        String s = self(node, self);
        String t = PyStrs.asStr(sep);
        if (t == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "must be str, not %T", sep);
        }
        if (t.isEmpty()) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "empty separator");
        }
        int i = right ? s.lastIndexOf(t) : s.indexOf(t);
        if (i < 0) {
            return right ? new PTuple(new Object[]{"", "", s}) : new PTuple(new Object[]{s, "", ""});
        }
        return new PTuple(new Object[]{s.substring(0, i), t, s.substring(i + t.length())});
    }

    @Builtin(name = "count", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "$start", "$end"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            String s = self(this, self);
            String t = PyStrs.asStr(sub);
            if (t == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "must be str, not %T", sub);
            }
            return StrMethods.count(s, t, SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
        }
    }

    @Builtin(name = "startswith", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$prefix", "$start", "$end"})
    @GenerateNodeFactory
    abstract static class StartsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object prefix, Object start, Object end) {
            return startsWith(this, self, prefix, start, end, false);
        }
    }

    @Builtin(name = "endswith", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$suffix", "$start", "$end"})
    @GenerateNodeFactory
    abstract static class EndsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object suffix, Object start, Object end) {
            return startsWith(this, self, suffix, start, end, true);
        }
    }

    static boolean startsWith(Node node, Object self, Object prefix, Object start, Object end, boolean atEnd) {
        String s = self(node, self);
        long st = SliceIndices.startArg(node, start);
        long en = SliceIndices.endArg(node, end);
        if (prefix instanceof PTuple t) {
            for (Object p : t.getArray()) {
                String ps = PyStrs.asStr(p);
                if (ps == null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "tuple for %s must only contain str, not %T", atEnd ? "endswith" : "startswith", p);
                }
                if (StrMethods.startsWith(s, ps, st, en, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        String ps = PyStrs.asStr(prefix);
        if (ps == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s first arg must be str or a tuple of str, not %T", atEnd ? "endswith" : "startswith", prefix);
        }
        return StrMethods.startsWith(s, ps, st, en, atEnd);
    }

    @Builtin(name = "replace", minNumOfPositionalArgs = 3, parameterNames = {"$self", "$old", "$new", "$count"})
    @GenerateNodeFactory
    abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object old, Object replacement, Object count) {
            String s = self(this, self);
            String o = PyStrs.arg(this, old, "replace() argument 1");
            String n = PyStrs.arg(this, replacement, "replace() argument 2");
            long c = count == PNone.NO_VALUE ? -1 : PyNumberIndexNode.asSize(this, count, PythonBuiltinClassType.OverflowError);
            return StrMethods.replace(s, o, n, c);
        }
    }

    @Builtin(name = "expandtabs", minNumOfPositionalArgs = 1, parameterNames = {"$self", "tabsize"})
    @GenerateNodeFactory
    abstract static class ExpandTabsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object tabsize) {
            String s = self(this, self);
            long t = tabsize == PNone.NO_VALUE ? 8 : PyNumberIndexNode.asSize(this, tabsize, PythonBuiltinClassType.OverflowError);
            try {
                return StrMethods.expandtabs(s, t);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
        }
    }

    @Builtin(name = "center", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$width", "$fillchar"})
    @GenerateNodeFactory
    abstract static class CenterNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object width, Object fill) {
            return pad(this, self, width, fill, '^', "center");
        }
    }

    @Builtin(name = "ljust", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$width", "$fillchar"})
    @GenerateNodeFactory
    abstract static class LJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object width, Object fill) {
            return pad(this, self, width, fill, '<', "ljust");
        }
    }

    @Builtin(name = "rjust", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$width", "$fillchar"})
    @GenerateNodeFactory
    abstract static class RJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object width, Object fill) {
            return pad(this, self, width, fill, '>', "rjust");
        }
    }

    static String pad(Node node, Object self, Object width, Object fill, char align, String name) {
        String s = self(node, self);
        long w = PyNumberIndexNode.asSize(node, width, PythonBuiltinClassType.OverflowError);
        int f = ' ';
        if (fill != PNone.NO_VALUE) {
            String fs = PyStrs.asStr(fill);
            if (fs == null) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() argument 2 must be str, not %T", name, fill);
            }
            if (fs.codePointCount(0, fs.length()) != 1) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "The fill character must be exactly one character long");
            }
            f = fs.codePointAt(0);
        }
        return StrMethods.pad(s, w, f, align);
    }

    @Builtin(name = "zfill", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$width"})
    @GenerateNodeFactory
    abstract static class ZFillNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object width) {
            return StrMethods.zfill(self(this, self), PyNumberIndexNode.asSize(this, width, PythonBuiltinClassType.OverflowError));
        }
    }

    @Builtin(name = "removeprefix", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$prefix"})
    @GenerateNodeFactory
    abstract static class RemovePrefixNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object prefix) {
            String s = self(this, self);
            String p = PyStrs.arg(this, prefix, "removeprefix() argument");
            return s.startsWith(p) ? s.substring(p.length()) : s;
        }
    }

    @Builtin(name = "removesuffix", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$suffix"})
    @GenerateNodeFactory
    abstract static class RemoveSuffixNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object suffix) {
            String s = self(this, self);
            String p = PyStrs.arg(this, suffix, "removesuffix() argument");
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        }
    }

    @Builtin(name = "encode", minNumOfPositionalArgs = 1, parameterNames = {"$self", "encoding", "errors"})
    @GenerateNodeFactory
    abstract static class EncodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object encoding, Object errors) {
            String s = self(this, self);
            String enc = encoding == PNone.NO_VALUE ? "utf-8" : PyStrs.arg(this, encoding, "encode() argument 'encoding'");
            String err = errors == PNone.NO_VALUE ? "strict" : PyStrs.arg(this, errors, "encode() argument 'errors'");
            return new PBytes(Codecs.encode(this, s, enc, err));
        }
    }

    @Builtin(name = "translate", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$table"})
    @GenerateNodeFactory
    abstract static class TranslateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object table) {
            String s = self(this, self);
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                Object r;
                try {
                    r = PyObjectGetItemNode.getItem(table, (long) c);
                } catch (PException e) {
                    if (e.isInstanceOf(PythonBuiltinClassType.LookupError)) {
                        sb.appendCodePoint(c);
                        continue;
                    }
                    throw e;
                }
                if (r == PNone.NONE) {
                    continue;
                }
                String rs = PyStrs.asStr(r);
                if (rs != null) {
                    sb.append(rs);
                    continue;
                }
                Object ri = org.jpy.objects.ints.PyInts.asInt(r);
                if (ri instanceof Long l) {
                    if (l < 0 || l > 0x10ffff) {
                        throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint((int) (long) l);
                    continue;
                }
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "character mapping must return integer, None or str");
            }
            return sb.toString();
        }
    }

    @Builtin(name = "maketrans", minNumOfPositionalArgs = 1, parameterNames = {"$x", "$y", "$z"}, isStaticmethod = true)
    @GenerateNodeFactory
    abstract static class MakeTransNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object x, Object y, Object z) {
            PDict result = new PDict();
            if (y == PNone.NO_VALUE) {
                if (!(x instanceof PDict d)) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "if you give only one argument to maketrans it must be a dict");
                }
                for (Object k : d.keys()) {
                    Object v = d.getItem(k);
                    String ks = PyStrs.asStr(k);
                    if (ks != null) {
                        if (ks.codePointCount(0, ks.length()) != 1) {
                            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "string keys in translate table must be of length 1");
                        }
                        result.setItem((long) ks.codePointAt(0), v);
                    } else if (org.jpy.objects.ints.PyInts.asInt(k) != null) {
                        result.setItem(org.jpy.objects.ints.PyInts.asInt(k), v);
                    } else {
                        throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "keys in translate table must be strings or integers");
                    }
                }
                return result;
            }
            String xs = PyStrs.asStr(x);
            String ys = PyStrs.asStr(y);
            if (xs == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "first maketrans argument must be a string if there is a second argument");
            }
            if (ys == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "maketrans() argument 2 must be str, not %T", y);
            }
            int[] a = xs.codePoints().toArray();
            int[] b = ys.codePoints().toArray();
            if (a.length != b.length) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < a.length; i++) {
                result.setItem((long) a[i], (long) b[i]);
            }
            if (z != PNone.NO_VALUE) {
                String zs = PyStrs.asStr(z);
                if (zs == null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "maketrans() argument 3 must be str, not %T", z);
                }
                zs.codePoints().forEach(c -> result.setItem((long) c, PNone.NONE));
            }
            return result;
        }
    }
}
