package org.jpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.objects.PythonClass;
import org.jpy.objects.exception.PBaseException;

/**
 * The last line of a Python traceback ({@code "TypeError: message"}, CPython's
 * {@code traceback.format_exception_only} for the simple case): used as the polyglot exception message.
 * The full traceback printing belongs to the exec layer.
 */
public final class ExceptionFormatting {
    private ExceptionFormatting() {
    }

    @TruffleBoundary
    public static String formatExceptionOnly(PBaseException exc) {
        PythonClass cls = GetClassNode.getPythonClassUncached(exc);
        String name = cls.getQualName();
        Object module = cls.getModuleName();
        if (module instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            name = m + "." + name;
        }
        String msg;
        try {
            msg = PyObjectStrNode.str(exc);
        } catch (PException e) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
