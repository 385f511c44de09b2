package org.jpy.objects.frame;

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
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.objects.PNone;
import org.jpy.objects.dict.PDict;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code types.FrameType}: {@code f_code}, {@code f_globals}, {@code f_locals}, {@code f_lineno}, {@code f_back}... */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PFrame)
public final class FrameBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return FrameBuiltinsFactory.getFactories();
    }

    static PFrame frame(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PFrame f) {
            return f;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'frame' object but received a '%s'", PRaise.typeName(self));
    }

    @Builtin(name = "f_code", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class CodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object code(Object self, Object value) {
            Object c = frame(this, self).getCode();
            return c == null ? PNone.NONE : c;
        }
    }

    @Builtin(name = "f_globals", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class GlobalsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object globals(Object self, Object value) {
            Object g = frame(this, self).getGlobals();
            return g == null ? new PDict() : g;
        }
    }

    @Builtin(name = "f_builtins", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class BuiltinsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object builtins(Object self, Object value) {
            frame(this, self);
            return JpyContext.get(this).getBuiltinsModule().getDict();
        }
    }

    @Builtin(name = "f_locals", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class LocalsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object locals(Object self, Object value) {
            PFrame f = frame(this, self);
            Object l = f.getLocals();
            if (l == null) {
                l = f.getGlobals() != null && f.getCodeName().equals("<module>") ? f.getGlobals() : new PDict();
            }
            return l;
        }
    }

    @Builtin(name = "f_lineno", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class LinenoNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object lineno(Object self, Object value) {
            return (long) frame(this, self).getLineno();
        }
    }

    @Builtin(name = "f_lasti", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class LastiNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object lasti(Object self, Object value) {
            frame(this, self);
            return 0L;
        }
    }

    @Builtin(name = "f_back", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class BackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object back(Object self, Object value) {
            PFrame b = frame(this, self).getBack();
            return b == null ? PNone.NONE : b;
        }
    }

    @Builtin(name = "f_trace", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    abstract static class TraceNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object trace(Object self, Object value) {
            frame(this, self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object clear(Object self) {
            frame(this, self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object self) {
            PFrame f = frame(this, self);
            return String.format("<frame at 0x%x, file '%s', line %d, code %s>", IdentityIds.id(f), f.getFilename(), f.getLineno(), f.getCodeName());
        }
    }
}
