package org.jpy.nodes.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.RootNode;

import org.jpy.JpyLanguage;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.objects.PythonClass;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The call target of a builtin. Arguments arrive already bound ({@code [callee, reserved, bound...]}, the same
 * convention as Python functions); this node hands them to the implementation node by arity, which is a
 * compilation constant. The implementation node is created on the first call (most builtins are never
 * called). For method descriptors it checks that {@code self} is an instance of the defining class
 * (monomorphic cache), and it turns escaped Java exceptions into Python ones ({@code RecursionError},
 * {@code SystemError}).
 */
public final class BuiltinRootNode extends RootNode {
    private final NodeFactory<? extends PythonBuiltinBaseNode> factory;
    private final String qualname;
    private final String name;
    private final int boundLength;
    /** The class {@code self} must be an instance of ({@code PythonBuiltinClassType}/{@code PythonClass}), or null. */
    private final Object selfType;
    /** Bound-array positions: positional parameter count and keyword-only count; non-zero kw-only with *args means reordering. */
    private final int positionalCount;
    private final int kwOnlyCount;
    private final boolean reorder;
    @Child private PythonBuiltinBaseNode body;
    @Child private GetClassNode getClassNode;
    @CompilationFinal private PythonClass okSelfClass;
    /** For {@code __new__}: the class it is defined on ({@code tp_new_wrapper}'s checks of the {@code cls} argument). */
    private Object newOwner;

    public BuiltinRootNode(JpyLanguage language, NodeFactory<? extends PythonBuiltinBaseNode> factory, String name, String qualname, int boundLength, Object selfType) {
        this(language, factory, name, qualname, boundLength, selfType, 0, 0, false);
    }

    /**
     * {@code reorder}: the builtin takes {@code *args} and keyword-only parameters; the binder's co_varnames layout
     * ({@code pos, kwonly, args, kwargs}) is handed to the node in signature order ({@code pos, args, kwonly, kwargs}).
     */
    public BuiltinRootNode(JpyLanguage language, NodeFactory<? extends PythonBuiltinBaseNode> factory, String name, String qualname, int boundLength, Object selfType,
                    int positionalCount, int kwOnlyCount, boolean reorder) {
        super(language);
        this.positionalCount = positionalCount;
        this.kwOnlyCount = kwOnlyCount;
        this.reorder = reorder;
        this.factory = factory;
        this.name = name;
        this.qualname = qualname;
        this.boundLength = boundLength;
        this.selfType = selfType;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        if (reorder) {
            args = reorder(args);
        }
        if (body == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            body = insert(factory.createNode());
            if (selfType != null) {
                getClassNode = insert(GetClassNode.create());
            }
        }
        if (selfType != null) {
            checkSelf(args[2]);
        } else if (newOwner != null) {
            checkNewArgument(args[0], args[2]);
        }
        try {
            PythonBuiltinBaseNode b = body;
            if (b instanceof PythonUnaryBuiltinNode u) {
                return u.execute(frame, args[2]);
            } else if (b instanceof PythonBinaryBuiltinNode bi) {
                return bi.execute(frame, args[2], args[3]);
            } else if (b instanceof PythonTernaryBuiltinNode t) {
                return t.execute(frame, args[2], args[3], args[4]);
            } else if (b instanceof PythonQuaternaryBuiltinNode q) {
                return q.execute(frame, args[2], args[3], args[4], args[5]);
            } else {
                return ((PythonVarargsBuiltinNode) b).execute(frame, boundArguments(args));
            }
        } catch (AbstractTruffleException | ControlFlowException e) {
            throw e;
        } catch (StackOverflowError | RuntimeException e) {
            throw PRaise.wrapJavaException(e, this);
        }
    }

    private Object[] reorder(Object[] frameArgs) {
        Object[] r = frameArgs.clone();
        int p = 2 + positionalCount;
        r[p] = frameArgs[p + kwOnlyCount];
        System.arraycopy(frameArgs, p, r, p + 1, kwOnlyCount);
        return r;
    }

    private Object[] boundArguments(Object[] args) {
        Object[] result = new Object[boundLength];
        System.arraycopy(args, 2, result, 0, boundLength);
        return result;
    }

    private void checkSelf(Object self) {
        PythonClass cls = getClassNode.execute(self);
        if (cls == okSelfClass) {
            return;
        }
        checkSelfSlow(self, cls);
    }

    @TruffleBoundary
    private void checkSelfSlow(Object self, PythonClass cls) {
        PythonClass expected = selfType instanceof PythonClass pc ? pc : JpyContext.get(this).lookupType((PythonBuiltinClassType) selfType);
        if (!cls.isSubtypeOf(expected)) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, expected.getName(), cls.getName());
        }
        if (okSelfClass == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            okSelfClass = cls;
        }
    }

    /** Makes this a {@code __new__} that checks its class argument against {@code owner}. */
    public void setNewOwner(Object owner) {
        this.newOwner = owner;
    }

    @TruffleBoundary
    private void checkNewArgument(Object callee, Object cls) {
        JpyContext ctx = JpyContext.get(this);
        PythonClass owner = newOwner instanceof PythonClass pc ? pc : ctx.lookupType((PythonBuiltinClassType) newOwner);
        if (!(cls instanceof PythonClass c)) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "%s.__new__(X): X is not a type object (%T)", owner.getName(), cls);
        }
        if (!c.isSubtypeOf(owner)) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner.getName(), c.getName(), c.getName(), owner.getName());
        }
        PythonClass staticBase = c;
        while (staticBase.isHeapType()) {
            staticBase = staticBase.getBase();
        }
        Object baseNew = staticBase.lookup("__new__");
        if (baseNew != callee && baseNew instanceof org.jpy.objects.function.PBuiltinFunction) {
            throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", owner.getName(), c.getName(), staticBase.getName());
        }
    }

    @Override
    public String getName() {
        return qualname;
    }

    @Override
    public String toString() {
        return "<builtin " + qualname + ">";
    }

    public NodeFactory<? extends PythonBuiltinBaseNode> getFactory() {
        return factory;
    }
}
