package org.jpy.nodes.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.JpyLanguage;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Simple getset descriptors written as Java lambdas instead of DSL nodes (for plain field accessors such as
 * {@code OSError.errno}): {@code JavaGetSet.install(language, cls, "errno", getter, setter)}. The accessor is
 * called behind a boundary; use a {@link Builtin} node for anything hot.
 */
public final class JavaGetSet {
    private JavaGetSet() {
    }

    /** Reads the attribute from {@code self}. */
    @FunctionalInterface
    public interface Getter {
        Object get(Object self);
    }

    /** Writes ({@code value}) or deletes ({@code value == GetSetDescriptor.DELETE_MARKER}) the attribute. */
    @FunctionalInterface
    public interface Setter {
        void set(Object self, Object value);
    }

    @Builtin(name = "<getset>", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$value"})
    static final class AccessorNode extends PythonBinaryBuiltinNode {
        private final Getter getter;
        private final Setter setter;

        AccessorNode(Getter getter, Setter setter) {
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        public Object execute(VirtualFrame frame, Object self, Object value) {
            return access(self, value);
        }

        @TruffleBoundary
        private Object access(Object self, Object value) {
            if (value == PNone.NO_VALUE) {
                return getter.get(self);
            }
            setter.set(self, value);
            return PNone.NONE;
        }
    }

    private record Factory(Getter getter, Setter setter) implements NodeFactory<AccessorNode> {
        @Override
        public AccessorNode createNode(Object... arguments) {
            return new AccessorNode(getter, setter);
        }

        @Override
        public Class<AccessorNode> getNodeClass() {
            return AccessorNode.class;
        }

        @Override
        public List<List<Class<?>>> getNodeSignatures() {
            return List.of(List.of(Getter.class, Setter.class));
        }

        @Override
        public List<Class<? extends com.oracle.truffle.api.nodes.Node>> getExecutionSignature() {
            return List.of();
        }
    }

    /** Creates the descriptor (does not install it). {@code setter == null}: read-only. */
    @TruffleBoundary
    public static GetSetDescriptor create(JpyLanguage language, String name, Object ownerType, String ownerName, Getter getter, Setter setter, boolean deletable) {
        Builtin b = AccessorNode.class.getAnnotation(Builtin.class);
        PBuiltinFunction accessor = BuiltinInstaller.createFunction(language, new Factory(getter, setter), b, ownerName + "." + name, ownerType, PythonBuiltinClassType.PBuiltinFunction, 0);
        return new GetSetDescriptor(name, ownerType, accessor, setter != null, deletable);
    }

    /** Creates and installs the descriptor in {@code cls}'s namespace. */
    @TruffleBoundary
    public static void install(JpyLanguage language, PythonClass cls, String name, Getter getter, Setter setter) {
        Object owner = cls.getBuiltinType() != null ? cls.getBuiltinType() : cls;
        cls.setAttribute(name, create(language, name, owner, cls.getName(), getter, setter, false));
    }
}
