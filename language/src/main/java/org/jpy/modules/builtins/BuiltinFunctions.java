package org.jpy.modules.builtins;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
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
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.nodes.pyobject.BinaryOp;
import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.nodes.pyobject.NumberArithmetic;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyNumberBinaryOpNode;
import org.jpy.nodes.pyobject.PyNumberIndexNode;
import org.jpy.nodes.pyobject.PyNumberUnaryOpNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.nodes.pyobject.PyObjectHashNode;
import org.jpy.nodes.pyobject.PyObjectIsInstanceNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.PyObjectSetAttrNode;
import org.jpy.nodes.pyobject.PyObjectSizeNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.nodes.pyobject.UnaryOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.floats.FloatSum;
import org.jpy.objects.ints.IntMath;
import org.jpy.objects.ints.PyInts;
import org.jpy.objects.iterator.PCallableIterator;
import org.jpy.objects.list.ListBuiltins;
import org.jpy.objects.list.PList;
import org.jpy.objects.list.SequenceSupport;
import org.jpy.objects.str.PyStrs;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.formatting.BuiltinFormat;
import org.jpy.runtime.formatting.FormatError;
import org.jpy.runtime.formatting.IntFormatter;
import org.jpy.runtime.formatting.Raise;
import org.jpy.runtime.formatting.StrRepr;

/**
 * The functions of the {@code builtins} module ({@code Python/bltinmodule.c}) except the ones tied to frames and
 * compilation ({@code exec}, {@code eval}, {@code globals}, ... in {@code BuiltinCoreFunctions}). They delegate to the
 * abstract object API; {@code sum} of floats is compensated like CPython 3.12's.
 */
@CoreFunctions(defineModule = "builtins")
public final class BuiltinFunctions extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return BuiltinFunctionsFactory.getFactories();
    }

    static String typeName(Object o) {
        return GetClassNode.getPythonClassUncached(o).getName();
    }

    /** {@code sys.<name>} if the sys module exists and has it, else null. */
    @TruffleBoundary
    static Object sysAttribute(Node node, String name) {
        JpyContext ctx = JpyContext.get(node);
        Object sys = ctx.getHook("sys");
        if (sys == null) {
            try {
                sys = ctx.getOrCreateBuiltinModule("sys");
            } catch (RuntimeException e) {
                sys = null;
            }
        }
        if (sys == null) {
            return null;
        }
        Object v = PyObjectGetAttrNode.lookupAttributeUncached(sys, name);
        return v == PNone.NO_VALUE ? null : v;
    }

    @TruffleBoundary
    static void write(Node node, Object file, String text) {
        if (file == null) {
            JpyContext ctx = JpyContext.get(node);
            try {
                ctx.getEnv().out().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw PRaise.raise(node, PythonBuiltinClassType.OSError, "%s", e.getMessage());
            }
            return;
        }
        Object w = PyObjectGetAttrNode.getAttributeUncached(file, "write");
        PyObjectCallNode.callUncached(w, text);
    }

    @Builtin(name = "print", minNumOfPositionalArgs = 0, takesVarArgs = true, keywordOnlyNames = {"sep", "end", "file", "flush"})
    @GenerateNodeFactory
    abstract static class PrintNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            // bound order (runtime's binder): *args, then the keyword-only parameters
            Object[] args = ((PTuple) arguments[0]).getArray();
            Object sep = arguments[1];
            Object end = arguments[2];
            Object file = arguments[3];
            Object flush = arguments[4];
            String sepS = " ";
            if (sep != PNone.NO_VALUE && sep != PNone.NONE) {
                sepS = PyStrs.asStr(sep);
                if (sepS == null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "sep must be None or a string, not %s", typeName(sep));
                }
            }
            String endS = "\n";
            if (end != PNone.NO_VALUE && end != PNone.NONE) {
                endS = PyStrs.asStr(end);
                if (endS == null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "end must be None or a string, not %s", typeName(end));
                }
            }
            Object out = file == PNone.NO_VALUE || file == PNone.NONE ? sysAttribute(this, "stdout") : file;
            if (out == PNone.NONE) {
                return PNone.NONE;
            }
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    write(this, out, sepS);
                }
                write(this, out, PyObjectStrNode.str(args[i]));
            }
            write(this, out, endS);
            if (flush != PNone.NO_VALUE && PyObjectIsTrueNode.isTrue(flush) && out != null) {
                PyObjectCallNode.callUncached(PyObjectGetAttrNode.getAttributeUncached(out, "flush"));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "len", minNumOfPositionalArgs = 1, parameterNames = {"$obj"})
    @GenerateNodeFactory
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(Object obj, @Cached PyObjectSizeNode size) {
            return size.execute(obj);
        }
    }

    @Builtin(name = "repr", minNumOfPositionalArgs = 1, parameterNames = {"$obj"})
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object obj, @Cached PyObjectReprNode repr) {
            return repr.execute(obj);
        }
    }

    @Builtin(name = "ascii", minNumOfPositionalArgs = 1, parameterNames = {"$obj"})
    @GenerateNodeFactory
    abstract static class AsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object obj) {
            return StrRepr.asciiEscape(PyObjectReprNode.repr(obj));
        }
    }

    @Builtin(name = "abs", minNumOfPositionalArgs = 1, parameterNames = {"$x"})
    @GenerateNodeFactory
    abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object x) {
            return PyNumberUnaryOpNode.unaryOp(this, UnaryOp.ABS, x);
        }
    }

    @TruffleBoundary
    static Object minMax(Node node, Object[] args, Object key, Object dflt, boolean isMax) {
        String name = isMax ? "max" : "min";
        Object[] items;
        if (args.length == 0) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s expected at least 1 argument, got 0", name);
        }
        if (args.length == 1) {
            items = SequenceSupport.toArray(args[0]);
            if (items.length == 0) {
                if (dflt != PNone.NO_VALUE) {
                    return dflt;
                }
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "%s() iterable argument is empty", name);
            }
        } else {
            if (dflt != PNone.NO_VALUE) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            items = args;
        }
        boolean hasKey = key != PNone.NO_VALUE && key != PNone.NONE;
        Object best = items[0];
        Object bestKey = hasKey ? PyObjectCallNode.callUncached(key, best) : best;
        RichCmpOp op = isMax ? RichCmpOp.GT : RichCmpOp.LT;
        for (int i = 1; i < items.length; i++) {
            Object k = hasKey ? PyObjectCallNode.callUncached(key, items[i]) : items[i];
            if (PyObjectRichCompareNode.compareBoolUncached(k, bestKey, op)) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    @Builtin(name = "max", minNumOfPositionalArgs = 0, takesVarArgs = true, keywordOnlyNames = {"key", "default"})
    @GenerateNodeFactory
    abstract static class MaxNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object args, Object key, Object dflt) {
            return minMax(this, ((PTuple) args).getArray(), key, dflt, true);
        }
    }

    @Builtin(name = "min", minNumOfPositionalArgs = 0, takesVarArgs = true, keywordOnlyNames = {"key", "default"})
    @GenerateNodeFactory
    abstract static class MinNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object args, Object key, Object dflt) {
            return minMax(this, ((PTuple) args).getArray(), key, dflt, false);
        }
    }

    @Builtin(name = "sum", minNumOfPositionalArgs = 1, parameterNames = {"$iterable", "start"})
    @GenerateNodeFactory
    abstract static class SumNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object iterable, Object start) {
            Object result = start == PNone.NO_VALUE ? 0L : start;
            if (result instanceof String || PyStrs.asStr(result) != null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (result instanceof PBytes) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
            }
            if (result instanceof PByteArray) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
            }
            Object it = PyObjectGetIterNode.getIter(iterable);
            FloatSum fsum = null;
            while (true) {
                Object item = PyIterNextNode.next(it);
                if (item == PNone.NO_VALUE) {
                    break;
                }
                if (fsum == null && result instanceof Double d && (item instanceof Double || item instanceof Long || item instanceof Boolean)) {
                    fsum = new FloatSum(d);
                }
                if (fsum != null) {
                    if (item instanceof Double d) {
                        fsum.add(d);
                        continue;
                    }
                    if (item instanceof Long || item instanceof Boolean) {
                        fsum.add(NumberArithmetic.toDouble(this, item));
                        continue;
                    }
                    result = fsum.result();
                    fsum = null;
                }
                result = PyNumberBinaryOpNode.binaryOp(this, BinaryOp.ADD, false, result, item);
            }
            if (fsum != null) {
                result = fsum.result();
            }
            return result;
        }
    }

    @Builtin(name = "sorted", minNumOfPositionalArgs = 1, parameterNames = {"$iterable"}, keywordOnlyNames = {"key", "reverse"})
    @GenerateNodeFactory
    abstract static class SortedNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object iterable, Object key, Object reverse) {
            PList l = new PList(SequenceSupport.toArray(iterable));
            ListBuiltins.sort(this, l, key, reverse);
            return l;
        }
    }

    @Builtin(name = "isinstance", minNumOfPositionalArgs = 2, parameterNames = {"$obj", "$class_or_tuple"})
    @GenerateNodeFactory
    abstract static class IsInstanceNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doIt(Object obj, Object cls) {
            checkClassOrTuple(this, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
            return PyObjectIsInstanceNode.isInstance(this, obj, cls);
        }
    }

    @TruffleBoundary
    static void checkClassOrTuple(Node node, Object cls, String message) {
        if (cls instanceof PythonClass) {
            return;
        }
        if (cls instanceof PTuple t) {
            for (Object c : t.getArray()) {
                checkClassOrTuple(node, c, message);
            }
            return;
        }
        if (PyObjectGetAttrNode.lookupAttributeUncached(cls, "__bases__") != PNone.NO_VALUE) {
            return;
        }
        if (GetClassNode.getPythonClassUncached(cls).lookup("__instancecheck__") != PNone.NO_VALUE &&
                        GetClassNode.getPythonClassUncached(cls).getBuiltinType() != PythonBuiltinClassType.PythonClass) {
            return;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s", message);
    }

    @Builtin(name = "issubclass", minNumOfPositionalArgs = 2, parameterNames = {"$cls", "$class_or_tuple"})
    @GenerateNodeFactory
    abstract static class IsSubclassNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object derived, Object cls) {
            if (!(derived instanceof PythonClass) && PyObjectGetAttrNode.lookupAttributeUncached(derived, "__bases__") == PNone.NO_VALUE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "issubclass() arg 1 must be a class");
            }
            checkClassOrTuple(this, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return PyObjectIsInstanceNode.isSubclass(this, derived, cls);
        }
    }

    static String attrName(Node node, Object name, String fn) {
        String s = PyStrs.asStr(name);
        if (s == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "attribute name must be string, not '%s'", typeName(name));
        }
        return s;
    }

    @Builtin(name = "getattr", minNumOfPositionalArgs = 2, parameterNames = {"$object", "$name", "$default"})
    @GenerateNodeFactory
    abstract static class GetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object obj, Object name, Object dflt) {
            String n = attrName(this, name, "getattr");
            if (dflt == PNone.NO_VALUE) {
                return PyObjectGetAttrNode.getAttributeUncached(obj, n);
            }
            try {
                Object v = PyObjectGetAttrNode.lookupAttributeUncached(obj, n);
                return v == PNone.NO_VALUE ? dflt : v;
            } catch (PException e) {
                if (e.isInstanceOf(PythonBuiltinClassType.AttributeError)) {
                    return dflt;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "hasattr", minNumOfPositionalArgs = 2, parameterNames = {"$obj", "$name"})
    @GenerateNodeFactory
    abstract static class HasAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object obj, Object name) {
            String n = attrName(this, name, "hasattr");
            try {
                return PyObjectGetAttrNode.lookupAttributeUncached(obj, n) != PNone.NO_VALUE;
            } catch (PException e) {
                if (e.isInstanceOf(PythonBuiltinClassType.AttributeError)) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "setattr", minNumOfPositionalArgs = 3, parameterNames = {"$obj", "$name", "$value"})
    @GenerateNodeFactory
    abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object obj, Object name, Object value) {
            PyObjectSetAttrNode.setAttributeUncached(obj, attrName(this, name, "setattr"), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "delattr", minNumOfPositionalArgs = 2, parameterNames = {"$obj", "$name"})
    @GenerateNodeFactory
    abstract static class DelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object obj, Object name) {
            PyObjectSetAttrNode.getUncached().delete(obj, attrName(this, name, "delattr"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "iter", minNumOfPositionalArgs = 1, parameterNames = {"$object", "$sentinel"})
    @GenerateNodeFactory
    abstract static class IterNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object obj, Object sentinel) {
            if (sentinel == PNone.NO_VALUE) {
                return PyObjectGetIterNode.getIter(obj);
            }
            if (!isCallable(obj)) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "iter(object, sentinel): object must be callable");
            }
            return new PCallableIterator(obj, sentinel);
        }
    }

    @Builtin(name = "next", minNumOfPositionalArgs = 1, parameterNames = {"$iterator", "$default"})
    @GenerateNodeFactory
    abstract static class NextNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object it, Object dflt) {
            PythonClass type = GetClassNode.getPythonClassUncached(it);
            Object next = type.lookup("__next__");
            if (next == PNone.NO_VALUE || next == PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%s' object is not an iterator", type.getName());
            }
            if (dflt == PNone.NO_VALUE) {
                return CallFunctionNode.callMethodUncached(next, it, new Object[0]);
            }
            try {
                return CallFunctionNode.callMethodUncached(next, it, new Object[0]);
            } catch (PException e) {
                if (e.isInstanceOf(PythonBuiltinClassType.StopIteration)) {
                    return dflt;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "id", minNumOfPositionalArgs = 1, parameterNames = {"$obj"})
    @GenerateNodeFactory
    abstract static class IdNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static long doIt(Object obj) {
            return IdentityIds.id(obj);
        }
    }

    @Builtin(name = "hash", minNumOfPositionalArgs = 1, parameterNames = {"$obj"})
    @GenerateNodeFactory
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(Object obj, @Cached PyObjectHashNode hash) {
            return hash.execute(obj);
        }
    }

    @Builtin(name = "ord", minNumOfPositionalArgs = 1, parameterNames = {"$c"})
    @GenerateNodeFactory
    abstract static class OrdNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object c) {
            String s = PyStrs.asStr(c);
            if (s != null) {
                int n = s.codePointCount(0, s.length());
                if (n != 1) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "ord() expected a character, but string of length %d found", n);
                }
                return (long) s.codePointAt(0);
            }
            byte[] b = c instanceof PBytes pb ? pb.getBytes() : c instanceof PByteArray ba ? ba.toBytes() : null;
            if (b != null) {
                if (b.length != 1) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "ord() expected a character, but string of length %d found", b.length);
                }
                return (long) (b[0] & 0xff);
            }
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "ord() expected string of length 1, but %s found", typeName(c));
        }
    }

    @Builtin(name = "chr", minNumOfPositionalArgs = 1, parameterNames = {"$i"})
    @GenerateNodeFactory
    abstract static class ChrNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object i) {
            Object v = PyNumberIndexNode.indexUncached(i);
            if (!(v instanceof Long l)) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "Python int too large to convert to C int");
            }
            if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "Python int too large to convert to C int");
            }
            if (l < 0 || l > 0x10ffff) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) (long) l));
        }
    }

    @TruffleBoundary
    static Object prefixed(Object x, int radix) {
        Object v = PyNumberIndexNode.indexUncached(x);
        return v instanceof Long l ? IntFormatter.toPrefixedBase(l, radix) : IntFormatter.toPrefixedBase((BigInteger) v, radix);
    }

    @Builtin(name = "hex", minNumOfPositionalArgs = 1, parameterNames = {"$number"})
    @GenerateNodeFactory
    abstract static class HexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return prefixed(x, 16);
        }
    }

    @Builtin(name = "oct", minNumOfPositionalArgs = 1, parameterNames = {"$number"})
    @GenerateNodeFactory
    abstract static class OctNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return prefixed(x, 8);
        }
    }

    @Builtin(name = "bin", minNumOfPositionalArgs = 1, parameterNames = {"$number"})
    @GenerateNodeFactory
    abstract static class BinNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return prefixed(x, 2);
        }
    }

    @Builtin(name = "round", minNumOfPositionalArgs = 1, parameterNames = {"number", "ndigits"})
    @GenerateNodeFactory
    abstract static class RoundNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object number, Object ndigits) {
            PythonClass type = GetClassNode.getPythonClassUncached(number);
            Object m = type.lookup("__round__");
            if (m == PNone.NO_VALUE || m == PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "type %s doesn't define __round__ method", type.getName());
            }
            if (ndigits == PNone.NO_VALUE || ndigits == PNone.NONE) {
                return CallFunctionNode.callMethodUncached(m, number, new Object[0]);
            }
            return CallFunctionNode.callMethodUncached(m, number, new Object[]{ndigits});
        }
    }

    @Builtin(name = "divmod", minNumOfPositionalArgs = 2, parameterNames = {"$x", "$y"})
    @GenerateNodeFactory
    abstract static class DivModNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object x, Object y) {
            return PyNumberBinaryOpNode.binaryOp(this, BinaryOp.DIVMOD, false, x, y);
        }
    }

    @Builtin(name = "pow", minNumOfPositionalArgs = 2, parameterNames = {"base", "exp", "mod"})
    @GenerateNodeFactory
    abstract static class PowNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object base, Object exp, Object mod) {
            if (mod == PNone.NO_VALUE || mod == PNone.NONE) {
                return PyNumberBinaryOpNode.binaryOp(this, BinaryOp.POW, false, base, exp);
            }
            Object a = PyInts.asInt(base);
            Object b = PyInts.asInt(exp);
            Object m = PyInts.asInt(mod);
            if (a != null && b != null && m != null) {
                try {
                    return IntMath.powMod(PyInts.big(a), PyInts.big(b), PyInts.big(m));
                } catch (FormatError e) {
                    throw Raise.of(this, e);
                }
            }
            PythonClass type = GetClassNode.getPythonClassUncached(base);
            Object p = type.lookup("__pow__");
            if (p != PNone.NO_VALUE && p != PNone.NONE) {
                Object r = CallFunctionNode.callMethodUncached(p, base, new Object[]{exp, mod});
                if (r != PNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type.getName(), typeName(exp), typeName(mod));
        }
    }

    @Builtin(name = "format", minNumOfPositionalArgs = 1, parameterNames = {"$value", "$format_spec"})
    @GenerateNodeFactory
    abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object value, Object spec) {
            String s = spec == PNone.NO_VALUE ? "" : PyStrs.asStr(spec);
            if (s == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "format() argument 2 must be str, not %s", typeName(spec));
            }
            return BuiltinFormat.format(value, s);
        }
    }

    @TruffleBoundary
    static boolean isCallable(Object o) {
        if (o instanceof PythonClass) {
            return true;
        }
        Object m = GetClassNode.getPythonClassUncached(o).lookup("__call__");
        return m != PNone.NO_VALUE && m != PNone.NONE;
    }

    @Builtin(name = "callable", minNumOfPositionalArgs = 1, parameterNames = {"$obj"})
    @GenerateNodeFactory
    abstract static class CallableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(Object obj) {
            return isCallable(obj);
        }
    }

    @Builtin(name = "any", minNumOfPositionalArgs = 1, parameterNames = {"$iterable"})
    @GenerateNodeFactory
    abstract static class AnyNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(Object iterable) {
            Object it = PyObjectGetIterNode.getIter(iterable);
            while (true) {
                Object v = PyIterNextNode.next(it);
                if (v == PNone.NO_VALUE) {
                    return false;
                }
                if (PyObjectIsTrueNode.isTrue(v)) {
                    return true;
                }
            }
        }
    }

    @Builtin(name = "all", minNumOfPositionalArgs = 1, parameterNames = {"$iterable"})
    @GenerateNodeFactory
    abstract static class AllNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(Object iterable) {
            Object it = PyObjectGetIterNode.getIter(iterable);
            while (true) {
                Object v = PyIterNextNode.next(it);
                if (v == PNone.NO_VALUE) {
                    return true;
                }
                if (!PyObjectIsTrueNode.isTrue(v)) {
                    return false;
                }
            }
        }
    }

    @Builtin(name = "input", minNumOfPositionalArgs = 0, parameterNames = {"$prompt"})
    @GenerateNodeFactory
    abstract static class InputNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object prompt) {
            Object out = sysAttribute(this, "stdout");
            if (prompt != PNone.NO_VALUE) {
                write(this, out, PyObjectStrNode.str(prompt));
                if (out != null) {
                    Object flush = PyObjectGetAttrNode.lookupAttributeUncached(out, "flush");
                    if (flush != PNone.NO_VALUE) {
                        PyObjectCallNode.callUncached(flush);
                    }
                }
            }
            Object in = sysAttribute(this, "stdin");
            String line;
            if (in == null) {
                line = readLine(this);
            } else {
                Object r = PyObjectCallNode.callUncached(PyObjectGetAttrNode.getAttributeUncached(in, "readline"));
                line = PyStrs.asStr(r);
                if (line == null) {
                    throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "object.readline() returned non-string");
                }
            }
            if (line.isEmpty()) {
                throw PRaise.raise(this, PythonBuiltinClassType.EOFError, "EOF when reading a line");
            }
            return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        }

        static String readLine(Node node) {
            try {
                java.io.InputStream is = JpyContext.get(node).getEnv().in();
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                int c;
                while ((c = is.read()) >= 0) {
                    buf.write(c);
                    if (c == '\n') {
                        break;
                    }
                }
                return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw PRaise.raise(node, PythonBuiltinClassType.OSError, "%s", e.getMessage());
            }
        }
    }

    @Builtin(name = "dir", minNumOfPositionalArgs = 0, parameterNames = {"$arg"})
    @GenerateNodeFactory
    abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object arg) {
            if (arg == PNone.NO_VALUE) {
                // dir() without arguments needs the caller's locals: the frame-aware builtins provide it.
                return new PList(new Object[0]);
            }
            PythonClass type = GetClassNode.getPythonClassUncached(arg);
            Object m = type.lookup("__dir__");
            if (m == PNone.NO_VALUE || m == PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "object does not provide __dir__");
            }
            Object r = CallFunctionNode.callMethodUncached(m, arg, new Object[0]);
            PList l = new PList(SequenceSupport.toArray(r));
            ListBuiltins.sort(this, l, PNone.NO_VALUE, PNone.NO_VALUE);
            return l;
        }
    }

    @Builtin(name = "aiter", minNumOfPositionalArgs = 1, parameterNames = {"$async_iterable"})
    @GenerateNodeFactory
    abstract static class AIterNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object obj) {
            PythonClass type = GetClassNode.getPythonClassUncached(obj);
            Object m = type.lookup("__aiter__");
            if (m == PNone.NO_VALUE || m == PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%s' object is not an async iterable", type.getName());
            }
            return CallFunctionNode.callMethodUncached(m, obj, new Object[0]);
        }
    }

    @Builtin(name = "anext", minNumOfPositionalArgs = 1, parameterNames = {"$aiterator", "$default"})
    @GenerateNodeFactory
    abstract static class ANextNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object obj, @SuppressWarnings("unused") Object dflt) {
            PythonClass type = GetClassNode.getPythonClassUncached(obj);
            Object m = type.lookup("__anext__");
            if (m == PNone.NO_VALUE || m == PNone.NONE) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "'%s' object is not an async iterator", type.getName());
            }
            return CallFunctionNode.callMethodUncached(m, obj, new Object[0]);
        }
    }

}
