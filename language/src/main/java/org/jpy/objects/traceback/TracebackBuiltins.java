package org.jpy.objects.traceback;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.objects.PNone;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code types.TracebackType}: {@code tb_frame}, {@code tb_lineno}, {@code tb_next} (writable), {@code tb_lasti}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PTraceback)
public final class TracebackBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return TracebackBuiltinsFactory.getFactories();
    }

    static PTraceback tb(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PTraceback t) {
            return t;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'traceback' object but received a '%s'", PRaise.typeName(self));
    }

    @Builtin(name = "tb_frame", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class FrameNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object frame(Object self, Object value) {
            return tb(this, self).getFrame();
        }
    }

    @Builtin(name = "tb_lineno", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class LinenoNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object lineno(Object self, Object value) {
            return (long) tb(this, self).getLineno();
        }
    }

    @Builtin(name = "tb_lasti", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    abstract static class LastiNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object lasti(Object self, Object value) {
            tb(this, self);
            return 0L;
        }
    }

    @Builtin(name = "tb_next", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    abstract static class NextNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object next(Object self, Object value) {
            PTraceback t = tb(this, self);
            if (value == PNone.NO_VALUE) {
                return t.getNext() == null ? PNone.NONE : t.getNext();
            }
            if (value == PNone.NONE) {
                t.setNext(null);
            } else if (value instanceof PTraceback n) {
                for (PTraceback c = n; c != null; c = c.getNext()) {
                    if (c == t) {
                        throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "traceback loop detected");
                    }
                }
                t.setNext(n);
            } else {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "expected traceback object or None, got '%s'", PRaise.typeName(value));
            }
            return PNone.NONE;
        }
    }
}
