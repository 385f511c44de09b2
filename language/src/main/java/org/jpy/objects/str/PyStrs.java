package org.jpy.objects.str;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** Reading the str value of a str or str-subclass instance, and making str results for a (sub)class. */
public final class PyStrs {
    private PyStrs() {
    }

    public static String asStr(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PythonObject po && !(o instanceof PythonClass) && po.getBuiltinValue() instanceof String s) {
            return s;
        }
        return null;
    }

    /** The str value of a method argument that must be a str: "{what} must be str, not int". */
    public static String arg(Node node, Object o, String what) {
        String s = asStr(o);
        if (s == null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s must be str, not %s", what, GetClassNode.getPythonClassUncached(o).getName());
        }
        return s;
    }

    public static Object wrap(Object cls, String value) {
        if (cls == PythonBuiltinClassType.PString || cls instanceof PythonClass pc && pc.getBuiltinType() == PythonBuiltinClassType.PString) {
            return value;
        }
        PythonObject o = new PythonObject(cls);
        o.setBuiltinValue(value);
        return o;
    }
}
