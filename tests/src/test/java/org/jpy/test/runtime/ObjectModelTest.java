package org.jpy.test.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.runtime.PythonBuiltinClassType;

/** Builtin classes, MROs and class look-up invalidation. */
class ObjectModelTest extends RuntimeTestBase {
    private static String mroNames(PythonClass c) {
        return Arrays.stream(c.getMro()).map(PythonClass::getName).collect(Collectors.joining(","));
    }

    private PythonClass heapClass(String name, PythonClass... bases) {
        return new PythonClass(jpy.lookupType(PythonBuiltinClassType.PythonClass), name, name, bases, new PDict());
    }

    @Test
    void builtinHierarchy() {
        assertEquals("bool,int,object", mroNames(jpy.lookupType(PythonBuiltinClassType.PBool)));
        assertEquals("ConnectionResetError,ConnectionError,OSError,Exception,BaseException,object", mroNames(jpy.lookupType(PythonBuiltinClassType.ConnectionResetError)));
        assertEquals("ExceptionGroup,BaseExceptionGroup,Exception,BaseException,object", mroNames(jpy.lookupType(PythonBuiltinClassType.ExceptionGroup)));
        assertEquals("object", mroNames(jpy.lookupType(PythonBuiltinClassType.PythonObject)));
        assertSame(jpy.lookupType(PythonBuiltinClassType.OSError), jpy.getBuiltinsModule().getAttribute("IOError"));
    }

    @Test
    void classOfValues() {
        assertEquals("int", GetClassNode.getPythonClassUncached(1L).getName());
        assertEquals("bool", GetClassNode.getPythonClassUncached(true).getName());
        assertEquals("float", GetClassNode.getPythonClassUncached(1.5).getName());
        assertEquals("str", GetClassNode.getPythonClassUncached("x").getName());
        assertEquals("NoneType", GetClassNode.getPythonClassUncached(PNone.NONE).getName());
        assertEquals("int", GetClassNode.getPythonClassUncached(java.math.BigInteger.TEN.pow(30)).getName());
        assertEquals("list", GetClassNode.getPythonClassUncached(new PList()).getName());
        assertEquals("type", GetClassNode.getPythonClassUncached(jpy.lookupType(PythonBuiltinClassType.PInt)).getName());
    }

    @Test
    void c3() {
        PythonClass object = jpy.lookupType(PythonBuiltinClassType.PythonObject);
        PythonClass a = heapClass("A", object);
        PythonClass b = heapClass("B", a);
        PythonClass c = heapClass("C", a);
        PythonClass d = heapClass("D", b, c);
        assertEquals("D,B,C,A,object", mroNames(d));
        PythonClass x = heapClass("X", object);
        PythonClass y = heapClass("Y", object);
        PythonClass xy = heapClass("XY", x, y);
        PythonClass yx = heapClass("YX", y, x);
        assertRaises("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y", () -> heapClass("Z", xy, yx));
        assertRaises("TypeError: duplicate base class X", () -> heapClass("Z", x, x));
        assertEquals(2, x.getSubclasses().size());
    }

    @Test
    void lookupInvalidation() {
        PythonClass object = jpy.lookupType(PythonBuiltinClassType.PythonObject);
        PythonClass a = heapClass("A", object);
        PythonClass b = heapClass("B", a);
        var assumption = b.getLookupStableAssumption();
        assertTrue(assumption.isValid());
        a.setAttribute("f", 1L);
        assertFalse(assumption.isValid());
        assertEquals(1L, b.lookup("f"));
    }
}
