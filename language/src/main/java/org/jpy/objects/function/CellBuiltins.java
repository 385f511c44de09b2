package org.jpy.objects.function;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code cell}: {@code cell_contents} (ValueError "Cell is empty"), repr and comparisons. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PCell)
public final class CellBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return CellBuiltinsFactory.getFactories();
    }

    @Builtin(name = "cell_contents", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true, allowsDelete = true)
    @GenerateNodeFactory
    public abstract static class ContentsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PCell self, Object value, @Bind("$node") Node node) {
            if (value == PNone.NO_VALUE) {
                Object v = self.getRef();
                if (v == null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "Cell is empty");
                }
                return v;
            }
            self.setRef(value == GetSetDescriptor.DELETE_MARKER ? null : value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCell self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(PCell c) {
            Object v = c.getRef();
            if (v == null) {
                return String.format("<cell at 0x%x: empty>", IdentityIds.id(c));
            }
            return String.format("<cell at 0x%x: %s object at 0x%x>", IdentityIds.id(c), GetClassNode.getPythonClassUncached(v).getName(), IdentityIds.id(v));
        }
    }

    @Builtin(name = "__eq__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PCell self, Object other) {
            if (!(other instanceof PCell o)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return eq(self, o);
        }

        @TruffleBoundary
        private static boolean eq(PCell a, PCell b) {
            if (a.getRef() == null || b.getRef() == null) {
                return a.getRef() == b.getRef();
            }
            return PyObjectRichCompareNode.compareBoolUncached(a.getRef(), b.getRef(), RichCmpOp.EQ);
        }
    }
}
