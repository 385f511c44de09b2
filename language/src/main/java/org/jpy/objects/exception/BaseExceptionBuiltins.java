package org.jpy.objects.exception;

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
import org.jpy.nodes.builtins.PythonTernaryBuiltinNode;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/** Methods and attributes of {@code BaseException} ({@code Objects/exceptions.c}). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.BaseException)
public final class BaseExceptionBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return BaseExceptionBuiltinsFactory.getFactories();
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        context.lookupType(PythonBuiltinClassType.BaseException).setAttribute("__doc__", "Common base class for all exceptions");
    }

    static PBaseException asException(Node node, Object self) {
        if (self instanceof PBaseException e) {
            return e;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "descriptor requires a 'BaseException' object but received a '%T'", self);
    }

    /** The stored class for a new instance of {@code cls}. */
    static Object storedClass(PythonClass cls) {
        return cls.getBuiltinType() != null ? cls.getBuiltinType() : cls;
    }

    @TruffleBoundary
    static PBaseException create(Node node, Object clsObj, PTuple args) {
        if (!(clsObj instanceof PythonClass cls)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "BaseException.__new__(X): X is not a type object (%T)", clsObj);
        }
        if (!cls.getBuiltinBase().isSubtypeOf(PythonBuiltinClassType.BaseException)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "BaseException.__new__(%s): %s is not a subtype of BaseException", cls.getName(), cls.getName());
        }
        return new PBaseException(storedClass(cls), args);
    }

    @Builtin(name = "__new__", minNumOfPositionalArgs = 1, parameterNames = {"$cls"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            return create(node, cls, args);
        }
    }

    @Builtin(name = "__init__", minNumOfPositionalArgs = 1, parameterNames = {"$self"}, takesVarArgs = true, takesVarKeywordArgs = true)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple args, PDict kwargs, @Bind("$node") Node node) {
            PBaseException e = asException(node, self);
            if (kwargs.size() != 0) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes no keyword arguments", PRaise.typeName(self));
            }
            e.setArgs(args);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return str(asException(node, self));
        }
    }

    /** {@code BaseException.__str__}: {@code ''}, {@code str(args[0])} or {@code str(args)}. */
    @TruffleBoundary
    public static String str(PBaseException e) {
        Object[] args = e.getArgs().getArray();
        if (args.length == 0) {
            return "";
        } else if (args.length == 1) {
            return PyObjectStrNode.str(args[0]);
        }
        return tupleRepr(args);
    }

    @TruffleBoundary
    static String tupleRepr(Object[] items) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyObjectReprNode.repr(items[i]));
        }
        if (items.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return repr(asException(node, self));
        }

        @TruffleBoundary
        private static String repr(PBaseException e) {
            String name = GetClassNode.getPythonClassUncached(e).getName();
            Object[] args = e.getArgs().getArray();
            if (args.length == 1) {
                return name + "(" + PyObjectReprNode.repr(args[0]) + ")";
            }
            String t = tupleRepr(args);
            return name + (args.length == 0 ? "()" : t);
        }
    }

    @Builtin(name = "args", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class ArgsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PBaseException e = asException(node, self);
            if (value == PNone.NO_VALUE) {
                return e.getArgs();
            }
            if (value == GetSetDescriptor.DELETE_MARKER) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "args may not be deleted");
            }
            e.setArgs(toTuple(value));
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static PTuple toTuple(Object value) {
        if (value instanceof PTuple t) {
            return t;
        }
        if (value instanceof PList l) {
            return new PTuple(l.toArray());
        }
        return new PTuple(org.jpy.nodes.pyobject.PyIterableToArray.toArray(value));
    }

    @Builtin(name = "__traceback__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class TracebackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PBaseException e = asException(node, self);
            if (value == PNone.NO_VALUE) {
                return e.getTraceback();
            }
            if (value == GetSetDescriptor.DELETE_MARKER) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__traceback__ may not be deleted");
            }
            checkTraceback(node, value);
            e.setTraceback(value);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void checkTraceback(Node node, Object value) {
        if (value != PNone.NONE && GetClassNode.getPythonClassUncached(value).getBuiltinType() != PythonBuiltinClassType.PTraceback) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__traceback__ must be a traceback or None");
        }
    }

    @Builtin(name = "with_traceback", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class WithTracebackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object tb, @Bind("$node") Node node) {
            PBaseException e = asException(node, self);
            checkTraceback(node, tb);
            e.setTraceback(tb);
            return e;
        }
    }

    @Builtin(name = "__cause__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class CauseNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PBaseException e = asException(node, self);
            if (value == PNone.NO_VALUE) {
                return e.getCause();
            }
            if (value == GetSetDescriptor.DELETE_MARKER) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__cause__ may not be deleted");
            }
            if (value != PNone.NONE && !(value instanceof PBaseException)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "exception cause must be None or derive from BaseException");
            }
            e.setCause(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__context__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class ContextNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PBaseException e = asException(node, self);
            if (value == PNone.NO_VALUE) {
                return e.getContext();
            }
            if (value == GetSetDescriptor.DELETE_MARKER) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__context__ may not be deleted");
            }
            if (value != PNone.NONE && !(value instanceof PBaseException)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "exception context must be None or derive from BaseException");
            }
            e.setContext(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__suppress_context__", minNumOfPositionalArgs = 1, maxNumOfPositionalArgs = 2, isGetter = true, isSetter = true)
    @GenerateNodeFactory
    public abstract static class SuppressContextNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value, @Bind("$node") Node node) {
            PBaseException e = asException(node, self);
            if (value == PNone.NO_VALUE) {
                return e.getSuppressContext();
            }
            if (value == GetSetDescriptor.DELETE_MARKER) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__suppress_context__ may not be deleted");
            }
            e.setSuppressContext(org.jpy.nodes.pyobject.PyObjectIsTrueNode.isTrue(value));
            return PNone.NONE;
        }
    }

    @Builtin(name = "add_note", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class AddNoteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object note, @Bind("$node") Node node) {
            addNote(node, asException(node, self), note);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void addNote(Node node, PBaseException e, Object note) {
            if (!(note instanceof String) && !(note instanceof PythonObject po && po.getBuiltinValue() instanceof String)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "note must be a str, not '%T'", note);
            }
            Object notes = PyObjectGetAttrNode.lookupAttributeUncached(e, "__notes__");
            if (notes == PNone.NO_VALUE) {
                notes = new PList();
                e.writeAttribute("__notes__", notes);
            }
            if (!(notes instanceof PList l)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "Cannot add note: __notes__ is not a list");
            }
            l.append(note);
        }
    }

    @Builtin(name = "__reduce__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Bind("$node") Node node) {
            return reduce(asException(node, self));
        }

        @TruffleBoundary
        private static Object reduce(PBaseException e) {
            PythonClass cls = GetClassNode.getPythonClassUncached(e);
            PDict d = e.getDict();
            if (d == null && com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getKeyArray(e).length > 0) {
                d = e.getOrCreateDict();
            }
            if (d != null && d.size() > 0) {
                return new PTuple(new Object[]{cls, e.getArgs(), d});
            }
            return new PTuple(new Object[]{cls, e.getArgs()});
        }
    }

    @Builtin(name = "__setstate__", minNumOfPositionalArgs = 2)
    @GenerateNodeFactory
    public abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object state, @Bind("$node") Node node) {
            setState(node, asException(node, self), state);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void setState(Node node, PBaseException e, Object state) {
            if (state == PNone.NONE) {
                return;
            }
            if (!(state instanceof PDict d)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "state is not a dictionary");
            }
            for (Object k : d.keys()) {
                org.jpy.nodes.pyobject.PyObjectSetAttrNode.setAttributeUncached(e, k, d.getItem(k));
            }
        }
    }
}
