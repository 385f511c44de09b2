package org.jpy.test.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.dsl.NodeFactory;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.builtins.SimpleNodeFactory;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code @Builtin} signatures, CPython's builtin argument errors, method descriptors and binding. */
class BuiltinFrameworkTest extends RuntimeTestBase {
    @CoreFunctions(defineModule = "jpytest")
    public static final class TestModuleBuiltins extends PythonBuiltins {
        @Override
        public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
            return List.of(SimpleNodeFactory.of(OneNode.class, OneNode::new), SimpleNodeFactory.of(OptNode.class, OptNode::new), SimpleNodeFactory.of(KwNode.class, KwNode::new));
        }

        @Builtin(name = "one", minNumOfPositionalArgs = 1)
        public static final class OneNode extends PythonUnaryBuiltinNode {
            @Override
            public Object execute(VirtualFrame frame, Object a) {
                return a;
            }
        }

        @Builtin(name = "opt", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2)
        public static final class OptNode extends PythonBinaryBuiltinNode {
            @Override
            public Object execute(VirtualFrame frame, Object a, Object b) {
                return b == PNone.NO_VALUE ? "absent" : b;
            }
        }

        @Builtin(name = "kw", minNumOfPositionalArgs = 1, parameterNames = {"sep", "maxsplit", "x"})
        public static final class KwNode extends PythonTernaryBuiltinNode {
            @Override
            public Object execute(VirtualFrame frame, Object a, Object b, Object c) {
                return b;
            }
        }
    }

    private static Object call(Object f, Object... args) {
        return PyObjectCallNode.callUncached(f, args);
    }

    @Test
    void moduleFunctions() {
        // register the test module on the fly
        org.jpy.objects.module.PythonModule m = new org.jpy.objects.module.PythonModule("jpytest");
        BuiltinInstaller.installIntoModule(jpy.getLanguage(), new TestModuleBuiltins(), m.getDict(), "jpytest");
        Object one = m.getAttribute("one");
        assertEquals("<built-in function one>", PyObjectReprNode.repr(one));
        assertEquals(5L, call(one, 5L));
        assertRaises("TypeError: one() takes exactly one argument (0 given)", () -> call(one));
        assertRaises("TypeError: one() takes no keyword arguments", () -> PyObjectCallNode.callUncached(one, new Object[]{1L}, new PKeyword[]{new PKeyword("x", 1L)}));
        Object opt = m.getAttribute("opt");
        assertEquals("absent", call(opt, 1L));
        assertEquals(2L, call(opt, 1L, 2L));
        assertRaises("TypeError: opt expected at most 2 arguments, got 3", () -> call(opt, 1L, 2L, 3L));
        assertRaises("TypeError: opt expected at least 1 argument, got 0", () -> call(opt));
        Object kw = m.getAttribute("kw");
        assertEquals(7L, PyObjectCallNode.callUncached(kw, new Object[]{1L}, new PKeyword[]{new PKeyword("maxsplit", 7L)}));
        assertRaises("TypeError: 'foo' is an invalid keyword argument for kw()", () -> PyObjectCallNode.callUncached(kw, new Object[]{1L}, new PKeyword[]{new PKeyword("foo", 7L)}));
        assertRaises("TypeError: kw() takes at most 3 arguments (4 given)", () -> call(kw, 1L, 2L, 3L, 4L));
        assertRaises("TypeError: argument for kw() given by name ('sep') and position (1)",
                        () -> PyObjectCallNode.callUncached(kw, new Object[]{1L}, new PKeyword[]{new PKeyword("sep", 7L)}));
    }

    @Test
    void methodDescriptors() {
        PythonClass exc = jpy.lookupType(PythonBuiltinClassType.BaseException);
        Object desc = PyObjectGetAttrNode.getAttributeUncached(exc, "with_traceback");
        assertEquals("<method 'with_traceback' of 'BaseException' objects>", PyObjectReprNode.repr(desc));
        Object e = call(exc);
        Object bound = PyObjectGetAttrNode.getAttributeUncached(e, "with_traceback");
        assertEquals("builtin_function_or_method", org.jpy.nodes.pyobject.GetClassNode.getPythonClassUncached(bound).getName());
        assertRaises("TypeError: BaseException.with_traceback() takes exactly one argument (0 given)", () -> call(bound));
        assertRaises("TypeError: unbound method BaseException.with_traceback() needs an argument", () -> call(desc));
        Object init = PyObjectGetAttrNode.getAttributeUncached(jpy.lookupType(PythonBuiltinClassType.PythonObject), "__init__");
        assertEquals("<slot wrapper '__init__' of 'object' objects>", PyObjectReprNode.repr(init));
        assertEquals("<attribute '__name__' of 'type' objects>", PyObjectReprNode.repr(((PDict) jpy.lookupType(PythonBuiltinClassType.PythonClass).getDict()).getItem("__name__")));
        assertEquals("<built-in method __subclasshook__ of type object at", PyObjectReprNode.repr(PyObjectGetAttrNode.getAttributeUncached(exc, "__subclasshook__")).substring(0, 51));
        PBuiltinFunction dummy = null;
        assertEquals(null, dummy);
    }
}
