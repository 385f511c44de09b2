package org.jpy.nodes.call;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetMethodNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.runtime.PException;
import org.jpy.runtime.PKeyword;

/**
 * A call expression. The common shape (positional arguments and {@code name=value} keywords, no {@code *}/{@code **})
 * has a compile-time constant argument count, so argument evaluation is exploded and the keyword names are
 * constants; calls with unpacking collect into growable lists on a separate node class. The call itself (inline
 * cache on the callee's call target, argument binding) is the abstract API's {@link PyObjectCallNode}.
 * {@code obj.m(args)} evaluates {@code obj.m} through the attribute protocol first.
 */
public abstract class CallNode extends ExpressionNode {
    @Child protected PyObjectCallNode call = PyObjectCallNode.create();

    public static CallNode create(ExpressionNode callee, ExpressionNode[] args, boolean[] starred, String[] kwNames, ExpressionNode[] kwValues) {
        if (starred == null && noDoubleStar(kwNames)) {
            return new FixedCallNode(callee, args, kwNames, kwValues);
        }
        return new UnpackingCallNode(callee, args, starred, kwNames, kwValues);
    }

    public static CallNode createMethodCall(ExpressionNode receiver, String name, ExpressionNode[] args, boolean[] starred, String[] kwNames, ExpressionNode[] kwValues) {
        if (starred == null && noDoubleStar(kwNames)) {
            return new FixedMethodCallNode(receiver, name, args, kwNames, kwValues);
        }
        return create(new MethodLookupNode(receiver, name), args, starred, kwNames, kwValues);
    }

    private static boolean noDoubleStar(String[] kwNames) {
        for (String n : kwNames) {
            if (n == null) {
                return false;
            }
        }
        return true;
    }

    /** {@code obj.name} as the callee of a call; kept separate so a later version can skip the bound method. */
    static final class MethodLookupNode extends ExpressionNode {
        @Child private ExpressionNode receiver;
        @Child private PyObjectGetAttrNode getAttr = PyObjectGetAttrNode.create();
        private final String name;

        MethodLookupNode(ExpressionNode receiver, String name) {
            this.receiver = receiver;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return getAttr.execute(receiver.execute(frame), name);
        }
    }

    static final class FixedCallNode extends CallNode {
        @Child private ExpressionNode callee;
        @Children private final ExpressionNode[] args;
        @Children private final ExpressionNode[] kwValues;
        @CompilationFinal(dimensions = 1) private final String[] kwNames;

        FixedCallNode(ExpressionNode callee, ExpressionNode[] args, String[] kwNames, ExpressionNode[] kwValues) {
            this.callee = callee;
            this.args = args;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object function = callee.execute(frame);
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].execute(frame);
            }
            PKeyword[] keywords = PKeyword.EMPTY;
            if (kwNames.length > 0) {
                keywords = new PKeyword[kwNames.length];
                for (int i = 0; i < kwNames.length; i++) {
                    keywords[i] = new PKeyword(kwNames[i], kwValues[i].execute(frame));
                }
            }
            try {
                return call.execute(function, values, keywords);
            } catch (PException e) {
                ExceptionSupport.passedThroughCall(e, this);
                throw e;
            }
        }
    }

    /**
     * {@code obj.name(args)} with a fixed argument shape (CPython's LOAD_ATTR method form + CALL): when the
     * attribute is a plain method found on the type, the function is called with {@code obj} prepended and no
     * bound method object is created.
     */
    static final class FixedMethodCallNode extends CallNode {
        @Child private ExpressionNode receiver;
        @Child private PyObjectGetMethodNode getMethod = PyObjectGetMethodNode.create();
        @Child private CallFunctionNode callFunction = CallFunctionNode.create();
        @Children private final ExpressionNode[] args;
        @Children private final ExpressionNode[] kwValues;
        @CompilationFinal(dimensions = 1) private final String[] kwNames;
        private final String name;

        FixedMethodCallNode(ExpressionNode receiver, String name, ExpressionNode[] args, String[] kwNames, ExpressionNode[] kwValues) {
            this.receiver = receiver;
            this.name = name;
            this.args = args;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object self = receiver.execute(frame);
            Object method = getMethod.execute(self, name);
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].execute(frame);
            }
            PKeyword[] keywords = PKeyword.EMPTY;
            if (kwNames.length > 0) {
                keywords = new PKeyword[kwNames.length];
                for (int i = 0; i < kwNames.length; i++) {
                    keywords[i] = new PKeyword(kwNames[i], kwValues[i].execute(frame));
                }
            }
            try {
                if (method instanceof PyObjectGetMethodNode.BoundDescriptor bound) {
                    return call.execute(bound.value(), values, keywords);
                }
                return callFunction.execute(method, self, values, keywords);
            } catch (PException e) {
                ExceptionSupport.passedThroughCall(e, this);
                throw e;
            }
        }
    }

    static final class UnpackingCallNode extends CallNode {
        @Child private ExpressionNode callee;
        @Children private final ExpressionNode[] args;
        @Children private final ExpressionNode[] kwValues;
        @CompilationFinal(dimensions = 1) private final boolean[] starred;
        @CompilationFinal(dimensions = 1) private final String[] kwNames;

        UnpackingCallNode(ExpressionNode callee, ExpressionNode[] args, boolean[] starred, String[] kwNames, ExpressionNode[] kwValues) {
            this.callee = callee;
            this.args = args;
            this.starred = starred;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object function = callee.execute(frame);
            ArrayList<Object> values = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                Object v = args[i].execute(frame);
                if (starred != null && starred[i]) {
                    IterationSupport.addAllForCall(this, values, v, function);
                } else {
                    add(values, v);
                }
            }
            ArrayList<PKeyword> keywords = new ArrayList<>();
            for (int i = 0; i < kwNames.length; i++) {
                Object v = kwValues[i].execute(frame);
                if (kwNames[i] == null) {
                    IterationSupport.addKeywords(this, keywords, v, function);
                } else {
                    IterationSupport.addKeyword(this, keywords, kwNames[i], v, function);
                }
            }
            try {
                return call.execute(function, toArray(values), toKeywordArray(keywords));
            } catch (PException e) {
                ExceptionSupport.passedThroughCall(e, this);
                throw e;
            }
        }

        @TruffleBoundary
        private static void add(ArrayList<Object> values, Object v) {
            values.add(v);
        }

        @TruffleBoundary
        private static Object[] toArray(ArrayList<Object> values) {
            return values.toArray();
        }

        @TruffleBoundary
        private static PKeyword[] toKeywordArray(ArrayList<PKeyword> keywords) {
            return keywords.toArray(PKeyword.EMPTY);
        }
    }
}
