package org.jpy.test.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import org.jpy.nodes.pyobject.BinaryOp;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyNumberBinaryOpNode;
import org.jpy.nodes.pyobject.PyNumberUnaryOpNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.PyObjectSetAttrNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.nodes.pyobject.UnaryOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PCode;
import org.jpy.objects.function.PFunction;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PythonBuiltinClassType;

/** The abstract object API driven from Java: calls and binding, attributes, class creation, operators, exceptions. */
class AbstractApiTest extends RuntimeTestBase {
    /** A Python function whose body returns its bound arguments as a tuple (the calling convention made visible). */
    private PFunction echo(String name, String[] varnames, int argcount, int posonly, int kwonly, int flags, Object[] defaults) {
        RootNode root = new RootNode(jpy.getLanguage()) {
            @Override
            public Object execute(VirtualFrame frame) {
                Object[] a = frame.getArguments();
                return new PTuple(Arrays.copyOfRange(a, 2, a.length));
            }
        };
        PCode code = new PCode(name, name, "<test>", 1, argcount, posonly, kwonly, varnames, new String[0], new String[0], flags, root::getCallTarget, null);
        PDict globals = new PDict();
        globals.setItem("__name__", "__main__");
        return new PFunction(code, globals, defaults, null, null);
    }

    private static Object call(Object f, Object... args) {
        return PyObjectCallNode.callUncached(f, args);
    }

    private PythonClass type(PythonBuiltinClassType t) {
        return jpy.lookupType(t);
    }

    @Test
    void bindingAndMessages() {
        PFunction f = echo("f", new String[]{"a", "b"}, 2, 0, 0, 0, new Object[]{5L});
        assertEquals("(1, 2)", reprTupleOfDict((PTuple) call(f, 1L, 2L)));
        assertRaises("TypeError: f() takes from 1 to 2 positional arguments but 3 were given", () -> call(f, 1L, 2L, 3L));
        assertRaises("TypeError: f() missing 1 required positional argument: 'a'", () -> call(f));
        assertRaises("TypeError: f() got multiple values for argument 'a'", () -> PyObjectCallNode.callUncached(f, new Object[]{1L}, new PKeyword[]{new PKeyword("a", 2L)}));
        assertRaises("TypeError: f() got an unexpected keyword argument 'y'", () -> PyObjectCallNode.callUncached(f, new Object[]{1L}, new PKeyword[]{new PKeyword("y", 2L)}));
        PTuple r = (PTuple) PyObjectCallNode.callUncached(f, new Object[0], new PKeyword[]{new PKeyword("a", 7L)});
        assertEquals(Arrays.asList(7L, 5L), Arrays.asList(r.getArray()));

        PFunction g = echo("g", new String[]{"a", "b", "c", "args", "kw"}, 1, 1, 2, PCode.CO_VARARGS | PCode.CO_VARKEYWORDS, null);
        assertRaises("TypeError: g() missing 1 required positional argument: 'a'", () -> PyObjectCallNode.callUncached(g, new Object[0],
                        new PKeyword[]{new PKeyword("a", 1L), new PKeyword("b", 1L), new PKeyword("c", 1L)}));
        PFunction p = echo("p", new String[]{"a", "b"}, 2, 1, 0, 0, null);
        assertRaises("TypeError: p() got some positional-only arguments passed as keyword arguments: 'a'", () -> PyObjectCallNode.callUncached(p, new Object[0],
                        new PKeyword[]{new PKeyword("a", 1L), new PKeyword("b", 1L)}));
        assertRaises("TypeError: g() missing 2 required keyword-only arguments: 'b' and 'c'", () -> call(g, 1L));
        Object res = PyObjectCallNode.callUncached(g, new Object[]{1L, 2L, 3L}, new PKeyword[]{new PKeyword("b", 4L), new PKeyword("c", 5L), new PKeyword("z", 6L)});
        assertEquals("(1, 4, 5, (2, 3), {'z': 6})", reprTupleOfDict((PTuple) res));

        PFunction h = echo("h", new String[]{"a", "b", "c"}, 3, 0, 0, 0, null);
        assertRaises("TypeError: h() missing 3 required positional arguments: 'a', 'b', and 'c'", () -> call(h));
        PFunction none = echo("n", new String[0], 0, 0, 0, 0, null);
        assertRaises("TypeError: n() takes 0 positional arguments but 1 was given", () -> call(none, 1L));
    }

    private static String reprTupleOfDict(PTuple t) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object o = t.get(i);
            if (o instanceof PDict d) {
                sb.append("{");
                for (Object k : d.keys()) {
                    sb.append(PyObjectReprNode.repr(k)).append(": ").append(PyObjectReprNode.repr(d.getItem(k)));
                }
                sb.append("}");
            } else if (o instanceof PTuple inner) {
                sb.append(reprTupleOfDict(inner));
            } else {
                sb.append(PyObjectReprNode.repr(o));
            }
        }
        return sb.append(")").toString();
    }

    @Test
    void classesAndAttributes() {
        PythonClass typeCls = type(PythonBuiltinClassType.PythonClass);
        PDict ns = new PDict();
        ns.setItem("x", 1L);
        ns.setItem("__module__", "__main__");
        PythonClass a = (PythonClass) call(typeCls, "A", new PTuple(new Object[0]), ns);
        assertEquals("<class '__main__.A'>", PyObjectReprNode.repr(a));
        Object obj = call(a);
        assertInstanceOf(PythonObject.class, obj);
        assertEquals(1L, PyObjectGetAttrNode.getAttributeUncached(obj, "x"));
        PyObjectSetAttrNode.setAttributeUncached(obj, "x", 2L);
        assertEquals(2L, PyObjectGetAttrNode.getAttributeUncached(obj, "x"));
        assertEquals(1L, PyObjectGetAttrNode.getAttributeUncached(a, "x"));
        assertRaises("AttributeError: 'A' object has no attribute 'y'", () -> PyObjectGetAttrNode.getAttributeUncached(obj, "y"));
        assertRaises("AttributeError: type object 'A' has no attribute 'y'", () -> PyObjectGetAttrNode.getAttributeUncached(a, "y"));
        assertRaises("AttributeError: 'object' object has no attribute 'x'", () -> PyObjectSetAttrNode.setAttributeUncached(call(type(PythonBuiltinClassType.PythonObject)), "x", 1L));
        assertRaises("TypeError: cannot set 'x' attribute of immutable type 'int'", () -> PyObjectSetAttrNode.setAttributeUncached(type(PythonBuiltinClassType.PInt), "x", 1L));
        assertRaises("TypeError: A() takes no arguments", () -> call(a, 1L));
        assertRaises("TypeError: type() takes 1 or 3 arguments", () -> call(typeCls, 1L, 2L));
        assertSame(type(PythonBuiltinClassType.PInt), call(typeCls, 5L));
        assertRaises("TypeError: type 'bool' is not an acceptable base type", () -> call(typeCls, "B", new PTuple(new Object[]{type(PythonBuiltinClassType.PBool)}), new PDict()));
        assertRaises("TypeError: multiple bases have instance lay-out conflict",
                        () -> call(typeCls, "B", new PTuple(new Object[]{type(PythonBuiltinClassType.PInt), type(PythonBuiltinClassType.PString)}), new PDict()));
        // __dict__ materialization keeps attributes in sync
        PDict d = (PDict) PyObjectGetAttrNode.getAttributeUncached(obj, "__dict__");
        assertEquals(2L, d.getItem("x"));
        d.setItem("z", 3L);
        assertEquals(3L, PyObjectGetAttrNode.getAttributeUncached(obj, "z"));
        // methods bind
        PFunction m = echo("m", new String[]{"self", "v"}, 2, 0, 0, 0, null);
        PyObjectSetAttrNode.setAttributeUncached(a, "m", m);
        PTuple r = (PTuple) call(PyObjectGetAttrNode.getAttributeUncached(obj, "m"), 9L);
        assertSame(obj, r.get(0));
        assertEquals(9L, r.get(1));
        assertEquals("mappingproxy", GetClassNode.getPythonClassUncached(PyObjectGetAttrNode.getAttributeUncached(a, "__dict__")).getName());
    }

    @Test
    void slotsAndProperty() {
        PythonClass typeCls = type(PythonBuiltinClassType.PythonClass);
        PDict ns = new PDict();
        ns.setItem("__slots__", new PTuple(new Object[]{"a"}));
        PythonClass s = (PythonClass) call(typeCls, "S", new PTuple(new Object[0]), ns);
        Object o = call(s);
        assertRaises("AttributeError: 'S' object has no attribute 'a'", () -> PyObjectGetAttrNode.getAttributeUncached(o, "a"));
        PyObjectSetAttrNode.setAttributeUncached(o, "a", 5L);
        assertEquals(5L, PyObjectGetAttrNode.getAttributeUncached(o, "a"));
        assertRaises("AttributeError: 'S' object has no attribute 'b'", () -> PyObjectSetAttrNode.setAttributeUncached(o, "b", 5L));
        assertEquals("<member 'a' of 'S' objects>", PyObjectReprNode.repr(PyObjectGetAttrNode.getAttributeUncached(s, "a")));

        PFunction getter = echo("getter", new String[]{"self"}, 1, 0, 0, 0, null);
        Object prop = call(type(PythonBuiltinClassType.PProperty), getter);
        PDict ns2 = new PDict();
        ns2.setItem("p", prop);
        PythonClass c = (PythonClass) call(typeCls, "C", new PTuple(new Object[0]), ns2);
        Object inst = call(c);
        PTuple got = (PTuple) PyObjectGetAttrNode.getAttributeUncached(inst, "p");
        assertSame(inst, got.get(0));
        assertRaises("AttributeError: property 'p' of 'C' object has no setter", () -> PyObjectSetAttrNode.setAttributeUncached(inst, "p", 1L));
    }

    @Test
    void mroConflictThroughType() {
        PythonClass typeCls = type(PythonBuiltinClassType.PythonClass);
        PythonClass x = (PythonClass) call(typeCls, "X", new PTuple(new Object[0]), new PDict());
        PythonClass y = (PythonClass) call(typeCls, "Y", new PTuple(new Object[0]), new PDict());
        PythonClass xy = (PythonClass) call(typeCls, "XY", new PTuple(new Object[]{x, y}), new PDict());
        PythonClass yx = (PythonClass) call(typeCls, "YX", new PTuple(new Object[]{y, x}), new PDict());
        assertRaises("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y", () -> call(typeCls, "Z", new PTuple(new Object[]{xy, yx}), new PDict()));
    }

    @Test
    void operators() {
        assertEquals(3L, PyNumberBinaryOpNode.binaryOp(null, BinaryOp.ADD, false, 1L, 2L));
        assertEquals(new BigInteger("18446744073709551616"), PyNumberBinaryOpNode.binaryOp(null, BinaryOp.POW, false, 2L, 64L));
        assertEquals(-4L, PyNumberBinaryOpNode.binaryOp(null, BinaryOp.FLOORDIV, false, 7L, -2L));
        assertEquals(-1L, PyNumberBinaryOpNode.binaryOp(null, BinaryOp.MOD, false, 7L, -2L));
        assertEquals(0.5, PyNumberBinaryOpNode.binaryOp(null, BinaryOp.MOD, false, -7.5, 2L));
        assertEquals(2L, PyNumberBinaryOpNode.binaryOp(null, BinaryOp.ADD, false, true, true));
        assertEquals(false, PyNumberBinaryOpNode.binaryOp(null, BinaryOp.AND, false, true, false));
        assertEquals("ab", PyNumberBinaryOpNode.binaryOp(null, BinaryOp.ADD, false, "a", "b"));
        assertEquals(new BigInteger("9223372036854775808"), PyNumberBinaryOpNode.binaryOp(null, BinaryOp.FLOORDIV, false, Long.MIN_VALUE, -1L));
        assertEquals(new BigInteger("9223372036854775808"), PyNumberUnaryOpNode.unaryOp(null, UnaryOp.NEG, Long.MIN_VALUE));
        assertEquals(-2L, PyNumberUnaryOpNode.unaryOp(null, UnaryOp.INVERT, true));
        assertRaises("TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'", () -> PyNumberBinaryOpNode.binaryOp(null, BinaryOp.ADD, false, 1L, PNone.NONE));
        assertRaises("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'NoneType'", () -> PyNumberBinaryOpNode.binaryOp(null, BinaryOp.POW, false, 1L, PNone.NONE));
        assertRaises("TypeError: unsupported operand type(s) for +=: 'int' and 'NoneType'", () -> PyNumberBinaryOpNode.binaryOp(null, BinaryOp.ADD, true, 1L, PNone.NONE));
        assertRaises("TypeError: can only concatenate str (not \"int\") to str", () -> PyNumberBinaryOpNode.binaryOp(null, BinaryOp.ADD, false, "a", 1L));
        assertRaises("TypeError: can't multiply sequence by non-int of type 'str'", () -> PyNumberBinaryOpNode.binaryOp(null, BinaryOp.MUL, false, "a", "b"));
        assertRaises("ZeroDivisionError: integer division or modulo by zero", () -> PyNumberBinaryOpNode.binaryOp(null, BinaryOp.FLOORDIV, false, 1L, 0L));
        assertRaises("ZeroDivisionError: float modulo", () -> PyNumberBinaryOpNode.binaryOp(null, BinaryOp.MOD, false, 1.0, 0L));
        assertRaises("ZeroDivisionError: 0.0 cannot be raised to a negative power", () -> PyNumberBinaryOpNode.binaryOp(null, BinaryOp.POW, false, 0L, -1L));
        assertRaises("TypeError: bad operand type for unary -: 'str'", () -> PyNumberUnaryOpNode.unaryOp(null, UnaryOp.NEG, "a"));
        assertRaises("TypeError: '<' not supported between instances of 'int' and 'str'", () -> PyObjectRichCompareNode.getUncached().execute(1L, "a", RichCmpOp.LT));
        assertEquals(true, PyObjectRichCompareNode.getUncached().execute(1L, 1.0, RichCmpOp.EQ));
        assertEquals(false, PyObjectRichCompareNode.getUncached().execute(PNone.NONE, 1L, RichCmpOp.EQ));
        assertTrue(PyObjectRichCompareNode.compareBoolUncached(BigInteger.TWO.pow(70), 1e21, RichCmpOp.GT));
        assertFalse(PyObjectRichCompareNode.compareBoolUncached(Double.NaN, Double.NaN, RichCmpOp.EQ));
    }

    @Test
    void reprs() {
        assertEquals("1e+16", PyObjectReprNode.repr(1e16));
        assertEquals("1e-05", PyObjectReprNode.repr(1e-5));
        assertEquals("123456789012345.67", PyObjectReprNode.repr(123456789012345.678));
        assertEquals("0.0001", PyObjectReprNode.repr(0.0001));
        assertEquals("-0.0", PyObjectReprNode.repr(-0.0));
        assertEquals("1.5e+300", PyObjectReprNode.repr(1.5e300));
        assertEquals("\"a'b\"", PyObjectReprNode.repr("a'b"));
        assertEquals("'a\"b\\''", PyObjectReprNode.repr("a\"b'"));
        assertEquals("'\\x00\\x7f\\x85\\ud800\uD83D\uDE00\u00e9\\u200b\\t'", PyObjectReprNode.repr("\u0000\u007f\u0085\ud800\uD83D\uDE00\u00e9\u200b\t"));
        assertEquals("None", PyObjectReprNode.repr(PNone.NONE));
        assertEquals("<class 'int'>", PyObjectReprNode.repr(type(PythonBuiltinClassType.PInt)));
    }

    @Test
    void exceptions() {
        Object e = call(type(PythonBuiltinClassType.ValueError), "x");
        assertEquals("ValueError('x')", PyObjectReprNode.repr(e));
        assertEquals("x", PyObjectStrNode.str(e));
        assertEquals("ValueError('x', 1)", PyObjectReprNode.repr(call(type(PythonBuiltinClassType.ValueError), "x", 1L)));
        assertEquals("'x'", PyObjectStrNode.str(call(type(PythonBuiltinClassType.KeyError), "x")));
        Object os = call(type(PythonBuiltinClassType.OSError), 2L, "No such file", "x");
        assertEquals("FileNotFoundError", GetClassNode.getPythonClassUncached(os).getName());
        assertEquals("[Errno 2] No such file: 'x'", PyObjectStrNode.str(os));
        assertEquals(2L, PyObjectGetAttrNode.getAttributeUncached(os, "errno"));
        assertEquals("(2, 'No such file')", reprTupleOfDict((PTuple) PyObjectGetAttrNode.getAttributeUncached(os, "args")));
        Object se = call(type(PythonBuiltinClassType.SyntaxError), "msg", new PTuple(new Object[]{"f.py", 3L, 4L, "text", 3L, 5L}));
        assertEquals("msg (f.py, line 3)", PyObjectStrNode.str(se));
        Object ude = call(type(PythonBuiltinClassType.UnicodeDecodeError), "utf-8", new org.jpy.objects.bytes.PBytes(new byte[]{(byte) 0xff, (byte) 0xfe}), 0L, 1L, "invalid start byte");
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", PyObjectStrNode.str(ude));
        Object grp = call(type(PythonBuiltinClassType.BaseExceptionGroup), "m", new PTuple(new Object[]{e}));
        assertEquals("ExceptionGroup", GetClassNode.getPythonClassUncached(grp).getName());
        assertEquals("m (1 sub-exception)", PyObjectStrNode.str(grp));
        assertRaises("TypeError: ValueError() takes no keyword arguments",
                        () -> PyObjectCallNode.callUncached(type(PythonBuiltinClassType.ValueError), new Object[0], new PKeyword[]{new PKeyword("x", 1L)}));
        assertRaises("TypeError: note must be a str, not 'int'", () -> call(PyObjectGetAttrNode.getAttributeUncached(e, "add_note"), 1L));
        assertEquals(PNone.NONE, PyObjectGetAttrNode.getAttributeUncached(call(type(PythonBuiltinClassType.StopIteration)), "value"));
        assertEquals(5L, PyObjectGetAttrNode.getAttributeUncached(call(type(PythonBuiltinClassType.StopIteration), 5L), "value"));
        assertRaises("TypeError: object.__init__() takes exactly one argument (the instance to initialize)", () -> {
            Object o = call(type(PythonBuiltinClassType.PythonObject));
            call(PyObjectGetAttrNode.getAttributeUncached(type(PythonBuiltinClassType.PythonObject), "__init__"), o, 1L);
        });
        assertRaises("TypeError: descriptor 'with_traceback' for 'BaseException' objects doesn't apply to a 'int' object",
                        () -> call(PyObjectGetAttrNode.getAttributeUncached(type(PythonBuiltinClassType.BaseException), "with_traceback"), 1L, PNone.NONE));
    }
}
