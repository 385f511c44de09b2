package org.jpy.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.JpyLanguage;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.objects.PEllipsis;
import org.jpy.objects.PNone;
import org.jpy.objects.PNotImplemented;
import org.jpy.objects.PythonClass;
import org.jpy.objects.module.PythonModule;

/**
 * One Python interpreter: the builtin classes (one {@link PythonClass} per {@link PythonBuiltinClassType},
 * created at context start with their methods installed from the {@link PythonBuiltinsRegistry}), the
 * {@code builtins} module, and the Java modules that can be imported ({@link #getOrCreateBuiltinModule}).
 *
 * <p>The import machinery ({@code sys.modules}, finders) belongs to {@code runtime.imports}; it asks this class
 * for Java modules by name.
 */
public final class JpyContext {
    private static final ContextReference<JpyContext> REFERENCE = ContextReference.create(JpyLanguage.class);

    private final JpyLanguage language;
    private final TruffleLanguage.Env env;
    @CompilationFinal(dimensions = 1) private final PythonClass[] builtinTypes = new PythonClass[PythonBuiltinClassType.values().length];
    private final Map<String, List<PythonBuiltins>> moduleContainers = new LinkedHashMap<>();
    private final Map<String, PythonModule> createdBuiltinModules = new LinkedHashMap<>();
    private PythonModule builtinsModule;
    private boolean initialized;
    /** Free slots for the exec layer, e.g. {@code sys} module, {@code sys.modules}, import hooks. */
    private final Map<String, Object> hooks = new LinkedHashMap<>();

    public JpyContext(JpyLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
    }

    /** Python call depth and {@code sys.setrecursionlimit}: per interpreter (contexts run one thread each for now). */
    private final org.jpy.nodes.function.CallDepth callDepth = new org.jpy.nodes.function.CallDepth();

    public org.jpy.nodes.function.CallDepth getCallDepth() {
        return callDepth;
    }

    public static JpyContext get(Node node) {
        return REFERENCE.get(node);
    }

    public JpyLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    /** The context's class object for a builtin type. */
    public PythonClass lookupType(PythonBuiltinClassType type) {
        return builtinTypes[type.ordinal()];
    }

    /** Resolves a stored class ({@code PythonClass} or {@code PythonBuiltinClassType}). */
    public PythonClass resolveClass(Object storedClass) {
        return storedClass instanceof PythonClass pc ? pc : builtinTypes[((PythonBuiltinClassType) storedClass).ordinal()];
    }

    public PythonModule getBuiltinsModule() {
        return builtinsModule;
    }

    public boolean isInitialized() {
        return initialized;
    }

    /** Creates builtin classes, installs builtins and creates the {@code builtins} module. Called once by the language. */
    @TruffleBoundary
    public void initialize() {
        if (initialized) {
            return;
        }
        createBuiltinTypes();
        builtinsModule = new PythonModule("builtins");
        List<PythonBuiltins> containers = PythonBuiltinsRegistry.createAll();
        List<PythonBuiltins> classContainers = new ArrayList<>();
        for (PythonBuiltins c : containers) {
            CoreFunctions cf = c.getClass().getAnnotation(CoreFunctions.class);
            if (cf == null) {
                continue;
            }
            for (PythonBuiltinClassType t : cf.extendClasses()) {
                BuiltinInstaller.installIntoClass(language, c, lookupType(t), t);
            }
            if (cf.defineModule().isEmpty()) {
                classContainers.add(c);
            }
            if (!cf.defineModule().isEmpty()) {
                moduleContainers.computeIfAbsent(cf.defineModule(), k -> new ArrayList<>()).add(c);
            }
        }
        addInstanceDictDescriptors();
        populateBuiltinsModule();
        for (PythonBuiltins c : classContainers) {
            c.initialize(this, null);
        }
        initialized = true;
        for (Map.Entry<String, List<PythonBuiltins>> e : moduleContainers.entrySet()) {
            for (PythonBuiltins c : e.getValue()) {
                if (c.getClass().getAnnotation(CoreFunctions.class).isEager()) {
                    getOrCreateBuiltinModule(e.getKey());
                    break;
                }
            }
        }
    }

    private void createBuiltinTypes() {
        for (PythonBuiltinClassType t : PythonBuiltinClassType.values()) {
            builtinTypes[t.ordinal()] = new PythonClass(t);
        }
        for (PythonBuiltinClassType t : PythonBuiltinClassType.values()) {
            PythonClass cls = builtinTypes[t.ordinal()];
            PythonBuiltinClassType[] bt = t.getBases();
            PythonClass[] bases = new PythonClass[bt.length];
            for (int i = 0; i < bt.length; i++) {
                bases[i] = builtinTypes[bt[i].ordinal()];
            }
            cls.setBasesAndMro(bases, PythonClass.computeMro(cls, bases));
            cls.getDict().setItem("__module__", t.getModule());
            cls.getDict().setItem("__doc__", PNone.NONE);
        }
        for (PythonBuiltinClassType t : new PythonBuiltinClassType[]{PythonBuiltinClassType.PList, PythonBuiltinClassType.PDict, PythonBuiltinClassType.PSet,
                        PythonBuiltinClassType.PByteArray, PythonBuiltinClassType.PDeque, PythonBuiltinClassType.PDictKeys, PythonBuiltinClassType.PDictItems,
                        PythonBuiltinClassType.PSlice}) {
            builtinTypes[t.ordinal()].getDict().setItem("__hash__", PNone.NONE);
        }
    }

    /** Builtin types whose instances have a {@code __dict__} get CPython's {@code __dict__} getset descriptor. */
    private void addInstanceDictDescriptors() {
        for (PythonBuiltinClassType t : PythonBuiltinClassType.values()) {
            if (t.hasInstanceDict() && t != PythonBuiltinClassType.PythonClass) {
                PythonClass cls = lookupType(t);
                if (cls.lookup("__dict__") == PNone.NO_VALUE) {
                    cls.getDict().setItem("__dict__", org.jpy.objects.object.InstanceDictDescriptors.createDictDescriptor(language, t, t.getName()));
                    cls.invalidateLookups();
                }
            }
        }
    }

    private void populateBuiltinsModule() {
        PythonModule m = builtinsModule;
        for (PythonBuiltinClassType t : PythonBuiltinClassType.values()) {
            if (t.getModule().equals("builtins") && (t.isException() || isPublicBuiltin(t))) {
                m.setAttribute(t.getName(), lookupType(t));
            }
        }
        m.setAttribute("EnvironmentError", lookupType(PythonBuiltinClassType.OSError));
        m.setAttribute("IOError", lookupType(PythonBuiltinClassType.OSError));
        m.setAttribute("None", PNone.NONE);
        m.setAttribute("Ellipsis", PEllipsis.ELLIPSIS);
        m.setAttribute("NotImplemented", PNotImplemented.NOT_IMPLEMENTED);
        m.setAttribute("True", true);
        m.setAttribute("False", false);
        m.setAttribute("__debug__", language != null && env != null ? env.getOptions().get(JpyLanguage.Optimize) == 0 : true);
        List<PythonBuiltins> containers = moduleContainers.get("builtins");
        if (containers != null) {
            for (PythonBuiltins c : containers) {
                BuiltinInstaller.installIntoModule(language, c, m.getDict(), "builtins");
            }
            for (PythonBuiltins c : containers) {
                c.initialize(this, m);
            }
        }
        createdBuiltinModules.put("builtins", m);
    }

    private static boolean isPublicBuiltin(PythonBuiltinClassType t) {
        switch (t) {
            case PythonObject, PythonClass, PInt, PBool, PFloat, PComplex, PString, PBytes, PByteArray, PList, PTuple, PDict, PSet, PFrozenSet, PRange, PSlice, PMemoryView,
                            PProperty, PClassMethod, PStaticMethod, PSuper, PEnumerate, PZip, PMap, PFilter, PReversed:
                return true;
            default:
                return false;
        }
    }

    /** Names of the Java modules ({@code sys.builtin_module_names}). */
    @TruffleBoundary
    public List<String> getBuiltinModuleNames() {
        return new ArrayList<>(moduleContainers.keySet());
    }

    /** Is there a Java implementation of module {@code name}? */
    @TruffleBoundary
    public boolean hasBuiltinModule(String name) {
        return moduleContainers.containsKey(name) || createdBuiltinModules.containsKey(name);
    }

    /**
     * The Java module {@code name}, created (functions installed, {@code initialize} hooks run) on first request;
     * {@code null} when there is none. The import system registers the result in {@code sys.modules}.
     */
    @TruffleBoundary
    public PythonModule getOrCreateBuiltinModule(String name) {
        PythonModule m = createdBuiltinModules.get(name);
        if (m != null) {
            return m;
        }
        List<PythonBuiltins> containers = moduleContainers.get(name);
        if (containers == null) {
            return null;
        }
        m = new PythonModule(name);
        createdBuiltinModules.put(name, m);
        for (PythonBuiltins c : containers) {
            BuiltinInstaller.installIntoModule(language, c, m.getDict(), name);
        }
        for (PythonBuiltins c : containers) {
            c.initialize(this, m);
        }
        return m;
    }

    /** A slot for other parts of the runtime to keep per-interpreter objects (e.g. {@code "sys"}, {@code "sys.modules"}). */
    @TruffleBoundary
    public Object getHook(String key) {
        return hooks.get(key);
    }

    @TruffleBoundary
    public void setHook(String key, Object value) {
        hooks.put(key, value);
    }
}
