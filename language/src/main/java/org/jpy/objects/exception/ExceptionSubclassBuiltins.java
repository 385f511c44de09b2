package org.jpy.objects.exception;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.JpyLanguage;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.BuiltinInstaller;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.JavaGetSet;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyIterNextNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetIterNode;
import org.jpy.nodes.pyobject.PyObjectIsInstanceNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The builtin exception subclasses with their own state: StopIteration, SystemExit, KeyError, ImportError,
 * AttributeError, NameError, OSError (with the errno → subclass mapping), SyntaxError, the UnicodeErrors and
 * BaseExceptionGroup. Their fields live in {@link PBaseException#getExtra()} at the indices below and are exposed
 * as getset descriptors.
 */
@CoreFunctions
public final class ExceptionSubclassBuiltins extends PythonBuiltins {
    // field indices in PBaseException.getExtra()
    public static final int ATTRIBUTE_NAME = 0;
    public static final int ATTRIBUTE_OBJ = 1;
    public static final int IMPORT_MSG = 0;
    public static final int IMPORT_NAME = 1;
    public static final int IMPORT_PATH = 2;
    public static final int IMPORT_NAME_FROM = 3;
    public static final int OS_ERRNO = 0;
    public static final int OS_STRERROR = 1;
    public static final int OS_FILENAME = 2;
    public static final int OS_FILENAME2 = 3;
    public static final int OS_WINERROR = 4;
    public static final int OS_CHARACTERS_WRITTEN = 5;
    public static final int SYNTAX_MSG = 0;
    public static final int SYNTAX_FILENAME = 1;
    public static final int SYNTAX_LINENO = 2;
    public static final int SYNTAX_OFFSET = 3;
    public static final int SYNTAX_TEXT = 4;
    public static final int SYNTAX_END_LINENO = 5;
    public static final int SYNTAX_END_OFFSET = 6;
    public static final int SYNTAX_PRINT_FILE_AND_LINE = 7;
    public static final int UNICODE_ENCODING = 0;
    public static final int UNICODE_OBJECT = 1;
    public static final int UNICODE_START = 2;
    public static final int UNICODE_END = 3;
    public static final int UNICODE_REASON = 4;
    public static final int GROUP_MESSAGE = 0;
    public static final int GROUP_EXCEPTIONS = 1;

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return ExceptionSubclassBuiltinsFactory.getFactories();
    }

    /** The extra field {@code index} ({@code None} when unset). */
    public static Object getField(PBaseException e, int index) {
        if (e.getExtra() == null) {
            deriveFieldsFromArgs(e);
        }
        Object[] extra = e.getExtra();
        if (extra == null || index >= extra.length || extra[index] == null) {
            return PNone.NONE;
        }
        return extra[index];
    }

    public static void setField(PBaseException e, int index, Object value) {
        Object[] extra = e.getExtra();
        if (extra == null || extra.length <= index) {
            Object[] n = new Object[Math.max(index + 1, 8)];
            if (extra != null) {
                System.arraycopy(extra, 0, n, 0, extra.length);
            }
            e.setExtra(n);
            extra = n;
        }
        extra[index] = value;
    }

    private static void field(JpyLanguage lang, PythonClass cls, String name, int index) {
        JavaGetSet.install(lang, cls, name, self -> getField((PBaseException) self, index), (self, value) -> setField((PBaseException) self, index,
                        value == org.jpy.objects.descriptor.GetSetDescriptor.DELETE_MARKER ? PNone.NONE : value));
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        JpyLanguage lang = context.getLanguage();
        PythonClass stopIteration = context.lookupType(PythonBuiltinClassType.StopIteration);
        JavaGetSet.install(lang, stopIteration, "value", self -> {
            PBaseException e = (PBaseException) self;
            return e.getExtra() != null ? getField(e, 0) : firstArg(e);
        }, (self, value) -> setField((PBaseException) self, 0, value));
        PythonClass systemExit = context.lookupType(PythonBuiltinClassType.SystemExit);
        JavaGetSet.install(lang, systemExit, "code", self -> {
            PBaseException e = (PBaseException) self;
            if (e.getExtra() != null) {
                return getField(e, 0);
            }
            Object[] args = e.getArgs().getArray();
            return args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : e.getArgs();
        }, (self, value) -> setField((PBaseException) self, 0, value));
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.KeyErrorStrNodeFactory.getInstance(), context.lookupType(PythonBuiltinClassType.KeyError));

        PythonClass importError = context.lookupType(PythonBuiltinClassType.ImportError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.ImportErrorInitNodeFactory.getInstance(), importError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.ImportErrorStrNodeFactory.getInstance(), importError);
        field(lang, importError, "msg", IMPORT_MSG);
        field(lang, importError, "name", IMPORT_NAME);
        field(lang, importError, "path", IMPORT_PATH);
        field(lang, importError, "name_from", IMPORT_NAME_FROM);

        PythonClass attributeError = context.lookupType(PythonBuiltinClassType.AttributeError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.AttributeErrorInitNodeFactory.getInstance(), attributeError);
        field(lang, attributeError, "name", ATTRIBUTE_NAME);
        field(lang, attributeError, "obj", ATTRIBUTE_OBJ);
        PythonClass nameError = context.lookupType(PythonBuiltinClassType.NameError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.NameErrorInitNodeFactory.getInstance(), nameError);
        field(lang, nameError, "name", ATTRIBUTE_NAME);

        PythonClass osError = context.lookupType(PythonBuiltinClassType.OSError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.OSErrorNewNodeFactory.getInstance(), osError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.OSErrorInitNodeFactory.getInstance(), osError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.OSErrorStrNodeFactory.getInstance(), osError);
        field(lang, osError, "errno", OS_ERRNO);
        field(lang, osError, "strerror", OS_STRERROR);
        field(lang, osError, "filename", OS_FILENAME);
        field(lang, osError, "filename2", OS_FILENAME2);
        PythonClass blocking = context.lookupType(PythonBuiltinClassType.BlockingIOError);
        JavaGetSet.install(lang, blocking, "characters_written", self -> {
            Object v = getField((PBaseException) self, OS_CHARACTERS_WRITTEN);
            if (v == PNone.NONE) {
                throw PRaise.raise(null, PythonBuiltinClassType.AttributeError, "characters_written");
            }
            return v;
        }, (self, value) -> setField((PBaseException) self, OS_CHARACTERS_WRITTEN, value == org.jpy.objects.descriptor.GetSetDescriptor.DELETE_MARKER ? null : value));

        PythonClass syntaxError = context.lookupType(PythonBuiltinClassType.SyntaxError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.SyntaxErrorInitNodeFactory.getInstance(), syntaxError);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.SyntaxErrorStrNodeFactory.getInstance(), syntaxError);
        String[] syntaxFields = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"};
        for (int i = 0; i < syntaxFields.length; i++) {
            field(lang, syntaxError, syntaxFields[i], i);
        }

        for (PythonBuiltinClassType t : new PythonBuiltinClassType[]{PythonBuiltinClassType.UnicodeDecodeError, PythonBuiltinClassType.UnicodeEncodeError,
                        PythonBuiltinClassType.UnicodeTranslateError}) {
            PythonClass c = context.lookupType(t);
            BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.UnicodeErrorInitNodeFactory.getInstance(), c);
            BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.UnicodeErrorStrNodeFactory.getInstance(), c);
        }
        PythonClass unicodeError = context.lookupType(PythonBuiltinClassType.UnicodeError);
        String[] unicodeFields = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < unicodeFields.length; i++) {
            field(lang, unicodeError, unicodeFields[i], i);
        }

        PythonClass group = context.lookupType(PythonBuiltinClassType.BaseExceptionGroup);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.GroupNewNodeFactory.getInstance(), group);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.GroupInitNodeFactory.getInstance(), group);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.GroupStrNodeFactory.getInstance(), group);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.GroupDeriveNodeFactory.getInstance(), group);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.GroupSplitNodeFactory.getInstance(), group);
        BuiltinInstaller.installOne(lang, ExceptionSubclassBuiltinsFactory.GroupSubgroupNodeFactory.getInstance(), group);
        JavaGetSet.install(lang, group, "message", self -> getField((PBaseException) self, GROUP_MESSAGE), null);
        JavaGetSet.install(lang, group, "exceptions", self -> getField((PBaseException) self, GROUP_EXCEPTIONS), null);
    }

    /**
     * Exceptions raised from Java with {@code PRaise.raiseWithArgs} skip {@code __init__}; derive the fields CPython's
     * {@code __init__} would have set from {@code args} (OSError, UnicodeError subclasses) on first access.
     */
    @TruffleBoundary
    static void deriveFieldsFromArgs(PBaseException e) {
        PythonClass cls = GetClassNode.getPythonClassUncached(e);
        JpyContext ctx = JpyContext.get(null);
        Object[] a = e.getArgs().getArray();
        if (cls.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.OSError))) {
            initFields(e, a, cls.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.BlockingIOError)));
        } else if (cls.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.UnicodeError))) {
            boolean translate = cls.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.UnicodeTranslateError));
            int n = translate ? 4 : 5;
            if (a.length == n && (cls.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.UnicodeEncodeError)) || cls.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.UnicodeDecodeError)) || translate)) {
                int i = translate ? 0 : 1;
                if (!translate) {
                    setField(e, UNICODE_ENCODING, a[0]);
                }
                Object obj = a[i];
                if (obj instanceof PByteArray ba) {
                    obj = new PBytes(ba.toBytes());
                }
                setField(e, UNICODE_OBJECT, obj);
                setField(e, UNICODE_START, a[i + 1]);
                setField(e, UNICODE_END, a[i + 2]);
                setField(e, UNICODE_REASON, a[i + 3]);
            }
        }
    }

    static Object firstArg(PBaseException e) {
        Object[] args = e.getArgs().getArray();
        return args.length == 0 ? PNone.NONE : args[0];
    }

    static PBaseException exc(Node node, Object self) {
        return BaseExceptionBuiltins.asException(node, self);
    }

    @TruffleBoundary
    static void rejectUnknownKeywords(Node node, Object self, PDict kwargs, String... allowed) {
        for (Object k : kwargs.keys()) {
            boolean ok = false;
            for (String a : allowed) {
                ok |= a.equals(k);
            }
            if (!ok) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' is an invalid keyword argument for %s()", k, PRaise.typeName(self));
            }
        }
    }

    static Object kw(PDict kwargs, String name) {
        Object v = kwargs.getItem(name);
        return v == null ? PNone.NONE : v;
    }

    // ---- KeyError ----

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class KeyErrorStrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            PBaseException e = exc(node, self);
            Object[] args = e.getArgs().getArray();
            if (args.length == 1) {
                return PyObjectReprNode.repr(args[0]);
            }
            return BaseExceptionBuiltins.str(e);
        }
    }

    // ---- ImportError / AttributeError / NameError ----

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class ImportErrorInitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            PBaseException e = exc(node, self);
            rejectUnknownKeywords(node, self, kwargs, "name", "path", "name_from");
            e.setArgs(args);
            setField(e, IMPORT_MSG, args.size() == 1 ? args.get(0) : PNone.NONE);
            setField(e, IMPORT_NAME, kw(kwargs, "name"));
            setField(e, IMPORT_PATH, kw(kwargs, "path"));
            setField(e, IMPORT_NAME_FROM, kw(kwargs, "name_from"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ImportErrorStrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            PBaseException e = exc(node, self);
            Object msg = getField(e, IMPORT_MSG);
            if (msg != PNone.NONE) {
                return PyObjectStrNode.str(msg);
            }
            return BaseExceptionBuiltins.str(e);
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class AttributeErrorInitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            PBaseException e = exc(node, self);
            rejectUnknownKeywords(node, self, kwargs, "name", "obj");
            e.setArgs(args);
            setField(e, ATTRIBUTE_NAME, kw(kwargs, "name"));
            setField(e, ATTRIBUTE_OBJ, kw(kwargs, "obj"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NameErrorInitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            PBaseException e = exc(node, self);
            rejectUnknownKeywords(node, self, kwargs, "name");
            e.setArgs(args);
            setField(e, ATTRIBUTE_NAME, kw(kwargs, "name"));
            return PNone.NONE;
        }
    }

    // ---- OSError ----

    /** Linux errno → OSError subclass, as CPython's {@code errnomap}. */
    @TruffleBoundary
    public static PythonBuiltinClassType osErrorSubclass(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> PythonBuiltinClassType.BlockingIOError;
            case 10 -> PythonBuiltinClassType.ChildProcessError;
            case 32, 108 -> PythonBuiltinClassType.BrokenPipeError;
            case 103 -> PythonBuiltinClassType.ConnectionAbortedError;
            case 111 -> PythonBuiltinClassType.ConnectionRefusedError;
            case 104 -> PythonBuiltinClassType.ConnectionResetError;
            case 17 -> PythonBuiltinClassType.FileExistsError;
            case 2 -> PythonBuiltinClassType.FileNotFoundError;
            case 21 -> PythonBuiltinClassType.IsADirectoryError;
            case 20 -> PythonBuiltinClassType.NotADirectoryError;
            case 4 -> PythonBuiltinClassType.InterruptedError;
            case 1, 13 -> PythonBuiltinClassType.PermissionError;
            case 3 -> PythonBuiltinClassType.ProcessLookupError;
            case 110 -> PythonBuiltinClassType.TimeoutError;
            default -> PythonBuiltinClassType.OSError;
        };
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class OSErrorNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return osErrorNew(node, cls, args);
        }

        @TruffleBoundary
        private static Object osErrorNew(Node node, Object clsObj, PTuple args) {
            JpyContext ctx = JpyContext.get(node);
            Object cls = clsObj;
            Object[] a = args.getArray();
            if (cls == ctx.lookupType(PythonBuiltinClassType.OSError) && a.length >= 2 && a[0] instanceof Long errno) {
                cls = ctx.lookupType(osErrorSubclass(errno));
            }
            PBaseException e = BaseExceptionBuiltins.create(node, cls, args);
            initFields(e, a, ((PythonClass) cls).isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.BlockingIOError)));
            return e;
        }
    }

    /** Parses {@code (errno, strerror[, filename[, winerror[, filename2]]])} and trims {@code args} like CPython. */
    @TruffleBoundary
    public static void initFields(PBaseException e, Object[] a, boolean blocking) {
        if (a.length >= 2 && a.length <= 5) {
            setField(e, OS_ERRNO, a[0]);
            setField(e, OS_STRERROR, a[1]);
            if (a.length >= 3) {
                if (blocking && a[2] instanceof Long) {
                    setField(e, OS_CHARACTERS_WRITTEN, a[2]);
                } else {
                    setField(e, OS_FILENAME, a[2]);
                    if (a.length >= 5) {
                        setField(e, OS_FILENAME2, a[4]);
                    }
                    if (a[2] != PNone.NONE) {
                        e.setArgs(new PTuple(new Object[]{a[0], a[1]}));
                    }
                }
            }
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class OSErrorInitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            if (kwargs.size() != 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes no keyword arguments", PRaise.typeName(self));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class OSErrorStrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return str(exc(node, self));
        }

        @TruffleBoundary
        private static String str(PBaseException e) {
            Object errno = getField(e, OS_ERRNO);
            Object strerror = getField(e, OS_STRERROR);
            Object filename = getField(e, OS_FILENAME);
            Object filename2 = getField(e, OS_FILENAME2);
            if (filename != PNone.NONE) {
                if (filename2 != PNone.NONE) {
                    return String.format("[Errno %s] %s: %s -> %s", PyObjectStrNode.str(errno), PyObjectStrNode.str(strerror), PyObjectReprNode.repr(filename),
                                    PyObjectReprNode.repr(filename2));
                }
                return String.format("[Errno %s] %s: %s", PyObjectStrNode.str(errno), PyObjectStrNode.str(strerror), PyObjectReprNode.repr(filename));
            }
            if (errno != PNone.NONE && strerror != PNone.NONE) {
                return String.format("[Errno %s] %s", PyObjectStrNode.str(errno), PyObjectStrNode.str(strerror));
            }
            return BaseExceptionBuiltins.str(e);
        }
    }

    // ---- SyntaxError ----

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class SyntaxErrorInitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            init(node, exc(node, self), args);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void init(Node node, PBaseException e, PTuple args) {
            e.setArgs(args);
            Object[] a = args.getArray();
            if (a.length >= 1) {
                setField(e, SYNTAX_MSG, a[0]);
            }
            if (a.length == 2) {
                PTuple info = BaseExceptionBuiltins.toTuple(a[1]);
                Object[] i = info.getArray();
                if (i.length < 4 || i.length > 6) {
                    throw PRaise.raise(node, PythonBuiltinClassType.IndexError, "tuple index out of range");
                }
                for (int k = 0; k < i.length; k++) {
                    setField(e, SYNTAX_FILENAME + k, i[k]);
                }
            }
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class SyntaxErrorStrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return str(exc(node, self));
        }

        @TruffleBoundary
        private static String str(PBaseException e) {
            String msg = PyObjectStrNode.str(e.getExtra() == null ? firstArg(e) : getField(e, SYNTAX_MSG));
            Object filename = getField(e, SYNTAX_FILENAME);
            Object lineno = getField(e, SYNTAX_LINENO);
            String file = filename instanceof String f ? f.substring(f.lastIndexOf('/') + 1) : null;
            boolean haveLine = lineno instanceof Long;
            if (file != null && haveLine) {
                return msg + " (" + file + ", line " + lineno + ")";
            } else if (file != null) {
                return msg + " (" + file + ")";
            } else if (haveLine) {
                return msg + " (line " + lineno + ")";
            }
            return msg;
        }
    }

    // ---- UnicodeError subclasses ----

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class UnicodeErrorInitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            init(node, exc(node, self), args);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void init(Node node, PBaseException e, PTuple args) {
            e.setArgs(args);
            Object[] a = args.getArray();
            PythonClass cls = GetClassNode.getPythonClassUncached(e);
            boolean translate = cls.getBuiltinBase() == PythonBuiltinClassType.UnicodeTranslateError ||
                            cls.isSubtypeOf(JpyContext.get(node).lookupType(PythonBuiltinClassType.UnicodeTranslateError));
            boolean decode = cls.isSubtypeOf(JpyContext.get(node).lookupType(PythonBuiltinClassType.UnicodeDecodeError));
            String fn = cls.getName();
            int expected = translate ? 4 : 5;
            if (a.length != expected) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "function takes exactly %d arguments (%d given)", expected, a.length);
            }
            int i = 0;
            if (!translate) {
                if (!(a[0] instanceof String)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() argument 1 must be str, not %T", fn, a[0]);
                }
                setField(e, UNICODE_ENCODING, a[0]);
                i = 1;
            }
            Object obj = a[i];
            if (decode) {
                if (obj instanceof PByteArray ba) {
                    obj = new PBytes(ba.toBytes());
                } else if (!(obj instanceof PBytes)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "a bytes-like object is required, not '%T'", obj);
                }
            } else if (!(obj instanceof String)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() argument %d must be str, not %T", fn, i + 1, obj);
            }
            setField(e, UNICODE_OBJECT, obj);
            for (int k = 1; k <= 2; k++) {
                if (!(a[i + k] instanceof Long)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%T' object cannot be interpreted as an integer", a[i + k]);
                }
            }
            setField(e, UNICODE_START, a[i + 1]);
            setField(e, UNICODE_END, a[i + 2]);
            if (!(a[i + 3] instanceof String)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() argument %d must be str, not %T", fn, i + 4, a[i + 3]);
            }
            setField(e, UNICODE_REASON, a[i + 3]);
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class UnicodeErrorStrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return str(node, exc(node, self));
        }

        @TruffleBoundary
        private static String str(Node node, PBaseException e) {
            if (e.getExtra() == null) {
                deriveFieldsFromArgs(e);
            }
            if (e.getExtra() == null) {
                return BaseExceptionBuiltins.str(e);
            }
            Object obj = getField(e, UNICODE_OBJECT);
            long start = getField(e, UNICODE_START) instanceof Long l ? l : 0;
            long end = getField(e, UNICODE_END) instanceof Long l ? l : 0;
            String reason = PyObjectStrNode.str(getField(e, UNICODE_REASON));
            Object encoding = getField(e, UNICODE_ENCODING);
            if (obj instanceof PBytes b) {
                String enc = PyObjectStrNode.str(encoding);
                if (start < b.size() && end == start + 1) {
                    return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b.getBytes()[(int) start] & 0xff, start, reason);
                }
                return String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1, reason);
            }
            String s = obj instanceof String str ? str : "";
            int len = s.codePointCount(0, s.length());
            boolean translate = encoding == PNone.NONE;
            String what = translate ? "can't translate" : "'" + PyObjectStrNode.str(encoding) + "' codec can't encode";
            if (start < len && end == start + 1) {
                int cp = s.codePointAt(s.offsetByCodePoints(0, (int) start));
                String ch = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                return String.format("%s character '%s' in position %d: %s", what, ch, start, reason);
            }
            return String.format("%s characters in position %d-%d: %s", what, start, end - 1, reason);
        }
    }

    // ---- BaseExceptionGroup ----

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class GroupNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return groupNew(node, cls, args);
        }

        @TruffleBoundary
        static Object groupNew(Node node, Object clsObj, PTuple args) {
            JpyContext ctx = JpyContext.get(node);
            Object[] a = args.getArray();
            if (a.length != 2) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", a.length);
            }
            if (!(a[0] instanceof String)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", a[0]);
            }
            PythonClass seqCheck = GetClassNode.getPythonClassUncached(a[1]);
            boolean sequence = a[1] instanceof PTuple || a[1] instanceof org.jpy.objects.list.PList || seqCheck.lookup("__getitem__") != PNone.NO_VALUE;
            if (!sequence || a[1] instanceof PDict || a[1] instanceof org.jpy.objects.set.PBaseSet) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "second argument (exceptions) must be a sequence");
            }
            Object[] excs = BaseExceptionBuiltins.toTuple(a[1]).getArray();
            if (excs.length == 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "second argument (exceptions) must be a non-empty sequence");
            }
            boolean allExceptions = true;
            for (int i = 0; i < excs.length; i++) {
                if (!(excs[i] instanceof PBaseException ex)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "Item %d of second argument (exceptions) is not an exception", i);
                }
                allExceptions &= GetClassNode.getPythonClassUncached(ex).isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.Exception));
            }
            PythonClass cls = (PythonClass) clsObj;
            PythonClass baseGroup = ctx.lookupType(PythonBuiltinClassType.BaseExceptionGroup);
            PythonClass group = ctx.lookupType(PythonBuiltinClassType.ExceptionGroup);
            if (cls == baseGroup) {
                if (allExceptions) {
                    cls = group;
                }
            } else if (cls == group) {
                if (!allExceptions) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
                }
            } else if (!allExceptions && cls.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.Exception))) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "Cannot nest BaseExceptions in '%s'", cls.getName());
            }
            PBaseException e = BaseExceptionBuiltins.create(node, cls, args);
            setField(e, GROUP_MESSAGE, a[0]);
            setField(e, GROUP_EXCEPTIONS, new PTuple(excs));
            return e;
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class GroupInitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class GroupStrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            PBaseException e = exc(node, self);
            Object excs = getField(e, GROUP_EXCEPTIONS);
            int n = excs instanceof PTuple t ? t.size() : 0;
            return PyObjectStrNode.str(getField(e, GROUP_MESSAGE)) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
    }

    @Builtin(name = "derive", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class GroupDeriveNode extends org.jpy.nodes.builtins.PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object excs, @Bind("$node") Node node) {
            PBaseException e = exc(node, self);
            return derive(node, e, excs);
        }
    }

    @TruffleBoundary
    static Object derive(Node node, PBaseException e, Object excs) {
        PythonClass baseGroup = JpyContext.get(node).lookupType(PythonBuiltinClassType.BaseExceptionGroup);
        return PyObjectCallNode.callUncached(baseGroup, getField(e, GROUP_MESSAGE), excs);
    }

    /** A split/subgroup condition: a type, a tuple of types, or a predicate. */
    @TruffleBoundary
    static boolean matches(Node node, Object condition, Object exc) {
        if (condition instanceof PythonClass || condition instanceof PTuple) {
            return PyObjectIsInstanceNode.isInstance(node, exc, condition);
        }
        return PyObjectIsTrueNode.isTrue(PyObjectCallNode.callUncached(condition, exc));
    }

    @TruffleBoundary
    static Object[] split(Node node, PBaseException e, Object condition, boolean wantRest) {
        if (matches(node, condition, e)) {
            return new Object[]{e, PNone.NONE};
        }
        List<Object> match = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        PTuple excs = (PTuple) getField(e, GROUP_EXCEPTIONS);
        for (Object sub : excs.getArray()) {
            PythonClass subCls = GetClassNode.getPythonClassUncached(sub);
            if (subCls.isSubtypeOf(JpyContext.get(node).lookupType(PythonBuiltinClassType.BaseExceptionGroup))) {
                Object[] r = split(node, (PBaseException) sub, condition, wantRest);
                if (r[0] != PNone.NONE) {
                    match.add(r[0]);
                }
                if (r[1] != PNone.NONE) {
                    rest.add(r[1]);
                }
            } else if (matches(node, condition, sub)) {
                match.add(sub);
            } else {
                rest.add(sub);
            }
        }
        Object m = match.isEmpty() ? PNone.NONE : copyMetadata(e, derive(node, e, new org.jpy.objects.list.PList(match.toArray())));
        Object r = !wantRest || rest.isEmpty() ? PNone.NONE : copyMetadata(e, derive(node, e, new org.jpy.objects.list.PList(rest.toArray())));
        return new Object[]{m, r};
    }

    private static Object copyMetadata(PBaseException from, Object to) {
        if (to instanceof PBaseException t) {
            t.setTraceback(from.getTraceback());
            t.setCauseRaw(from.getCause());
            t.setContext(from.getContext());
            t.setSuppressContext(from.getSuppressContext());
            Object notes = from.readAttribute("__notes__");
            if (notes != PNone.NO_VALUE) {
                t.writeAttribute("__notes__", notes);
            }
        }
        return to;
    }

    @Builtin(name = "split", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class GroupSplitNode extends org.jpy.nodes.builtins.PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object condition, @Bind("$node") Node node) {
            return new PTuple(split(node, exc(node, self), condition, true));
        }
    }

    @Builtin(name = "subgroup", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class GroupSubgroupNode extends org.jpy.nodes.builtins.PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object condition, @Bind("$node") Node node) {
            return split(node, exc(node, self), condition, false)[0];
        }
    }

    static Object iterate(Object o) {
        return PyIterNextNode.next(PyObjectGetIterNode.getIter(o));
    }
}
