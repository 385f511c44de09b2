package org.jpy.objects.bytes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.jpy.nodes.builtins.PythonQuaternaryBuiltinNode;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.iterator.PBytesIterator;
import org.jpy.objects.list.ListBuiltins;
import org.jpy.objects.list.PList;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.slice.PSlice;
import org.jpy.objects.slice.SliceIndices;
import org.jpy.objects.slice.SliceMath;
import org.jpy.objects.str.Codecs;
import org.jpy.objects.str.PyStrs;
import org.jpy.objects.str.StrMethods;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PyHash;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.PercentFormatter;
import org.jpy.runtime.formatting.PyFormatHooks;
import org.jpy.runtime.formatting.Raise;
import org.jpy.runtime.formatting.StrRepr;

/**
 * The methods {@code bytes} and {@code bytearray} share ({@code Objects/bytes_methods.c}, {@code bytesobject.c}): every
 * non-mutating method works on the receiver's bytes and returns the receiver's kind. Search/split/replace run the str
 * algorithms on the Latin-1 view (one char per byte); case and character classes are ASCII-only ({@link BytesMethods}).
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.PBytes, PythonBuiltinClassType.PByteArray})
public final class BytesBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return BytesBuiltinsFactory.getFactories();
    }

    /** The bytes of a bytes/bytearray receiver (a copy for bytearray only where mutation could interfere). */
    static byte[] data(Node node, Object self) {
        if (self instanceof PBytes b) {
            return b.getBytes();
        }
        if (self instanceof PByteArray b) {
            return b.toBytes();
        }
        if (self instanceof org.jpy.objects.PythonObject po && po.getBuiltinValue() instanceof PBytes b) {
            return b.getBytes();
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'bytes' object but received a '%T'", self);
    }

    static String l1(Node node, Object self) {
        return new String(data(node, self), StandardCharsets.ISO_8859_1);
    }

    /** A result of the receiver's kind (bytes for bytes and its subclasses, bytearray for bytearray). */
    static Object make(Object self, byte[] b) {
        return self instanceof PByteArray ? new PByteArray(b) : new PBytes(b);
    }

    static Object makeL1(Object self, String s) {
        return make(self, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A bytes-like argument as Latin-1 text ("a bytes-like object is required, not 'str'"). */
    static String argL1(Node node, Object o) {
        byte[] b = BytesConstruct.bufferOf(o);
        if (b == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "a bytes-like object is required, not '%s'", GetClassNode.getPythonClassUncached(o).getName());
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** A sub-sequence argument of find/count/...: bytes-like or an int in range(256). */
    static String subL1(Node node, Object o) {
        byte[] b = BytesConstruct.bufferOf(o);
        if (b != null) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (o instanceof Long || o instanceof Boolean || GetClassNode.getPythonClassUncached(o).lookup("__index__") != PNone.NO_VALUE) {
            Object v = PyNumberIndexNode.indexUncached(o);
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "byte must be in range(0, 256)");
            }
            return String.valueOf((char) (long) l);
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "argument should be integer or bytes-like object, not '%s'", GetClassNode.getPythonClassUncached(o).getName());
    }

    static PList listOf(Object self, List<String> parts) {
        Object[] r = new Object[parts.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = makeL1(self, parts.get(i));
        }
        return new PList(r);
    }

    @TruffleBoundary
    static byte[] construct(Node node, Object source, Object encoding, Object errors, boolean bytearray) {
        if (source == PNone.NO_VALUE) {
            if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, encoding != PNone.NO_VALUE ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        String s = PyStrs.asStr(source);
        if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
            if (s == null) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, encoding != PNone.NO_VALUE ? "encoding without a string argument" : "errors without a string argument");
            }
            String enc = encoding == PNone.NO_VALUE ? "utf-8" : PyStrs.arg(node, encoding, (bytearray ? "bytearray" : "bytes") + "() argument 'encoding'");
            String err = errors == PNone.NO_VALUE ? "strict" : PyStrs.arg(node, errors, (bytearray ? "bytearray" : "bytes") + "() argument 'errors'");
            return Codecs.encode(node, s, enc, err);
        }
        if (s != null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "string argument without an encoding");
        }
        return BytesConstruct.fromObject(node, source, bytearray);
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls", "source", "encoding", "errors"})
    @GenerateNodeFactory
    abstract static class NewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object source, Object encoding, Object errors) {
            boolean isByteArray = cls instanceof PythonClass pc && (pc.getBuiltinType() == PythonBuiltinClassType.PByteArray || pc.getBuiltinBase() == PythonBuiltinClassType.PByteArray);
            if (isByteArray) {
                return new PByteArray(cls, new byte[0], 0);
            }
            byte[] b = construct(this, source, encoding, errors, false);
            if (cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PBytes) {
                return new PBytes(b);
            }
            return new PBytes(cls, b);
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            byte[] b = data(this, self);
            String r = StrRepr.reprBytes(b, b.length, self instanceof PByteArray);
            if (self instanceof PByteArray) {
                return GetClassNode.getPythonClassUncached(self).getName() + "(" + r + ")";
            }
            return r;
        }
    }

    @Builtin(name = "__len__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doBytes(PBytes self) {
            return self.size();
        }

        @Specialization
        static long doByteArray(PByteArray self) {
            return self.size();
        }
    }

    @Builtin(name = "__iter__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return new PBytesIterator(self);
        }
    }

    @Builtin(name = "__hash__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            if (self instanceof PByteArray) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "unhashable type: 'bytearray'");
            }
            return PyHash.hashString(l1(this, self));
        }
    }

    @Builtin(name = "__getitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object key) {
            byte[] b = data(this, self);
            if (key instanceof PSlice slice) {
                SliceMath.Bounds bd = SliceIndices.adjust(this, slice, b.length);
                byte[] r = new byte[bd.length()];
                long j = bd.start();
                for (int k = 0; k < bd.length(); k++, j += bd.step()) {
                    r[k] = b[(int) j];
                }
                return make(self, r);
            }
            String what = self instanceof PByteArray ? "bytearray" : "index";
            int i = SliceIndices.index(this, key, b.length, self instanceof PByteArray ? "bytearray index out of range" : "index out of range",
                            self instanceof PByteArray ? "bytearray indices must be integers or slices, not %s" : "byte indices must be integers or slices, not %s");
            return (long) (b[i] & 0xff);
        }
    }

    @Builtin(name = "__contains__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object self, Object item) {
            if (PyStrs.asStr(item) != null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "a bytes-like object is required, not '%T'", item);
            }
            return l1(this, self).contains(subL1(this, item));
        }
    }

    @Builtin(name = "__add__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            byte[] b = BytesConstruct.bufferOf(other);
            if (b == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "can't concat %s to %s", GetClassNode.getPythonClassUncached(other).getName(),
                                GetClassNode.getPythonClassUncached(self).getName());
            }
            byte[] a = data(this, self);
            byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return make(self, r);
        }
    }

    @Builtin(name = "__mul__", minNumOfPositionalArgs = 2)
    @Builtin(name = "__rmul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object times) {
            Long n = ListBuiltins.repeatCount(this, times);
            if (n == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            String s = l1(this, self);
            if (n <= 0) {
                return make(self, new byte[0]);
            }
            if ((long) s.length() * n > Integer.MAX_VALUE - 16) {
                throw PRaise.raise(this, PythonBuiltinClassType.MemoryError);
            }
            return makeL1(self, s.repeat((int) (long) n));
        }
    }

    @Builtin(name = "__mod__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object args) {
            try {
                return makeL1(self, PercentFormatter.formatBytes(PyFormatHooks.INSTANCE, l1(this, self), args));
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

    @Builtin(name = "decode", minNumOfPositionalArgs = 1, parameterNames = {"$self", "encoding", "errors"})
    @GenerateNodeFactory
    abstract static class DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object encoding, Object errors) {
            byte[] b = data(this, self);
            String enc = encoding == PNone.NO_VALUE ? "utf-8" : PyStrs.arg(this, encoding, "decode() argument 'encoding'");
            String err = errors == PNone.NO_VALUE ? "strict" : PyStrs.arg(this, errors, "decode() argument 'errors'");
            return Codecs.decode(this, b, b.length, enc, err, self);
        }
    }

    @Builtin(name = "hex", minNumOfPositionalArgs = 1, parameterNames = {"$self", "sep", "bytes_per_sep"})
    @GenerateNodeFactory
    abstract static class HexNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep, Object perSep) {
            byte[] b = data(this, self);
            int s = -1;
            if (sep != PNone.NO_VALUE) {
                String t = PyStrs.asStr(sep);
                if (t == null) {
                    byte[] sb = BytesConstruct.bufferOf(sep);
                    if (sb == null) {
                        throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "sep must be str or bytes.");
                    }
                    t = new String(sb, StandardCharsets.ISO_8859_1);
                }
                try {
                    s = BytesMethods.hexSeparator(t);
                } catch (FormatError e) {
                    throw Raise.of(this, e);
                }
            }
            long per = perSep == PNone.NO_VALUE ? 1 : PyNumberIndexNode.asSize(this, perSep, PythonBuiltinClassType.OverflowError);
            return BytesMethods.hex(b, b.length, s, per);
        }
    }

    @Builtin(name = "fromhex", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "$string"}, isClassmethod = true)
    @GenerateNodeFactory
    abstract static class FromHexNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object string) {
            String s = PyStrs.asStr(string);
            if (s == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "fromhex() argument must be str, not %T", string);
            }
            byte[] b;
            try {
                b = BytesMethods.fromHex(s);
            } catch (FormatError e) {
                throw Raise.of(this, e);
            }
            if (cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PByteArray) {
                return new PByteArray(b);
            }
            if (cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PBytes) {
                return new PBytes(b);
            }
            return org.jpy.nodes.pyobject.PyObjectCallNode.callUncached(cls, new PBytes(b));
        }
    }

    @Builtin(name = "join", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$iterable_of_bytes"})
    @GenerateNodeFactory
    abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object iterable) {
            String sep = l1(this, self);
            Object[] items = SequenceSupport.toArray(iterable);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                byte[] b = BytesConstruct.bufferOf(items[i]);
                if (b == null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "sequence item %d: expected a bytes-like object, %T found", i, items[i]);
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(new String(b, StandardCharsets.ISO_8859_1));
            }
            return makeL1(self, sb.toString());
        }
    }

    @Builtin(name = "upper", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class UpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = l1(this, self);
            return makeL1(self, BytesMethods.upper(s));
        }
    }

    @Builtin(name = "lower", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class LowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = l1(this, self);
            return makeL1(self, BytesMethods.lower(s));
        }
    }

    @Builtin(name = "swapcase", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class SwapcaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = l1(this, self);
            return makeL1(self, BytesMethods.swapcase(s));
        }
    }

    @Builtin(name = "capitalize", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CapitalizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = l1(this, self);
            return makeL1(self, BytesMethods.capitalize(s));
        }
    }

    @Builtin(name = "title", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class TitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = l1(this, self);
            return makeL1(self, BytesMethods.title(s));
        }
    }

    @Builtin(name = "isalpha", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsalphaNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            return StrMethods.all(l1(this, self), BytesMethods::isAlpha);
        }
    }

    @Builtin(name = "isdigit", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsdigitNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            return StrMethods.all(l1(this, self), BytesMethods::isDigit);
        }
    }

    @Builtin(name = "isspace", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsspaceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            return StrMethods.all(l1(this, self), BytesMethods::isSpace);
        }
    }

    @Builtin(name = "isalnum", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsalnumNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            return StrMethods.all(l1(this, self), c -> BytesMethods.isAlpha(c) || BytesMethods.isDigit(c));
        }
    }

    @Builtin(name = "islower", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = l1(this, self);
            return s.chars().anyMatch(BytesMethods::isLower) && s.chars().noneMatch(BytesMethods::isUpper);
        }
    }

    @Builtin(name = "isupper", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsUpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            String s = l1(this, self);
            return s.chars().anyMatch(BytesMethods::isUpper) && s.chars().noneMatch(BytesMethods::isLower);
        }
    }

    @Builtin(name = "istitle", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsTitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            return BytesMethods.isTitle(l1(this, self));
        }
    }

    @Builtin(name = "isascii", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class IsAsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            return StrMethods.isAscii(l1(this, self));
        }
    }

    @Builtin(name = "find", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "start", "end"})
    @GenerateNodeFactory
    abstract static class FindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            long r = StrMethods.find(l1(this, self), subL1(this, sub), SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
            return r;
        }
    }

    @Builtin(name = "rfind", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "start", "end"})
    @GenerateNodeFactory
    abstract static class RfindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            long r = StrMethods.rfind(l1(this, self), subL1(this, sub), SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
            return r;
        }
    }

    @Builtin(name = "index", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "start", "end"})
    @GenerateNodeFactory
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            long r = StrMethods.find(l1(this, self), subL1(this, sub), SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
            if (r < 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "subsection not found");
            }
            return r;
        }
    }

    @Builtin(name = "rindex", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "start", "end"})
    @GenerateNodeFactory
    abstract static class RindexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            long r = StrMethods.rfind(l1(this, self), subL1(this, sub), SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
            if (r < 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "subsection not found");
            }
            return r;
        }
    }

    @Builtin(name = "count", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sub", "start", "end"})
    @GenerateNodeFactory
    abstract static class CountNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sub, Object start, Object end) {
            return StrMethods.count(l1(this, self), subL1(this, sub), SliceIndices.startArg(this, start), SliceIndices.endArg(this, end));
        }
    }

    @Builtin(name = "startswith", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$prefix", "start", "end"})
    @GenerateNodeFactory
    abstract static class StartswithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object prefix, Object start, Object end) {
            String s = l1(this, self);
            long st = SliceIndices.startArg(this, start);
            long en = SliceIndices.endArg(this, end);
            if (prefix instanceof PTuple t) {
                for (Object p : t.getArray()) {
                    if (StrMethods.startsWith(s, argL1(this, p), st, en, false)) {
                        return true;
                    }
                }
                return false;
            }
            byte[] pb = BytesConstruct.bufferOf(prefix);
            if (pb == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "startswith first arg must be bytes or a tuple of bytes, not %T", prefix);
            }
            return StrMethods.startsWith(s, new String(pb, StandardCharsets.ISO_8859_1), st, en, false);
        }
    }

    @Builtin(name = "endswith", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$prefix", "start", "end"})
    @GenerateNodeFactory
    abstract static class EndswithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object prefix, Object start, Object end) {
            String s = l1(this, self);
            long st = SliceIndices.startArg(this, start);
            long en = SliceIndices.endArg(this, end);
            if (prefix instanceof PTuple t) {
                for (Object p : t.getArray()) {
                    if (StrMethods.startsWith(s, argL1(this, p), st, en, true)) {
                        return true;
                    }
                }
                return false;
            }
            byte[] pb = BytesConstruct.bufferOf(prefix);
            if (pb == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "endswith first arg must be bytes or a tuple of bytes, not %T", prefix);
            }
            return StrMethods.startsWith(s, new String(pb, StandardCharsets.ISO_8859_1), st, en, true);
        }
    }

    @Builtin(name = "split", minNumOfPositionalArgs = 1, parameterNames = {"$self", "sep", "maxsplit"})
    @GenerateNodeFactory
    abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep, Object maxsplit) {
            String s = l1(this, self);
            long max = maxsplit == PNone.NO_VALUE ? -1 : PyNumberIndexNode.asSize(this, maxsplit, PythonBuiltinClassType.OverflowError);
            if (sep == PNone.NO_VALUE || sep == PNone.NONE) {
                return listOf(self, BytesMethods.splitWhitespace(s, max, false));
            }
            String t = argL1(this, sep);
            if (t.isEmpty()) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "empty separator");
            }
            return listOf(self, false ? StrMethods.rsplit(s, t, max) : StrMethods.split(s, t, max));
        }
    }

    @Builtin(name = "rsplit", minNumOfPositionalArgs = 1, parameterNames = {"$self", "sep", "maxsplit"})
    @GenerateNodeFactory
    abstract static class RsplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep, Object maxsplit) {
            String s = l1(this, self);
            long max = maxsplit == PNone.NO_VALUE ? -1 : PyNumberIndexNode.asSize(this, maxsplit, PythonBuiltinClassType.OverflowError);
            if (sep == PNone.NO_VALUE || sep == PNone.NONE) {
                return listOf(self, BytesMethods.splitWhitespace(s, max, true));
            }
            String t = argL1(this, sep);
            if (t.isEmpty()) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "empty separator");
            }
            return listOf(self, true ? StrMethods.rsplit(s, t, max) : StrMethods.split(s, t, max));
        }
    }

    @Builtin(name = "splitlines", minNumOfPositionalArgs = 1, parameterNames = {"$self", "keepends"})
    @GenerateNodeFactory
    abstract static class SplitLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object keepends) {
            return listOf(self, BytesMethods.splitlines(l1(this, self), keepends != PNone.NO_VALUE && PyObjectIsTrueNode.isTrue(keepends)));
        }
    }

    @Builtin(name = "strip", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$bytes"})
    @GenerateNodeFactory
    abstract static class StripNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object chars) {
            String c = chars == PNone.NO_VALUE || chars == PNone.NONE ? null : argL1(this, chars);
            return makeL1(self, BytesMethods.strip(l1(this, self), c, 0));
        }
    }

    @Builtin(name = "lstrip", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$bytes"})
    @GenerateNodeFactory
    abstract static class LstripNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object chars) {
            String c = chars == PNone.NO_VALUE || chars == PNone.NONE ? null : argL1(this, chars);
            return makeL1(self, BytesMethods.strip(l1(this, self), c, 1));
        }
    }

    @Builtin(name = "rstrip", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$bytes"})
    @GenerateNodeFactory
    abstract static class RstripNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object chars) {
            String c = chars == PNone.NO_VALUE || chars == PNone.NONE ? null : argL1(this, chars);
            return makeL1(self, BytesMethods.strip(l1(this, self), c, 2));
        }
    }

    @Builtin(name = "partition", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sep"})
    @GenerateNodeFactory
    abstract static class PartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep) {
            String s = l1(this, self);
            String t = argL1(this, sep);
            if (t.isEmpty()) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "empty separator");
            }
            int i = false ? s.lastIndexOf(t) : s.indexOf(t);
            if (i < 0) {
                return false ? new PTuple(new Object[]{makeL1(self, ""), makeL1(self, ""), makeL1(self, s)}) : new PTuple(new Object[]{makeL1(self, s), makeL1(self, ""), makeL1(self, "")});
            }
            return new PTuple(new Object[]{makeL1(self, s.substring(0, i)), makeL1(self, t), makeL1(self, s.substring(i + t.length()))});
        }
    }

    @Builtin(name = "rpartition", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$sep"})
    @GenerateNodeFactory
    abstract static class RpartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object sep) {
            String s = l1(this, self);
            String t = argL1(this, sep);
            if (t.isEmpty()) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "empty separator");
            }
            int i = true ? s.lastIndexOf(t) : s.indexOf(t);
            if (i < 0) {
                return true ? new PTuple(new Object[]{makeL1(self, ""), makeL1(self, ""), makeL1(self, s)}) : new PTuple(new Object[]{makeL1(self, s), makeL1(self, ""), makeL1(self, "")});
            }
            return new PTuple(new Object[]{makeL1(self, s.substring(0, i)), makeL1(self, t), makeL1(self, s.substring(i + t.length()))});
        }
    }

    @Builtin(name = "replace", minNumOfPositionalArgs = 3, parameterNames = {"$self", "$old", "$new", "$count"})
    @GenerateNodeFactory
    abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object old, Object rep, Object count) {
            long c = count == PNone.NO_VALUE ? -1 : PyNumberIndexNode.asSize(this, count, PythonBuiltinClassType.OverflowError);
            return makeL1(self, StrMethods.replace(l1(this, self), argL1(this, old), argL1(this, rep), c));
        }
    }

    @Builtin(name = "expandtabs", minNumOfPositionalArgs = 1, parameterNames = {"$self", "tabsize"})
    @GenerateNodeFactory
    abstract static class ExpandTabsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object tabsize) {
            return makeL1(self, BytesMethods.expandtabs(l1(this, self), tabsize == PNone.NO_VALUE ? 8 : PyNumberIndexNode.asSize(this, tabsize, PythonBuiltinClassType.OverflowError)));
        }
    }

    @Builtin(name = "center", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$width", "$fillchar"})
    @GenerateNodeFactory
    abstract static class CenterNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object width, Object fill) {
            long w = PyNumberIndexNode.asSize(this, width, PythonBuiltinClassType.OverflowError);
            int f = ' ';
            if (fill != PNone.NO_VALUE) {
                byte[] fb = BytesConstruct.bufferOf(fill);
                if (fb == null || fb.length != 1) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "center() argument 2 must be a byte string of length 1, not %T", fill);
                }
                f = fb[0] & 0xff;
            }
            return makeL1(self, StrMethods.pad(l1(this, self), w, f, '^'));
        }
    }

    @Builtin(name = "ljust", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$width", "$fillchar"})
    @GenerateNodeFactory
    abstract static class LjustNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object width, Object fill) {
            long w = PyNumberIndexNode.asSize(this, width, PythonBuiltinClassType.OverflowError);
            int f = ' ';
            if (fill != PNone.NO_VALUE) {
                byte[] fb = BytesConstruct.bufferOf(fill);
                if (fb == null || fb.length != 1) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "ljust() argument 2 must be a byte string of length 1, not %T", fill);
                }
                f = fb[0] & 0xff;
            }
            return makeL1(self, StrMethods.pad(l1(this, self), w, f, '<'));
        }
    }

    @Builtin(name = "rjust", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$width", "$fillchar"})
    @GenerateNodeFactory
    abstract static class RjustNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object width, Object fill) {
            long w = PyNumberIndexNode.asSize(this, width, PythonBuiltinClassType.OverflowError);
            int f = ' ';
            if (fill != PNone.NO_VALUE) {
                byte[] fb = BytesConstruct.bufferOf(fill);
                if (fb == null || fb.length != 1) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "rjust() argument 2 must be a byte string of length 1, not %T", fill);
                }
                f = fb[0] & 0xff;
            }
            return makeL1(self, StrMethods.pad(l1(this, self), w, f, '>'));
        }
    }

    @Builtin(name = "zfill", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$width"})
    @GenerateNodeFactory
    abstract static class ZFillNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object width) {
            return makeL1(self, StrMethods.zfill(l1(this, self), PyNumberIndexNode.asSize(this, width, PythonBuiltinClassType.OverflowError)));
        }
    }

    @Builtin(name = "removeprefix", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$prefix"})
    @GenerateNodeFactory
    abstract static class RemovePrefixNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object prefix) {
            String s = l1(this, self);
            String p = argL1(this, prefix);
            return makeL1(self, s.startsWith(p) ? s.substring(p.length()) : s);
        }
    }

    @Builtin(name = "removesuffix", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$suffix"})
    @GenerateNodeFactory
    abstract static class RemoveSuffixNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object suffix) {
            String s = l1(this, self);
            String p = argL1(this, suffix);
            return makeL1(self, !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        }
    }

    @Builtin(name = "translate", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$table", "delete"})
    @GenerateNodeFactory
    abstract static class TranslateNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object table, Object delete) {
            String s = l1(this, self);
            String t = table == PNone.NONE ? null : argL1(this, table);
            if (t != null && t.length() != 256) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "translation table must be 256 characters long");
            }
            String d = delete == PNone.NO_VALUE ? "" : argL1(this, delete);
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (d.indexOf(c) >= 0) {
                    continue;
                }
                sb.append(t == null ? c : t.charAt(c));
            }
            return makeL1(self, sb.toString());
        }
    }

    /**
     * The six rich comparisons of bytes and bytearray: unsigned lexicographic order over any buffer operand, except
     * that bytes compared with a non-bytes buffer is NotImplemented (as in CPython).
     */
    static Object richCompare(Node node, RichCmpOp op, Object self, Object other) {
        byte[] b = BytesConstruct.bufferOf(other);
        if (b == null || (self instanceof PBytes && !(other instanceof PBytes) && !(other instanceof PByteArray))) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        return op.test(java.util.Arrays.compareUnsigned(data(node, self), b));
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.LT, self, other);
        }
    }

    @Builtin(name = "__le__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            return richCompare(this, RichCmpOp.GE, self, other);
        }
    }

    @Builtin(name = "maketrans", minNumOfPositionalArgs = 2, parameterNames = {"$frm", "$to"}, isStaticmethod = true)
    @GenerateNodeFactory
    abstract static class MakeTransNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object frm, Object to) {
            String f = argL1(this, frm);
            String t = argL1(this, to);
            if (f.length() != t.length()) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < f.length(); i++) {
                table[f.charAt(i)] = (byte) t.charAt(i);
            }
            return new PBytes(table);
        }
    }

    @Builtin(name = "__getnewargs__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return new PTuple(new Object[]{new PBytes(data(this, self))});
        }
    }

    static List<Object> unused() {
        return new ArrayList<>();
    }
}
