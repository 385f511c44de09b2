package org.jpy.runtime.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.jpy.JpyLanguage;
import org.jpy.compiler.Compiler;
import org.jpy.modules.sys.SysModule;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectSetAttrNode;
import org.jpy.nodes.util.NameSupport;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.list.PList;
import org.jpy.objects.module.PythonModule;
import org.jpy.parser.PySyntaxError;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The import system ({@code builtins.__import__}, {@code importlib._bootstrap} semantics): {@code sys.modules}
 * first; Java modules from the context's registry; then source modules and packages found on {@code sys.path}
 * (or a package's {@code __path__}), executed in a fresh module registered in {@code sys.modules} before its code
 * runs (so circular imports see the partial module). Relative imports resolve against {@code __package__} /
 * {@code __spec__.parent} / {@code __name__}. Messages are CPython's.
 */
public final class ImportSystem {
    private ImportSystem() {
    }

    /** Names of modules whose code is running right now (CPython's {@code __spec__._initializing}). */
    private static final Set<Object> INITIALIZING = new HashSet<>();

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    @TruffleBoundary
    public static Object importName(Node node, String name, Object globals, Object[] fromlist, int level) {
        if (level < 0) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "level must be >= 0");
        }
        String absName = level > 0 ? resolveName(node, name, globals, level) : name;
        if (absName.isEmpty()) {
            throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "Empty module name");
        }
        Object module = importAbsolute(node, absName);
        if (fromlist == null || fromlist.length == 0) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return level == 0 ? module : module;
                }
                if (level == 0) {
                    return getModule(node, name.substring(0, dot));
                }
                String cut = absName.substring(0, absName.length() - (name.length() - dot));
                return getModule(node, cut);
            }
            return module;
        }
        handleFromlist(node, module, fromlist, false);
        return module;
    }

    private static Object getModule(Node node, String name) {
        Object m = SysModule.getModules(node).getItem(name);
        if (m == null) {
            throw noModule(node, name);
        }
        return m;
    }

    /** Imports submodules named in a {@code from pkg import a, b} list when they are not attributes yet. */
    @TruffleBoundary
    public static void handleFromlist(Node node, Object module, Object[] fromlist, boolean recursive) {
        if (PyObjectGetAttrNode.lookupAttributeUncached(module, "__path__") == PNone.NO_VALUE) {
            return;
        }
        Object modNameObj = PyObjectGetAttrNode.lookupAttributeUncached(module, "__name__");
        if (!(modNameObj instanceof String modName)) {
            return;
        }
        for (Object o : fromlist) {
            if (!(o instanceof String x)) {
                continue;
            }
            if (x.equals("*")) {
                if (!recursive) {
                    Object all = PyObjectGetAttrNode.lookupAttributeUncached(module, "__all__");
                    if (all != PNone.NO_VALUE) {
                        Object[] names = IterationSupport.toArrayOrNull(all);
                        if (names != null) {
                            handleFromlist(node, module, names, true);
                        }
                    }
                }
                continue;
            }
            if (PyObjectGetAttrNode.lookupAttributeUncached(module, x) == PNone.NO_VALUE) {
                String sub = modName + "." + x;
                try {
                    importAbsolute(node, sub);
                } catch (PException e) {
                    if (e.isInstanceOf(PythonBuiltinClassType.ModuleNotFoundError) && sub.equals(moduleNotFoundName(e))) {
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    private static Object moduleNotFoundName(PException e) {
        Object n = PyObjectGetAttrNode.lookupAttributeUncached(e.getPythonException(), "name");
        return n;
    }

    /** CPython's {@code _calc___package__} + {@code _resolve_name}. */
    @TruffleBoundary
    static String resolveName(Node node, String name, Object globals, int level) {
        Object pkg = null;
        if (globals instanceof PDict g) {
            pkg = g.getItem("__package__");
            if (pkg == PNone.NONE) {
                pkg = null;
            }
            if (pkg == null) {
                Object spec = g.getItem("__spec__");
                if (spec != null && spec != PNone.NONE) {
                    Object parent = PyObjectGetAttrNode.lookupAttributeUncached(spec, "parent");
                    if (parent instanceof String) {
                        pkg = parent;
                    }
                }
            }
            if (pkg == null) {
                Object modName = g.getItem("__name__");
                if (modName instanceof String mn) {
                    if (g.getItem("__path__") != null) {
                        pkg = mn;
                    } else {
                        int dot = mn.lastIndexOf('.');
                        pkg = dot < 0 ? "" : mn.substring(0, dot);
                    }
                }
            }
        }
        if (pkg != null && !(pkg instanceof String)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "package must be a string");
        }
        String p = (String) pkg;
        if (p == null || p.isEmpty()) {
            throw PRaise.raise(node, PythonBuiltinClassType.ImportError, "attempted relative import with no known parent package");
        }
        String base = p;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** {@code _gcd_import}: imports every parent package first, then the module itself. */
    @TruffleBoundary
    public static Object importAbsolute(Node node, String name) {
        PDict modules = SysModule.getModules(node);
        Object existing = modules.getItem(name);
        if (existing != null) {
            if (existing == PNone.NONE) {
                throw PRaise.raise(node, PythonBuiltinClassType.ModuleNotFoundError, "import of %s halted; None in sys.modules", name);
            }
            return existing;
        }
        int dot = name.lastIndexOf('.');
        Object path = null;
        Object parent = null;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            parent = importAbsolute(node, parentName);
            existing = modules.getItem(name);
            if (existing != null) {
                return existing;
            }
            path = PyObjectGetAttrNode.lookupAttributeUncached(parent, "__path__");
            if (path == PNone.NO_VALUE) {
                throw PRaise.raise(node, PythonBuiltinClassType.ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name, parentName);
            }
        }
        Object module = findAndLoad(node, name, path);
        if (module == null) {
            throw noModule(node, name);
        }
        if (parent != null) {
            PyObjectSetAttrNode.setAttributeUncached(parent, name.substring(dot + 1), module);
        }
        return module;
    }

    static PException noModule(Node node, String name) {
        PException e = PRaise.raise(node, PythonBuiltinClassType.ModuleNotFoundError, "No module named '%s'", name);
        setNameAttribute(e.getPythonException(), name);
        return e;
    }

    private static void setNameAttribute(PBaseException exc, String name) {
        try {
            PyObjectSetAttrNode.setAttributeUncached(exc, "name", name);
        } catch (PException ignored) {
            // attribute not supported: the message still names the module
        }
    }

    private static Object findAndLoad(Node node, String name, Object path) {
        JpyContext context = JpyContext.get(node);
        if (path == null && context.hasBuiltinModule(name)) {
            PythonModule m = context.getOrCreateBuiltinModule(name);
            if (m != null) {
                PDict d = m.getDict();
                if (d.getItem("__spec__") == null) {
                    d.setItem("__spec__", makeSpec(name, null, false, null, "built-in"));
                }
                if (d.getItem("__loader__") == null) {
                    d.setItem("__loader__", PNone.NONE);
                }
                if (d.getItem("__package__") == null) {
                    d.setItem("__package__", "");
                }
                SysModule.getModules(node).setItem(name, m);
                return m;
            }
        }
        Object[] dirs = path == null ? searchPath(node) : IterationSupport.toArrayOrNull(path);
        if (dirs == null) {
            return null;
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        for (Object d : dirs) {
            if (!(d instanceof String dir)) {
                continue;
            }
            TruffleFile base = file(context, dir.isEmpty() ? "." : dir);
            if (base == null) {
                continue;
            }
            TruffleFile pkgDir = base.resolve(last);
            TruffleFile init = pkgDir.resolve("__init__.py");
            if (exists(init) && isDirectory(pkgDir)) {
                return loadSource(node, name, init, pkgDir, true);
            }
            TruffleFile file = base.resolve(last + ".py");
            if (exists(file)) {
                return loadSource(node, name, file, null, false);
            }
        }
        // PEP 420 namespace packages: a directory without __init__.py anywhere on the path.
        PList namespacePath = null;
        for (Object d : dirs) {
            if (d instanceof String dir) {
                TruffleFile base = file(context, dir.isEmpty() ? "." : dir);
                if (base != null) {
                    TruffleFile pkgDir = base.resolve(last);
                    if (isDirectory(pkgDir)) {
                        if (namespacePath == null) {
                            namespacePath = new PList();
                        }
                        namespacePath.append(pkgDir.getPath());
                    }
                }
            }
        }
        if (namespacePath != null) {
            PythonModule m = new PythonModule(name);
            PDict g = m.getDict();
            g.setItem("__package__", name);
            g.setItem("__path__", namespacePath);
            g.setItem("__file__", PNone.NONE);
            g.setItem("__loader__", PNone.NONE);
            g.setItem("__spec__", makeSpec(name, null, true, namespacePath, null));
            SysModule.getModules(node).setItem(name, m);
            return m;
        }
        return null;
    }

    private static TruffleFile file(JpyContext context, String path) {
        TruffleFile internal = stdlibFile(context, path);
        if (internal != null) {
            return internal;
        }
        try {
            return context.getEnv().getPublicTruffleFile(path);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final String STDLIB_ROOT_HOOK = "imports.stdlibRoot";

    /**
     * Files of the standard library unpacked from the jars (no {@code jpy.Home}) are opened through the internal
     * resource's own {@link TruffleFile}: those stay readable when the embedder grants no IO at all, as in
     * {@code Context.create("jpy")}. Other paths are public files, subject to the context's IO policy.
     */
    private static TruffleFile stdlibFile(JpyContext context, String path) {
        Object root = context.getHook(STDLIB_ROOT_HOOK);
        if (root == null) {
            root = PNone.NONE;
            String home = context.getEnv().getOptions().get(JpyLanguage.Home);
            if (home == null || home.isEmpty()) {
                try {
                    TruffleFile f = context.getEnv().getInternalResource(org.jpy.runtime.StdlibResource.class);
                    if (f != null) {
                        root = f.getAbsoluteFile();
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // no internal resource: public files only
                }
            }
            context.setHook(STDLIB_ROOT_HOOK, root);
        }
        if (root instanceof TruffleFile r) {
            String rootPath = r.getPath();
            if (path.equals(rootPath)) {
                return r;
            }
            if (path.startsWith(rootPath) && path.length() > rootPath.length() && path.charAt(rootPath.length()) == '/') {
                return r.resolve(path.substring(rootPath.length() + 1));
            }
        }
        return null;
    }

    /** Probing a path the context may not read (no IO granted to an embedder) simply finds nothing there. */
    private static boolean exists(TruffleFile f) {
        try {
            return f.exists() && f.isRegularFile();
        } catch (SecurityException e) {
            return false;
        }
    }

    private static boolean isDirectory(TruffleFile f) {
        try {
            return f.isDirectory();
        } catch (SecurityException e) {
            return false;
        }
    }

    private static Object[] searchPath(Node node) {
        Object path = SysModule.getAttribute(node, "path");
        Object[] items = path == null ? null : IterationSupport.toArrayOrNull(path);
        return items == null ? new Object[0] : items;
    }

    /** Executes a source file as module {@code name} (registered in sys.modules before it runs). */
    @TruffleBoundary
    public static Object loadSource(Node node, String name, TruffleFile file, TruffleFile packageDir, boolean isPackage) {
        JpyContext context = JpyContext.get(node);
        String filename = file.getPath();
        PythonModule module = new PythonModule(name);
        PDict g = module.getDict();
        g.setItem("__file__", filename);
        g.setItem("__cached__", PNone.NONE);
        String pkg = isPackage ? name : (name.lastIndexOf('.') < 0 ? "" : name.substring(0, name.lastIndexOf('.')));
        g.setItem("__package__", pkg);
        PList path = null;
        if (isPackage) {
            path = new PList();
            path.append(packageDir.getPath());
            g.setItem("__path__", path);
        }
        g.setItem("__loader__", PNone.NONE);
        g.setItem("__spec__", makeSpec(name, filename, isPackage, path, null));
        g.setItem("__builtins__", context.getBuiltinsModule());
        PDict modules = SysModule.getModules(node);
        modules.setItem(name, module);
        INITIALIZING.add(name);
        try {
            runFile(node, context, file, filename, g);
        } catch (PException e) {
            modules.delItem(name);
            throw e;
        } finally {
            INITIALIZING.remove(name);
        }
        Object result = modules.getItem(name);
        return result != null ? result : module;
    }

    @TruffleBoundary
    public static boolean isInitializing(String name) {
        return INITIALIZING.contains(name);
    }

    private static void runFile(Node node, JpyContext context, TruffleFile file, String filename, PDict globals) {
        byte[] bytes;
        try {
            bytes = file.readAllBytes();
        } catch (IOException e) {
            throw PRaise.raise(node, PythonBuiltinClassType.OSError, "%s", e.getMessage());
        }
        String text = SourceDecoding.decode(node, bytes, filename);
        Source source = Source.newBuilder(JpyLanguage.ID, text, filename).uri(file.toUri()).build();
        RootCallTarget target;
        try {
            org.jpy.compiler.CompileWarnings warnings = new org.jpy.compiler.CompileWarnings();
            target = Compiler.compile(context.getLanguage(), source, filename, Compiler.Mode.EXEC, context.getEnv().getOptions().get(JpyLanguage.Optimize), warnings);
            warnings.emit(node);
        } catch (PySyntaxError e) {
            throw SourceDecoding.toPythonSyntaxError(node, e);
        }
        target.call(node, null, null, globals, globals);
    }

    /** A simple {@code ModuleSpec}-like object (a SimpleNamespace with the spec's attributes). */
    @TruffleBoundary
    public static Object makeSpec(String name, String origin, boolean isPackage, Object searchLocations, String fixedOrigin) {
        PythonObject spec = new PythonObject(PythonBuiltinClassType.PSimpleNamespace);
        spec.writeAttribute("name", name);
        spec.writeAttribute("loader", PNone.NONE);
        spec.writeAttribute("origin", fixedOrigin != null ? fixedOrigin : origin == null ? PNone.NONE : origin);
        spec.writeAttribute("submodule_search_locations", searchLocations == null ? PNone.NONE : searchLocations);
        spec.writeAttribute("loader_state", PNone.NONE);
        spec.writeAttribute("cached", PNone.NONE);
        spec.writeAttribute("parent", isPackage ? name : (name.lastIndexOf('.') < 0 ? "" : name.substring(0, name.lastIndexOf('.'))));
        spec.writeAttribute("has_location", origin != null);
        spec.writeAttribute("_initializing", false);
        return spec;
    }

    /** {@code from module import name} (IMPORT_FROM), with the submodule fallback and CPython's messages. */
    @TruffleBoundary
    public static Object importFrom(Node node, Object module, String name) {
        Object value = PyObjectGetAttrNode.lookupAttributeUncached(module, name);
        if (value != PNone.NO_VALUE) {
            return value;
        }
        Object pkgName = PyObjectGetAttrNode.lookupAttributeUncached(module, "__name__");
        if (pkgName instanceof String pn) {
            Object sub = SysModule.getModules(node).getItem(pn + "." + name);
            if (sub != null) {
                return sub;
            }
        }
        String modName = pkgName instanceof String s ? s : "<unknown module name>";
        Object file = PyObjectGetAttrNode.lookupAttributeUncached(module, "__file__");
        PException e;
        if (pkgName instanceof String pn && isInitializing(pn)) {
            e = file instanceof String f
                            ? PRaise.raise(node, PythonBuiltinClassType.ImportError,
                                            "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, modName, f)
                            : PRaise.raise(node, PythonBuiltinClassType.ImportError,
                                            "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import)", name, modName);
        } else if (file instanceof String f) {
            e = PRaise.raise(node, PythonBuiltinClassType.ImportError, "cannot import name '%s' from '%s' (%s)", name, modName, f);
        } else {
            e = PRaise.raise(node, PythonBuiltinClassType.ImportError, "cannot import name '%s' from '%s' (unknown location)", name, modName);
        }
        setNameAttribute(e.getPythonException(), modName);
        return throwIt(e);
    }

    private static Object throwIt(PException e) {
        throw e;
    }

    /** {@code from module import *}: {@code __all__}, or every public name of the module dict. */
    @TruffleBoundary
    public static void importStar(Node node, Object module, Object locals) {
        Object all = PyObjectGetAttrNode.lookupAttributeUncached(module, "__all__");
        if (all != PNone.NO_VALUE) {
            Object[] names = IterationSupport.toArrayOrNull(all);
            for (Object n : names) {
                if (!(n instanceof String s)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "Item in %s.__all__ must be str, not %s", moduleName(module), PRaise.typeName(n));
                }
                NameSupport.setItem(node, locals, s, PyObjectGetAttrNode.getAttributeUncached(module, s));
            }
            return;
        }
        Object dict = PyObjectGetAttrNode.lookupAttributeUncached(module, "__dict__");
        if (dict instanceof PDict d) {
            for (Object k : d.keys()) {
                if (k instanceof String s && !s.startsWith("_")) {
                    NameSupport.setItem(node, locals, s, d.getItem(k));
                }
            }
        }
    }

    private static String moduleName(Object module) {
        Object n = PyObjectGetAttrNode.lookupAttributeUncached(module, "__name__");
        return n instanceof String s ? s : "?";
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

}
