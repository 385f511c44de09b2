package org.jpy.runtime;

/**
 * Every class implemented in Java, in an order where each entry comes after its bases. Objects created by
 * builtins store one of these constants as their class (no context needed); {@link JpyContext#lookupType}
 * gives the context's {@link org.jpy.objects.PythonClass} for it. {@code @CoreFunctions(extendClasses = ...)}
 * names these constants to install methods.
 *
 * <p>Names and modules are CPython 3.12's ({@code type(x).__name__}, {@code __module__}); the exception
 * entries form its complete built-in exception hierarchy.
 */
public enum PythonBuiltinClassType {
    // core
    PythonObject("object", Flags.BASE),
    PythonClass("type", Flags.BASE | Flags.DICT, PythonObject),
    PInt("int", Flags.BASE),
    PBool("bool", 0, PInt),
    PFloat("float", Flags.BASE),
    PComplex("complex", Flags.BASE),
    PString("str", Flags.BASE),
    PBytes("bytes", Flags.BASE),
    PByteArray("bytearray", Flags.BASE),
    PList("list", Flags.BASE),
    PTuple("tuple", Flags.BASE),
    PDict("dict", Flags.BASE),
    PSet("set", Flags.BASE),
    PFrozenSet("frozenset", Flags.BASE),
    PRange("range", 0),
    PSlice("slice", 0),
    PNone("NoneType", 0),
    PNotImplemented("NotImplementedType", 0),
    PEllipsis("ellipsis", 0),
    PMemoryView("memoryview", 0),
    PMappingProxy("mappingproxy", 0),
    PSimpleNamespace("SimpleNamespace", "types", Flags.BASE | Flags.DICT),
    PGenericAlias("GenericAlias", "types", Flags.BASE),
    PUnionType("UnionType", "types", 0),

    // functions, methods, descriptors
    PFunction("function", Flags.DICT),
    PBuiltinFunction("builtin_function_or_method", 0),
    PMethod("method", 0),
    PMethodDescriptor("method_descriptor", 0),
    PClassMethodDescriptor("classmethod_descriptor", 0),
    PWrapperDescriptor("wrapper_descriptor", 0),
    PMethodWrapper("method-wrapper", 0),
    GetSetDescriptor("getset_descriptor", 0),
    MemberDescriptor("member_descriptor", 0),
    PProperty("property", Flags.BASE),
    PClassMethod("classmethod", Flags.BASE | Flags.DICT),
    PStaticMethod("staticmethod", Flags.BASE | Flags.DICT),
    PSuper("super", Flags.BASE),
    PythonModule("module", Flags.BASE | Flags.DICT),
    PCode("code", 0),
    PCell("cell", 0),
    PFrame("frame", 0),
    PTraceback("traceback", 0),
    PGenerator("generator", 0),
    PCoroutine("coroutine", 0),
    PCoroutineWrapper("coroutine_wrapper", 0),
    PAsyncGenerator("async_generator", 0),
    PAsyncGenASend("async_generator_asend", 0),
    PAsyncGenAThrow("async_generator_athrow", 0),
    PAsyncGenWrappedValue("async_generator_wrapped_value", 0),
    PInstanceMethod("instancemethod", 0),
    PReferenceType("ReferenceType", "weakref", Flags.BASE),
    PProxyType("ProxyType", "weakref", 0),
    PCallableProxyType("CallableProxyType", "weakref", 0),
    PCapsule("PyCapsule", 0),

    // iteration
    PEnumerate("enumerate", Flags.BASE),
    PZip("zip", Flags.BASE),
    PMap("map", Flags.BASE),
    PFilter("filter", Flags.BASE),
    PReversed("reversed", Flags.BASE),
    PSequenceIterator("iterator", 0),
    PCallableIterator("callable_iterator", 0),
    PListIterator("list_iterator", 0),
    PListReverseIterator("list_reverseiterator", 0),
    PTupleIterator("tuple_iterator", 0),
    PStrIterator("str_ascii_iterator", 0),
    PStrUnicodeIterator("str_iterator", 0),
    PBytesIterator("bytes_iterator", 0),
    PByteArrayIterator("bytearray_iterator", 0),
    PRangeIterator("range_iterator", 0),
    PLongRangeIterator("longrange_iterator", 0),
    PSetIterator("set_iterator", 0),
    PDictKeys("dict_keys", 0),
    PDictValues("dict_values", 0),
    PDictItems("dict_items", 0),
    PDictKeyIterator("dict_keyiterator", 0),
    PDictValueIterator("dict_valueiterator", 0),
    PDictItemIterator("dict_itemiterator", 0),
    PDictReverseKeyIterator("dict_reversekeyiterator", 0),
    PDictReverseValueIterator("dict_reversevalueiterator", 0),
    PDictReverseItemIterator("dict_reverseitemiterator", 0),
    PMemoryViewIterator("memory_iterator", 0),

    // exceptions (CPython 3.12 hierarchy)
    BaseException("BaseException", Flags.EXC),
    BaseExceptionGroup("BaseExceptionGroup", Flags.EXC, BaseException),
    GeneratorExit("GeneratorExit", Flags.EXC, BaseException),
    KeyboardInterrupt("KeyboardInterrupt", Flags.EXC, BaseException),
    SystemExit("SystemExit", Flags.EXC, BaseException),
    Exception("Exception", Flags.EXC, BaseException),
    ArithmeticError("ArithmeticError", Flags.EXC, Exception),
    FloatingPointError("FloatingPointError", Flags.EXC, ArithmeticError),
    OverflowError("OverflowError", Flags.EXC, ArithmeticError),
    ZeroDivisionError("ZeroDivisionError", Flags.EXC, ArithmeticError),
    AssertionError("AssertionError", Flags.EXC, Exception),
    AttributeError("AttributeError", Flags.EXC, Exception),
    BufferError("BufferError", Flags.EXC, Exception),
    EOFError("EOFError", Flags.EXC, Exception),
    ExceptionGroup("ExceptionGroup", Flags.EXC, BaseExceptionGroup, Exception),
    ImportError("ImportError", Flags.EXC, Exception),
    ModuleNotFoundError("ModuleNotFoundError", Flags.EXC, ImportError),
    LookupError("LookupError", Flags.EXC, Exception),
    IndexError("IndexError", Flags.EXC, LookupError),
    KeyError("KeyError", Flags.EXC, LookupError),
    MemoryError("MemoryError", Flags.EXC, Exception),
    NameError("NameError", Flags.EXC, Exception),
    UnboundLocalError("UnboundLocalError", Flags.EXC, NameError),
    OSError("OSError", Flags.EXC, Exception),
    BlockingIOError("BlockingIOError", Flags.EXC, OSError),
    ChildProcessError("ChildProcessError", Flags.EXC, OSError),
    ConnectionError("ConnectionError", Flags.EXC, OSError),
    BrokenPipeError("BrokenPipeError", Flags.EXC, ConnectionError),
    ConnectionAbortedError("ConnectionAbortedError", Flags.EXC, ConnectionError),
    ConnectionRefusedError("ConnectionRefusedError", Flags.EXC, ConnectionError),
    ConnectionResetError("ConnectionResetError", Flags.EXC, ConnectionError),
    FileExistsError("FileExistsError", Flags.EXC, OSError),
    FileNotFoundError("FileNotFoundError", Flags.EXC, OSError),
    InterruptedError("InterruptedError", Flags.EXC, OSError),
    IsADirectoryError("IsADirectoryError", Flags.EXC, OSError),
    NotADirectoryError("NotADirectoryError", Flags.EXC, OSError),
    PermissionError("PermissionError", Flags.EXC, OSError),
    ProcessLookupError("ProcessLookupError", Flags.EXC, OSError),
    TimeoutError("TimeoutError", Flags.EXC, OSError),
    ReferenceError("ReferenceError", Flags.EXC, Exception),
    RuntimeError("RuntimeError", Flags.EXC, Exception),
    NotImplementedError("NotImplementedError", Flags.EXC, RuntimeError),
    RecursionError("RecursionError", Flags.EXC, RuntimeError),
    StopAsyncIteration("StopAsyncIteration", Flags.EXC, Exception),
    StopIteration("StopIteration", Flags.EXC, Exception),
    SyntaxError("SyntaxError", Flags.EXC, Exception),
    IndentationError("IndentationError", Flags.EXC, SyntaxError),
    TabError("TabError", Flags.EXC, IndentationError),
    SystemError("SystemError", Flags.EXC, Exception),
    TypeError("TypeError", Flags.EXC, Exception),
    ValueError("ValueError", Flags.EXC, Exception),
    UnicodeError("UnicodeError", Flags.EXC, ValueError),
    UnicodeDecodeError("UnicodeDecodeError", Flags.EXC, UnicodeError),
    UnicodeEncodeError("UnicodeEncodeError", Flags.EXC, UnicodeError),
    UnicodeTranslateError("UnicodeTranslateError", Flags.EXC, UnicodeError),
    Warning("Warning", Flags.EXC, Exception),
    BytesWarning("BytesWarning", Flags.EXC, Warning),
    DeprecationWarning("DeprecationWarning", Flags.EXC, Warning),
    EncodingWarning("EncodingWarning", Flags.EXC, Warning),
    FutureWarning("FutureWarning", Flags.EXC, Warning),
    ImportWarning("ImportWarning", Flags.EXC, Warning),
    PendingDeprecationWarning("PendingDeprecationWarning", Flags.EXC, Warning),
    ResourceWarning("ResourceWarning", Flags.EXC, Warning),
    RuntimeWarning("RuntimeWarning", Flags.EXC, Warning),
    SyntaxWarning("SyntaxWarning", Flags.EXC, Warning),
    UnicodeWarning("UnicodeWarning", Flags.EXC, Warning),
    UserWarning("UserWarning", Flags.EXC, Warning),

    // classes of Java-implemented modules (their methods live in org.jpy.modules.*)
    UnsupportedOperation("UnsupportedOperation", "io", Flags.EXC, OSError, ValueError),
    PIOBase("_IOBase", "_io", Flags.BASE | Flags.DICT),
    PRawIOBase("_RawIOBase", "_io", Flags.BASE | Flags.DICT, PIOBase),
    PBufferedIOBase("_BufferedIOBase", "_io", Flags.BASE | Flags.DICT, PIOBase),
    PTextIOBase("_TextIOBase", "_io", Flags.BASE | Flags.DICT, PIOBase),
    PFileIO("FileIO", "_io", Flags.BASE | Flags.DICT, PRawIOBase),
    PBytesIO("BytesIO", "_io", Flags.BASE | Flags.DICT, PBufferedIOBase),
    PStringIO("StringIO", "_io", Flags.BASE | Flags.DICT, PTextIOBase),
    PBufferedReader("BufferedReader", "_io", Flags.BASE | Flags.DICT, PBufferedIOBase),
    PBufferedWriter("BufferedWriter", "_io", Flags.BASE | Flags.DICT, PBufferedIOBase),
    PBufferedRandom("BufferedRandom", "_io", Flags.BASE | Flags.DICT, PBufferedIOBase),
    PBufferedRWPair("BufferedRWPair", "_io", Flags.BASE | Flags.DICT, PBufferedIOBase),
    PTextIOWrapper("TextIOWrapper", "_io", Flags.BASE | Flags.DICT, PTextIOBase),
    PIncrementalNewlineDecoder("IncrementalNewlineDecoder", "_io", Flags.BASE),
    PSRECompiledPattern("Pattern", "re", 0),
    PSREMatch("Match", "re", 0),
    PSREScanner("SRE_Scanner", "_sre", 0),
    PDeque("deque", "collections", Flags.BASE),
    PDequeIterator("_deque_iterator", "_collections", 0),
    PDequeReverseIterator("_deque_reverse_iterator", "_collections", 0),
    PDefaultDict("defaultdict", "collections", Flags.BASE, PDict),
    POrderedDict("OrderedDict", "collections", Flags.BASE | Flags.DICT, PDict),
    PTupleGetter("_tuplegetter", "_collections", 0),
    PPartial("partial", "functools", Flags.BASE | Flags.DICT),
    PLruCacheWrapper("_lru_cache_wrapper", "functools", Flags.DICT),
    PKeyWrapper("KeyWrapper", "functools", 0),
    PItemGetter("itemgetter", "operator", 0),
    PAttrGetter("attrgetter", "operator", 0),
    PMethodCaller("methodcaller", "operator", 0),
    PCount("count", "itertools", Flags.BASE),
    PCycle("cycle", "itertools", Flags.BASE),
    PRepeat("repeat", "itertools", Flags.BASE),
    PAccumulate("accumulate", "itertools", Flags.BASE),
    PChain("chain", "itertools", Flags.BASE),
    PCompress("compress", "itertools", Flags.BASE),
    PDropwhile("dropwhile", "itertools", Flags.BASE),
    PTakewhile("takewhile", "itertools", Flags.BASE),
    PFilterfalse("filterfalse", "itertools", Flags.BASE),
    PGroupBy("groupby", "itertools", Flags.BASE),
    PGrouper("_grouper", "itertools", 0),
    PIslice("islice", "itertools", Flags.BASE),
    PPairwise("pairwise", "itertools", Flags.BASE),
    PStarmap("starmap", "itertools", Flags.BASE),
    PTee("_tee", "itertools", 0),
    PTeeDataObject("_tee_dataobject", "itertools", 0),
    PZipLongest("zip_longest", "itertools", Flags.BASE),
    PProduct("product", "itertools", Flags.BASE),
    PPermutations("permutations", "itertools", Flags.BASE),
    PCombinations("combinations", "itertools", Flags.BASE),
    PCombinationsWithReplacement("combinations_with_replacement", "itertools", Flags.BASE),
    PBatched("batched", "itertools", Flags.BASE),
    PLock("lock", "_thread", 0),
    PRLock("RLock", "_thread", Flags.BASE),
    PThreadLocal("_local", "_thread", Flags.BASE | Flags.DICT),
    PStruct("Struct", "_struct", Flags.BASE),
    PStructUnpackIterator("unpack_iterator", "_struct", 0),
    PRandom("Random", "_random", Flags.BASE | Flags.DICT),
    PJsonScanner("Scanner", "_json", Flags.BASE),
    PJsonEncoder("Encoder", "_json", Flags.BASE),
    PStructTimeLike("struct_time", "time", Flags.BASE, PTuple),
    PStatResult("stat_result", "os", Flags.BASE, PTuple),
    PScandirIterator("ScandirIterator", "posix", 0),
    PDirEntry("DirEntry", "posix", 0),
    PSignalDict("Handlers", "signal", 0),
    PSHA("HASH", "_hashlib", 0),
    PArray("array", "array", Flags.BASE),
    PArrayIterator("arrayiterator", "array", 0),
    PPickleBuffer("PickleBuffer", "pickle", 0),
    PContextVar("ContextVar", "_contextvars", 0),
    PContext("Context", "_contextvars", 0),
    PToken("Token", "_contextvars", 0);

    /** Flag bits of {@link PythonBuiltinClassType}. */
    public static final class Flags {
        /** The type may be subclassed ({@code Py_TPFLAGS_BASETYPE}). */
        public static final int BASE = 1;
        /** Instances of the type itself carry a {@code __dict__}. */
        public static final int DICT = 2;
        /** An exception type. */
        public static final int EXCEPTION = 4;
        static final int EXC = BASE | DICT | EXCEPTION;

        private Flags() {
        }
    }

    private final String pythonName;
    private final String module;
    private final int flags;
    private final PythonBuiltinClassType[] bases;

    PythonBuiltinClassType(String pythonName, int flags, PythonBuiltinClassType... bases) {
        this(pythonName, "builtins", flags, bases);
    }

    PythonBuiltinClassType(String pythonName, String module, int flags, PythonBuiltinClassType... bases) {
        this.pythonName = pythonName;
        this.module = module;
        this.flags = flags;
        this.bases = bases;
    }

    /** {@code __name__}. */
    public String getName() {
        return pythonName;
    }

    /** {@code __module__}. */
    public String getModule() {
        return module;
    }

    /** {@code __qualname__} as in tracebacks and reprs: {@code "module.name"}, or just the name for builtins. */
    public String getPrintName() {
        return "builtins".equals(module) ? pythonName : module + "." + pythonName;
    }

    /** The declared bases; empty means {@code (object,)} (and {@code ()} for {@code object} itself). */
    public PythonBuiltinClassType[] getBases() {
        if (bases.length == 0 && this != PythonObject) {
            return new PythonBuiltinClassType[]{PythonObject};
        }
        return bases;
    }

    public boolean isAcceptableBase() {
        return (flags & Flags.BASE) != 0;
    }

    public boolean hasInstanceDict() {
        return (flags & Flags.DICT) != 0;
    }

    public boolean isException() {
        return (flags & Flags.EXCEPTION) != 0;
    }

    /** Slow path: is {@code this} a subtype of {@code other} by the declared bases? */
    public boolean isSubtypeOf(PythonBuiltinClassType other) {
        if (this == other) {
            return true;
        }
        for (PythonBuiltinClassType b : getBases()) {
            if (b.isSubtypeOf(other)) {
                return true;
            }
        }
        return false;
    }
}
