package org.jpy.modules.sys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.jpy.JpyLanguage;
import org.jpy.compiler.Compiler;
import org.jpy.objects.PNone;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.module.PythonModule;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.StdlibResource;

/**
 * The per-interpreter state of {@code sys}: the module object, {@code sys.modules}, and the standard streams.
 * Kept in the context's hooks under {@code "sys"} so that the import system and the top-level runner find them
 * in O(1) after the first lookup. The streams are small Java text streams over the Truffle environment's
 * streams (UTF-8; stdout block-buffered, stderr unbuffered) until {@code _io} provides real ones; their Python
 * face is a class defined by {@link #BOOTSTRAP} in the sys module itself.
 */
public final class SysModule {
    static final String HOOK = "sys";

    private final PythonModule module;
    private final PDict modules;
    private final TruffleLanguage.Env env;
    private final StringBuilder stdoutBuffer = new StringBuilder();

    private SysModule(PythonModule module, PDict modules, TruffleLanguage.Env env) {
        this.module = module;
        this.modules = modules;
        this.env = env;
    }

    @TruffleBoundary
    public static SysModule get(JpyContext context) {
        Object s = context.getHook(HOOK);
        if (s instanceof SysModule sys) {
            return sys;
        }
        PythonModule m = context.getOrCreateBuiltinModule("sys");
        s = context.getHook(HOOK);
        if (s instanceof SysModule sys) {
            return sys;
        }
        throw new IllegalStateException("sys module not initialized" + (m == null ? " (no sys container)" : ""));
    }

    @TruffleBoundary
    public static PDict getModules(Node node) {
        return get(JpyContext.get(node)).modules;
    }

    /** An attribute of the sys module, or null. */
    @TruffleBoundary
    public static Object getAttribute(Node node, String name) {
        return get(JpyContext.get(node)).module.getDict().getItem(name);
    }

    public PythonModule getModule() {
        return module;
    }

    public PDict getModulesDict() {
        return modules;
    }

    /** Called by {@link SysModuleBuiltins#initialize}. */
    @TruffleBoundary
    static SysModule create(JpyContext context, PythonModule module) {
        TruffleLanguage.Env env = context.getEnv();
        PDict modules = new PDict();
        SysModule sys = new SysModule(module, modules, env);
        context.setHook(HOOK, sys);
        context.setHook(org.jpy.objects.superobject.SuperBuiltins.ZERO_ARG_HOOK, (java.util.function.Supplier<Object[]>) () -> org.jpy.nodes.frame.FrameSupport.superArguments());
        PDict d = module.getDict();
        d.setItem("modules", modules);
        modules.setItem("sys", module);
        modules.setItem("builtins", context.getBuiltinsModule());
        context.getBuiltinsModule().getDict().setItem("__spec__", PNone.NONE);
        PList argv = new PList();
        String[] args = env.getApplicationArguments();
        if (args.length == 0) {
            argv.append("");
        }
        for (String a : args) {
            argv.append(a);
        }
        d.setItem("argv", argv);
        PList origArgv = new PList();
        for (String a : split(env.getOptions().get(JpyLanguage.OrigArgv))) {
            origArgv.append(a);
        }
        d.setItem("orig_argv", origArgv);
        PList warnoptions = new PList();
        for (String a : split(env.getOptions().get(JpyLanguage.WarnOptions))) {
            warnoptions.append(a);
        }
        d.setItem("warnoptions", warnoptions);
        PDict xoptions = new PDict();
        for (String a : split(env.getOptions().get(JpyLanguage.XOptions))) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                xoptions.setItem(a, true);
            } else {
                xoptions.setItem(a.substring(0, eq), a.substring(eq + 1));
            }
        }
        d.setItem("_xoptions", xoptions);
        String home = findHome(env);
        PList path = new PList();
        path.append("");
        // PYTHONPATH entries come before jpy's own library, unless -E or -I (CPython's order)
        if (!env.getOptions().get(JpyLanguage.IgnoreEnvironment) && !env.getOptions().get(JpyLanguage.Isolated)) {
            String pythonPath = env.getEnvironment().get("PYTHONPATH");
            if (pythonPath != null && !pythonPath.isEmpty()) {
                for (String entry : pythonPath.split(":", -1)) {
                    path.append(entry.isEmpty() ? "" : new java.io.File(entry).getAbsolutePath());
                }
            }
        }
        if (home != null) {
            path.append(home + "/lib-jpy");
            path.append(home + "/lib-python/3.12");
        }
        d.setItem("path", path);
        d.setItem("meta_path", new PList());
        d.setItem("path_hooks", new PList());
        d.setItem("path_importer_cache", new PDict());
        String prefix = home == null ? "" : home;
        d.setItem("prefix", prefix);
        d.setItem("exec_prefix", prefix);
        d.setItem("base_prefix", prefix);
        d.setItem("base_exec_prefix", prefix);
        d.setItem("platlibdir", "lib");
        d.setItem("pycache_prefix", PNone.NONE);
        String exe = env.getOptions().get(JpyLanguage.Executable);
        d.setItem("executable", exe);
        d.setItem("_base_executable", exe);
        d.setItem("platform", "linux");
        d.setItem("byteorder", "little");
        d.setItem("maxsize", Long.MAX_VALUE);
        d.setItem("maxunicode", 0x10FFFFL);
        d.setItem("api_version", 1013L);
        d.setItem("hexversion", 0x030C01F0L);
        d.setItem("version", "3.12.1 (main, jpy) [Truffle]");
        d.setItem("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.");
        d.setItem("float_repr_style", "short");
        d.setItem("dont_write_bytecode", env.getOptions().get(JpyLanguage.DontWriteBytecode));
        d.setItem("_git", new org.jpy.objects.tuple.PTuple(new Object[]{"jpy", "", ""}));
        d.setItem("_framework", "");
        d.setItem("abiflags", "");
        PList builtinNames = new PList();
        for (String n : context.getBuiltinModuleNames()) {
            builtinNames.append(n);
        }
        d.setItem("_jpy_builtin_module_names", builtinNames);
        d.setItem("__stdout__", PNone.NONE);
        runBootstrap(context, module);
        return sys;
    }

    private static String[] split(String s) {
        if (s == null || s.isEmpty()) {
            return new String[0];
        }
        return s.split("\u0001");
    }

    @TruffleBoundary
    static String findHome(TruffleLanguage.Env env) {
        String home = env.getOptions().get(JpyLanguage.Home);
        if (home != null && !home.isEmpty()) {
            return home;
        }
        try {
            TruffleFile f = env.getInternalResource(StdlibResource.class);
            return f == null ? null : f.getAbsoluteFile().getPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Python-level parts of sys: the stream class, struct-sequence-like {@code version_info}/{@code flags},
     * {@code implementation}. Written in Python because they are classes with properties, and run once at start.
     */
    /** Class-free part: works before {@code type()} can create classes; the streams are module objects. */
    static final String BOOTSTRAP_BASIC = """
                    def _jpy_stream_write_1(s):
                        _jpy_write(1, s)
                        return s.__len__()
                    def _jpy_stream_write_2(s):
                        _jpy_write(2, s)
                        return s.__len__()
                    def _jpy_stream_flush_1():
                        _jpy_flush(1)
                    def _jpy_stream_flush_2():
                        _jpy_flush(2)
                    def _jpy_stream_readline_0(size=-1):
                        return _jpy_readline(0)
                    def _jpy_stream_read_0(size=-1):
                        return _jpy_read(0)
                    def exit(status=None, /):
                        raise SystemExit(status)
                    def excepthook(exctype, value, traceback, /):
                        _jpy_print_exception(value)
                    __excepthook__ = excepthook
                    def displayhook(value, /):
                        if value is None:
                            return
                        import builtins
                        builtins._ = None
                        stdout.write(repr(value))
                        stdout.write('\\n')
                        builtins._ = value
                    __displayhook__ = displayhook
                    version_info = (3, 12, 1, 'final', 0)
                    def getdefaultencoding():
                        return 'utf-8'
                    def getfilesystemencoding():
                        return 'utf-8'
                    def intern(string, /):
                        return string
                    """;

    static final String BOOTSTRAP = """
                    class _JpyTextStream:
                        def __init__(self, fd, name, mode):
                            self._fd = fd
                            self.name = name
                            self.mode = mode
                            self.encoding = 'utf-8'
                            self.errors = 'strict' if fd == 0 else ('backslashreplace' if fd == 2 else 'strict')
                            self.closed = False
                            self.line_buffering = fd == 2
                            self.newlines = None
                        def write(self, s):
                            _jpy_write(self._fd, s)
                            return s.__len__()
                        def writelines(self, lines):
                            for line in lines:
                                self.write(line)
                        def flush(self):
                            _jpy_flush(self._fd)
                        def readline(self, size=-1):
                            return _jpy_readline(self._fd)
                        def read(self, size=-1):
                            return _jpy_read(self._fd)
                        def readlines(self):
                            lines = []
                            while True:
                                line = self.readline()
                                if not line:
                                    return lines
                                lines.append(line)
                        def __iter__(self):
                            return self
                        def __next__(self):
                            line = self.readline()
                            if not line:
                                raise StopIteration
                            return line
                        def fileno(self):
                            return self._fd
                        def isatty(self):
                            return False
                        def readable(self):
                            return self._fd == 0
                        def writable(self):
                            return self._fd != 0
                        def seekable(self):
                            return False
                        def close(self):
                            self.closed = True
                        def __enter__(self):
                            return self
                        def __exit__(self, *args):
                            self.close()
                        def __repr__(self):
                            return "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>" % (self.name, self.mode)

                    stdin = __stdin__ = _JpyTextStream(0, '<stdin>', 'r')
                    stdout = __stdout__ = _JpyTextStream(1, '<stdout>', 'w')
                    stderr = __stderr__ = _JpyTextStream(2, '<stderr>', 'w')

                    class _JpyStructSeq(tuple):
                        _fields = ()
                        def __new__(cls, values):
                            return tuple.__new__(cls, values)
                        def __getattr__(self, name):
                            try:
                                return self[type(self)._fields.index(name)]
                            except ValueError:
                                raise AttributeError(name) from None
                        def __repr__(self):
                            return type(self)._name + '(' + ', '.join(
                                f + '=' + repr(v) for f, v in zip(type(self)._fields, self)) + ')'
                        def __reduce__(self):
                            return (type(self), (tuple(self),))

                    class _version_info(_JpyStructSeq):
                        _name = 'sys.version_info'
                        _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')

                    version_info = _version_info((3, 12, 1, 'final', 0))

                    class _flags(_JpyStructSeq):
                        _name = 'sys.flags'
                        _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
                                   'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
                                   'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
                                   'warn_default_encoding', 'safe_path', 'int_max_str_digits')

                    flags = _flags(_jpy_flags)

                    class _float_info(_JpyStructSeq):
                        _name = 'sys.float_info'
                        _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
                                   'mant_dig', 'epsilon', 'radix', 'rounds')

                    float_info = _float_info((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                                              -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))

                    class _int_info(_JpyStructSeq):
                        _name = 'sys.int_info'
                        _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')

                    int_info = _int_info((30, 4, 4300, 640))

                    class _hash_info(_JpyStructSeq):
                        _name = 'sys.hash_info'
                        _fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff')

                    hash_info = _hash_info((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))

                    class implementation:
                        name = 'jpy'
                        cache_tag = 'jpy-312'
                        version = version_info
                        hexversion = hexversion
                        _multiarch = 'x86_64-linux-gnu'

                    class thread_info:
                        name = 'pthread'
                        lock = 'mutex+cond'
                        version = None

                    # CPython's built-in modules that jpy writes in Python (lib-jpy) count as built-in too: os.py looks for 'posix' here
                    builtin_module_names = tuple(sorted(set(_jpy_builtin_module_names) | {'sys', 'builtins', '_ast', '_codecs', '_collections',
                        '_io', '_signal', '_sre', '_string', 'atexit', 'errno', 'gc', 'itertools', 'posix', 'time'}))

                    def exit(status=None, /):
                        raise SystemExit(status)

                    def displayhook(value, /):
                        if value is None:
                            return
                        import builtins
                        builtins._ = None
                        text = repr(value)
                        try:
                            stdout.write(text)
                        except UnicodeEncodeError:
                            stdout.write(text.encode('ascii', 'backslashreplace').decode('ascii'))
                        stdout.write('\\n')
                        builtins._ = value

                    def excepthook(exctype, value, traceback, /):
                        _jpy_print_exception(value)

                    def unraisablehook(unraisable, /):
                        pass

                    __displayhook__ = displayhook
                    __excepthook__ = excepthook
                    __unraisablehook__ = unraisablehook
                    __breakpointhook__ = None
                    def breakpointhook(*args, **kwargs):
                        pass
                    __interactivehook__ = None

                    def getdefaultencoding():
                        return 'utf-8'

                    def getfilesystemencoding():
                        return 'utf-8'

                    def getfilesystemencodeerrors():
                        return 'surrogateescape'

                    def intern(string, /):
                        if type(string) is not str:
                            raise TypeError("intern() argument must be str, not " + type(string).__name__)
                        return string

                    def audit(event, *args):
                        pass

                    def addaudithook(hook):
                        pass

                    _trace = None
                    _profile = None
                    def settrace(function, /):
                        global _trace
                        _trace = function
                    def gettrace():
                        return _trace
                    def setprofile(function, /):
                        global _profile
                        _profile = function
                    def getprofile():
                        return _profile

                    def getrefcount(object, /):
                        return 2

                    def getswitchinterval():
                        return 0.005
                    def setswitchinterval(interval, /):
                        pass

                    def is_finalizing():
                        return False

                    def get_int_max_str_digits():
                        return 4300
                    def set_int_max_str_digits(maxdigits):
                        pass

                    def getallocatedblocks():
                        return 0

                    def _clear_type_cache():
                        pass

                    def get_asyncgen_hooks():
                        return (None, None)
                    def set_asyncgen_hooks(firstiter=None, finalizer=None):
                        pass

                    def get_coroutine_origin_tracking_depth():
                        return 0
                    def set_coroutine_origin_tracking_depth(depth):
                        pass

                    del _JpyStructSeq

                    # builtins.open is io.open, as CPython sets it at start-up; _io is imported on the first call only
                    def _jpy_make_open(imp):
                        def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
                            return imp('_io').open(file, mode, buffering, encoding, errors, newline, closefd, opener)
                        open.__module__ = '_io'
                        return open
                    __builtins__.open = _jpy_make_open(__import__)
                    del _jpy_make_open
                    """;

    private static void runBootstrap(JpyContext context, PythonModule module) {
        PDict d = module.getDict();
        d.setItem("__builtins__", context.getBuiltinsModule());
        run(context, d, BOOTSTRAP_BASIC);
        d.setItem("stdin", stream("stdin", d, 0));
        d.setItem("stdout", stream("stdout", d, 1));
        d.setItem("stderr", stream("stderr", d, 2));
        d.setItem("__stdin__", d.getItem("stdin"));
        d.setItem("__stdout__", d.getItem("stdout"));
        d.setItem("__stderr__", d.getItem("stderr"));
        try {
            run(context, d, BOOTSTRAP);
        } catch (org.jpy.runtime.PException e) {
            // Class creation not available yet: keep the class-free streams.
            org.jpy.nodes.function.TopLevelRootNode.debugReport(e);
        }
        d.delItem("__builtins__");
    }


    private static PythonModule stream(String name, PDict d, int fd) {
        PythonModule m = new PythonModule("<" + name + ">");
        PDict md = m.getDict();
        if (fd == 0) {
            md.setItem("readline", d.getItem("_jpy_stream_readline_0"));
            md.setItem("read", d.getItem("_jpy_stream_read_0"));
        } else {
            md.setItem("write", d.getItem("_jpy_stream_write_" + fd));
            md.setItem("flush", d.getItem("_jpy_stream_flush_" + fd));
        }
        md.setItem("encoding", "utf-8");
        return m;
    }

    private static void run(JpyContext context, PDict d, String code) {
        Source source = Source.newBuilder(JpyLanguage.ID, code, "<frozen sys>").internal(true).build();
        var target = Compiler.compile(context.getLanguage(), source, "<frozen sys>", Compiler.Mode.EXEC, 0);
        try {
            target.call(new Object[]{null, null, d, d});
        } catch (org.jpy.runtime.PException e) {
            org.jpy.nodes.function.TopLevelRootNode.debugReport(e);
            throw e;
        }
    }

    // ------------------------------------------------------------------ raw streams

    @TruffleBoundary
    void write(int fd, String s) {
        if (fd == 1) {
            stdoutBuffer.append(s);
            if (stdoutBuffer.length() > 8192) {
                flush(1);
            }
            return;
        }
        flush(1);
        writeBytes(env.err(), s);
    }

    @TruffleBoundary
    void flush(int fd) {
        if (stdoutBuffer.length() > 0) {
            String s = stdoutBuffer.toString();
            stdoutBuffer.setLength(0);
            writeBytes(env.out(), s);
        }
        try {
            env.out().flush();
            env.err().flush();
        } catch (IOException e) {
            // ignored: nothing sensible to report to
        }
    }

    /** Flushes buffered stdout; called after each top-level evaluation. */
    @TruffleBoundary
    public static void flushStdout(JpyContext context) {
        Object s = context.getHook(HOOK);
        if (s instanceof SysModule sys) {
            sys.flush(1);
        }
    }

    private static void writeBytes(OutputStream out, String s) {
        try {
            out.write(encode(s));
        } catch (IOException e) {
            // a closed stream: CPython would raise OSError on flush; keep quiet here
        }
    }

    private static byte[] encode(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(c).append(s.charAt(++i));
                } else {
                    sb.append(String.format("\\u%04x", (int) c));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private final StringBuilder stdinPending = new StringBuilder();
    private boolean stdinEof;

    @TruffleBoundary
    String readline() {
        flush(1);
        InputStream in = env.in();
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    stdinEof = true;
                    break;
                }
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            stdinEof = true;
        }
        return new String(line.toByteArray(), StandardCharsets.UTF_8);
    }

    @TruffleBoundary
    String readAll() {
        StringBuilder sb = new StringBuilder(stdinPending);
        stdinPending.setLength(0);
        while (true) {
            String line = readline();
            if (line.isEmpty()) {
                return sb.toString();
            }
            sb.append(line);
        }
    }
}
