package org.jpy.test.types;

import org.graalvm.polyglot.Context;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;

/**
 * An entered jpy context for calling builtins directly from Java (until source execution is available): look up names in
 * {@code builtins}, call them with the uncached abstract API and render results like the {@link CPython} protocol.
 */
public final class Jpy implements AutoCloseable {
    private final Context context;
    private final JpyContext jpy;

    public Jpy() {
        context = Context.newBuilder("jpy").allowAllAccess(true).build();
        context.initialize("jpy");
        context.enter();
        jpy = JpyContext.get(null);
    }

    public Object builtin(String name) {
        return jpy.getBuiltinsModule().getDict().getItem(name);
    }

    public Object call(Object callable, Object... args) {
        return PyObjectCallNode.callUncached(callable, args);
    }

    public Object callBuiltin(String name, Object... args) {
        return call(builtin(name), args);
    }

    public Object method(Object self, String name, Object... args) {
        return call(PyObjectGetAttrNode.getAttributeUncached(self, name), args);
    }

    /** Runs {@code body} and renders its result as {@code CPython} does: str as is, others by repr, errors as "!Type: msg". */
    public String eval(java.util.function.Supplier<Object> body) {
        try {
            Object r = body.get();
            return r instanceof String s ? s : PyObjectReprNode.repr(r);
        } catch (PException e) {
            var exc = e.getPythonException();
            String type = org.jpy.nodes.pyobject.GetClassNode.getPythonClassUncached(exc).getName();
            Object[] args = exc.getArgs().getArray();
            String msg = args.length == 0 ? "" : args.length == 1 ? org.jpy.nodes.pyobject.PyObjectStrNode.str(args[0]) : PyObjectReprNode.repr(exc.getArgs());
            if (type.equals("KeyError") && args.length == 1) {
                msg = PyObjectReprNode.repr(args[0]);
            }
            return "!" + type + ": " + msg;
        }
    }

    @Override
    public void close() {
        context.leave();
        context.close();
    }
}
