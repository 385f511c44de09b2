package org.jpy.objects.object;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.jpy.JpyLanguage;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The {@code __dict__} and {@code __weakref__} getset descriptors that CPython adds to every heap type whose
 * instances have them (and to builtin types with an instance dict). Not in the registry: the context and
 * {@code type.__new__} create the descriptors with {@link #createDictDescriptor}/{@link #createWeakrefDescriptor}.
 */
public final class InstanceDictDescriptors extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return InstanceDictDescriptorsFactory.getFactories();
    }

    @TruffleBoundary
    public static GetSetDescriptor createDictDescriptor(JpyLanguage language, Object owner, String ownerName) {
        NodeFactory<? extends PythonBuiltinBaseNode> f = InstanceDictDescriptorsFactory.DictNodeFactory.getInstance();
        Builtin b = BuiltinInstaller.annotations(f)[0];
        PBuiltinFunction accessor = BuiltinInstaller.createFunction(language, f, b, ownerName + ".__dict__", null, PythonBuiltinClassType.PBuiltinFunction, 0);
        return new GetSetDescriptor("__dict__", owner, accessor, true, false);
    }

    @TruffleBoundary
    public static GetSetDescriptor createWeakrefDescriptor(JpyLanguage language, Object owner, String ownerName) {
        NodeFactory<? extends PythonBuiltinBaseNode> f = InstanceDictDescriptorsFactory.WeakrefNodeFactory.getInstance();
        Builtin b = BuiltinInstaller.annotations(f)[0];
        PBuiltinFunction accessor = BuiltinInstaller.createFunction(language, f, b, ownerName + ".__weakref__", null, PythonBuiltinClassType.PBuiltinFunction, 0);
        return new GetSetDescriptor("__weakref__", owner, accessor, false, false);
    }

    @Builtin(name = "__dict__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class DictNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            return access(node, self, value);
        }

        @TruffleBoundary
        private static Object access(Node node, Object self, Object value) {
            if (!(self instanceof PythonObject po)) {
                throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "'%T' object has no attribute '__dict__'", self);
            }
            if (value == PNone.NO_VALUE) {
                return po.getOrCreateDict();
            }
            if (value == GetSetDescriptor.DELETE_MARKER) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot delete __dict__");
            }
            if (!(value instanceof PDict d)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
            }
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            for (Object key : lib.getKeyArray(po)) {
                if (key instanceof String) {
                    lib.removeKey(po, key);
                }
            }
            po.setDict(d);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__weakref__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true)
    @GenerateNodeFactory
    public abstract static class WeakrefNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            Object w = self instanceof PythonObject po ? po.readAttribute("__weakref__") : PNone.NO_VALUE;
            return w == PNone.NO_VALUE ? PNone.NONE : w;
        }
    }
}
