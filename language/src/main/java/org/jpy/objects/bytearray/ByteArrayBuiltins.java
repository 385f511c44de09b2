package org.jpy.objects.bytearray;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonQuaternaryBuiltinNode;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.bytes.BytesConstruct;
import org.jpy.objects.list.ListBuiltins;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.slice.PSlice;
import org.jpy.objects.slice.SliceIndices;
import org.jpy.objects.slice.SliceMath;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** The mutating methods of {@code bytearray} (the shared ones are in {@code BytesBuiltins}). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PByteArray)
public final class ByteArrayBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ByteArrayBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self", "source", "encoding", "errors"})
    @GenerateNodeFactory
    abstract static class InitNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object source, Object encoding, Object errors) {
            byte[] b;
            if (source == PNone.NO_VALUE && encoding == PNone.NO_VALUE && errors == PNone.NO_VALUE) {
                b = new byte[0];
            } else {
                String s = org.jpy.objects.str.PyStrs.asStr(source);
                if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
                    if (s == null) {
                        throw PRaise.raise(this, PythonBuiltinClassType.TypeError, encoding != PNone.NO_VALUE ? "encoding without a string argument" : "errors without a string argument");
                    }
                    String enc = encoding == PNone.NO_VALUE ? "utf-8" : org.jpy.objects.str.PyStrs.arg(this, encoding, "bytearray() argument 'encoding'");
                    String err = errors == PNone.NO_VALUE ? "strict" : org.jpy.objects.str.PyStrs.arg(this, errors, "bytearray() argument 'errors'");
                    b = org.jpy.objects.str.Codecs.encode(this, s, enc, err);
                } else if (s != null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "string argument without an encoding");
                } else {
                    b = BytesConstruct.fromObject(this, source, true);
                }
            }
            self.setStore(b, b.length);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__setitem__", minNumOfPositionalArgs = 3)
    @GenerateNodeFactory
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object key, Object value) {
            if (key instanceof PSlice slice) {
                byte[] items = value == self ? self.toBytes() : BytesConstruct.fromObject(this, value, true);
                SliceMath.Bounds b = SliceIndices.adjust(this, slice, self.size());
                if (b.step() == 1) {
                    int start = b.start();
                    int stop = Math.max(b.stop(), start);
                    replaceRange(self, start, stop, items);
                    return PNone.NONE;
                }
                if (items.length != b.length()) {
                    throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", items.length, b.length());
                }
                long j = b.start();
                for (int k = 0; k < b.length(); k++, j += b.step()) {
                    self.getStore()[(int) j] = items[k];
                }
                return PNone.NONE;
            }
            int i = SliceIndices.index(this, key, self.size(), "bytearray index out of range", "bytearray indices must be integers or slices, not %s");
            self.getStore()[i] = (byte) BytesConstruct.byteValue(this, value, "byte must be in range(0, 256)");
            return PNone.NONE;
        }
    }

    static void replaceRange(PByteArray self, int start, int stop, byte[] items) {
        byte[] s = self.getStore();
        int size = self.size();
        int n = size - (stop - start) + items.length;
        byte[] ns = new byte[Math.max(n, 8)];
        System.arraycopy(s, 0, ns, 0, start);
        System.arraycopy(items, 0, ns, start, items.length);
        System.arraycopy(s, stop, ns, start + items.length, size - stop);
        self.setStore(ns, n);
    }

    @Builtin(name = "__delitem__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object key) {
            if (key instanceof PSlice slice) {
                SliceMath.Bounds b = SliceIndices.adjust(this, slice, self.size());
                if (b.step() == 1 || b.length() <= 1) {
                    replaceRange(self, b.start(), b.start() + b.length(), new byte[0]);
                    return PNone.NONE;
                }
                boolean[] drop = new boolean[self.size()];
                long j = b.start();
                for (int k = 0; k < b.length(); k++, j += b.step()) {
                    drop[(int) j] = true;
                }
                byte[] ns = new byte[self.size()];
                int n = 0;
                for (int i = 0; i < self.size(); i++) {
                    if (!drop[i]) {
                        ns[n++] = self.getStore()[i];
                    }
                }
                self.setStore(ns, n);
                return PNone.NONE;
            }
            int i = SliceIndices.index(this, key, self.size(), "bytearray index out of range", "bytearray indices must be integers or slices, not %s");
            replaceRange(self, i, i + 1, new byte[0]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "append", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$item"})
    @GenerateNodeFactory
    abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PByteArray self, Object item) {
            self.append((byte) BytesConstruct.byteValue(this, item, "byte must be in range(0, 256)"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$iterable_of_ints"})
    @GenerateNodeFactory
    abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object iterable) {
            if (iterable instanceof String) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "expected iterable of integers; got: 'str'");
            }
            for (byte b : BytesConstruct.fromObject(this, iterable, true)) {
                self.append(b);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iadd__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object other) {
            byte[] b = BytesConstruct.bufferOf(other);
            if (b == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "can't concat %T to bytearray", other);
            }
            for (byte x : b) {
                self.append(x);
            }
            return self;
        }
    }

    @Builtin(name = "__imul__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object times) {
            Long n = ListBuiltins.repeatCount(this, times);
            if (n == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] b = self.toBytes();
            byte[] r = new byte[(int) Math.max(0, b.length * n)];
            for (int k = 0; k < n; k++) {
                System.arraycopy(b, 0, r, k * b.length, b.length);
            }
            self.setStore(r, r.length);
            return self;
        }
    }

    @Builtin(name = "insert", minNumOfPositionalArgs = 3, parameterNames = {"$self", "$index", "$item"})
    @GenerateNodeFactory
    abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object index, Object item) {
            long i = PyNumberIndexNode.asSize(this, index, null);
            int n = self.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            int at = (int) Math.min(i, n);
            replaceRange(self, at, at, new byte[]{(byte) BytesConstruct.byteValue(this, item, "byte must be in range(0, 256)")});
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", minNumOfPositionalArgs = 1, parameterNames = {"$self", "$index"})
    @GenerateNodeFactory
    abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object index) {
            if (self.size() == 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.IndexError, "pop from empty bytearray");
            }
            long i = index == PNone.NO_VALUE ? -1 : PyNumberIndexNode.asSize(this, index, PythonBuiltinClassType.IndexError);
            if (i < 0) {
                i += self.size();
            }
            if (i < 0 || i >= self.size()) {
                throw PRaise.raise(this, PythonBuiltinClassType.IndexError, "pop index out of range");
            }
            long v = self.getStore()[(int) i] & 0xff;
            replaceRange(self, (int) i, (int) i + 1, new byte[0]);
            return v;
        }
    }

    @Builtin(name = "remove", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value"})
    @GenerateNodeFactory
    abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PByteArray self, Object value) {
            int v = BytesConstruct.byteValue(this, value);
            for (int i = 0; i < self.size(); i++) {
                if ((self.getStore()[i] & 0xff) == v) {
                    replaceRange(self, i, i + 1, new byte[0]);
                    return PNone.NONE;
                }
            }
            throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "value not found in bytearray");
        }
    }

    @Builtin(name = "clear", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PByteArray self) {
            self.setStore(new byte[8], 0);
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PByteArray self) {
            return new PByteArray(self.toBytes());
        }
    }

    @Builtin(name = "reverse", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PByteArray self) {
            byte[] s = self.getStore();
            for (int i = 0, j = self.size() - 1; i < j; i++, j--) {
                byte t = s[i];
                s[i] = s[j];
                s[j] = t;
            }
            return PNone.NONE;
        }
    }

    static Object unused() {
        return SequenceSupport.class;
    }
}
