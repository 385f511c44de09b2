package org.jpy.nodes.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeFactory;

import org.jpy.JpyLanguage;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.descriptor.PDecoratedMethod;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.runtime.PythonBuiltinClassType;
import org.jpy.runtime.Signature;

/**
 * Turns {@link Builtin} annotations into Python objects: method descriptors / getset descriptors /
 * classmethod and staticmethod wrappers in a class namespace, or {@code builtin_function_or_method}s in a
 * module namespace. Signatures are derived once from the annotation (see {@link Builtin} for the rules).
 */
public final class BuiltinInstaller {
    private BuiltinInstaller() {
    }

    /** Installs every builtin of {@code container} into the namespace of {@code cls}. */
    @TruffleBoundary
    public static void installIntoClass(JpyLanguage language, PythonBuiltins container, PythonClass cls, Object typeKey) {
        PDict ns = cls.getDict();
        for (NodeFactory<? extends PythonBuiltinBaseNode> f : container.getNodeFactories()) {
            for (Builtin b : annotations(f)) {
                ns.setItem(b.name(), createClassAttribute(language, f, b, cls.getName(), typeKey));
            }
        }
        cls.invalidateLookups();
    }

    /** Installs the builtin(s) of one node factory into the namespace of {@code cls} (for containers that target several classes). */
    @TruffleBoundary
    public static void installOne(JpyLanguage language, NodeFactory<? extends PythonBuiltinBaseNode> f, PythonClass cls) {
        Object typeKey = cls.getBuiltinType() != null ? cls.getBuiltinType() : cls;
        for (Builtin b : annotations(f)) {
            cls.getDict().setItem(b.name(), createClassAttribute(language, f, b, cls.getName(), typeKey));
        }
        cls.invalidateLookups();
    }

    /** Installs every builtin of {@code container} into a module namespace. */
    @TruffleBoundary
    public static void installIntoModule(JpyLanguage language, PythonBuiltins container, PDict moduleDict, String moduleName) {
        for (NodeFactory<? extends PythonBuiltinBaseNode> f : container.getNodeFactories()) {
            for (Builtin b : annotations(f)) {
                PBuiltinFunction fn = createFunction(language, f, b, b.name(), null, PythonBuiltinClassType.PBuiltinFunction, 0);
                fn.setModule(moduleName);
                moduleDict.setItem(b.name(), fn);
            }
        }
    }

    public static Builtin[] annotations(NodeFactory<?> f) {
        return f.getNodeClass().getAnnotationsByType(Builtin.class);
    }

    private static Object createClassAttribute(JpyLanguage language, NodeFactory<? extends PythonBuiltinBaseNode> f, Builtin b, String className, Object typeKey) {
        String qualname = className + "." + b.name();
        if (b.isGetter()) {
            PBuiltinFunction accessor = createFunction(language, f, b, qualname, typeKey, PythonBuiltinClassType.PBuiltinFunction, 0);
            return new GetSetDescriptor(b.name(), typeKey, accessor, b.isSetter(), b.allowsDelete());
        }
        if (b.isClassmethod()) {
            return createFunction(language, f, b, qualname, null, PythonBuiltinClassType.PClassMethodDescriptor, PBuiltinFunction.FLAG_CLASSMETHOD);
        }
        if (b.name().equals("__new__")) {
            // CPython stores tp_new as a builtin bound to the type; it is never re-bound by attribute access.
            PBuiltinFunction fn = createFunction(language, f, b, qualname, null, PythonBuiltinClassType.PBuiltinFunction, PBuiltinFunction.FLAG_STATICMETHOD);
            ((BuiltinRootNode) fn.getCallTarget().getRootNode()).setNewOwner(typeKey);
            return fn;
        }
        if (b.isStaticmethod()) {
            PBuiltinFunction fn = createFunction(language, f, b, qualname, null, PythonBuiltinClassType.PBuiltinFunction, PBuiltinFunction.FLAG_STATICMETHOD);
            return new PDecoratedMethod(PythonBuiltinClassType.PStaticMethod, fn, true);
        }
        boolean dunder = b.name().startsWith("__") && b.name().endsWith("__") && b.name().length() > 4;
        return createFunction(language, f, b, qualname, typeKey, dunder ? PythonBuiltinClassType.PWrapperDescriptor : PythonBuiltinClassType.PMethodDescriptor, 0);
    }

    /**
     * Creates one builtin function object. {@code selfType} non-null makes the call target check that the first
     * argument is an instance of it (method descriptors).
     */
    @TruffleBoundary
    public static PBuiltinFunction createFunction(JpyLanguage language, NodeFactory<? extends PythonBuiltinBaseNode> f, Builtin b, String qualname, Object selfType, Object pythonClass,
                    int flags) {
        Signature sig = signatureOf(b, qualname);
        BuiltinRootNode root = new BuiltinRootNode(language, f, b.name(), qualname, sig.getBoundLength(), selfType, sig.getPositionalCount(), sig.keywordOnlyNames().length,
                        sig.takesVarArgs() && sig.keywordOnlyNames().length > 0);
        int min = b.minNumOfPositionalArgs();
        int optional = Math.max(0, sig.getPositionalCount() - min);
        Object[] defaults = new Object[optional];
        Arrays.fill(defaults, PNone.NO_VALUE);
        PBuiltinFunction fn = new PBuiltinFunction(pythonClass, b.name(), qualname, selfType, sig, defaults, root.getCallTarget(), flags, b.doc().isEmpty() ? PNone.NONE : b.doc());
        fn.setDefaultSlot(DefaultSlotBuiltin.class.isAssignableFrom(f.getNodeClass()));
        return fn;
    }

    /** The Python signature an annotation describes. */
    public static Signature signatureOf(Builtin b, String qualname) {
        String[] names = b.parameterNames();
        int max = b.maxNumOfPositionalArgs();
        if (max < 0) {
            max = names.length > 0 ? names.length : b.minNumOfPositionalArgs();
        }
        boolean method = qualname.indexOf('.') >= 0;
        if (names.length < max) {
            List<String> generated = new ArrayList<>(Arrays.asList(names));
            for (int i = names.length; i < max; i++) {
                generated.add(i == 0 && method ? (b.isClassmethod() || b.name().equals("__new__") ? "$cls" : "$self") : "$arg" + i);
            }
            names = generated.toArray(new String[0]);
        } else if (names.length > max) {
            names = Arrays.copyOf(names, max);
        }
        int posOnly = 0;
        while (posOnly < names.length && names[posOnly].startsWith("$")) {
            posOnly++;
        }
        posOnly = Math.max(posOnly, Math.min(b.numOfPositionalOnlyArgs(), names.length));
        if (b.positionalOnly()) {
            posOnly = names.length;
        }
        boolean positionalStyle = b.positionalOnly() || (posOnly == names.length && b.keywordOnlyNames().length == 0 && !b.takesVarKeywordArgs());
        return new Signature(b.name(), qualname, names, posOnly, b.keywordOnlyNames(), b.takesVarArgs(), b.takesVarKeywordArgs(),
                        positionalStyle ? Signature.ErrorStyle.BUILTIN_POSITIONAL : Signature.ErrorStyle.BUILTIN_KEYWORDS);
    }
}
