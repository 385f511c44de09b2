package org.jpy.nodes.exception;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.nodes.function.PythonRootNode;
import org.jpy.objects.PNone;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.frame.PFrame;
import org.jpy.objects.traceback.PTraceback;
import org.jpy.runtime.PException;

/**
 * Traceback bookkeeping and exception chaining, CPython's {@code PyTraceBack_Here} and {@code _PyErr_SetObject}.
 *
 * <p>Each raise event ({@link PException}) carries a small {@link RaiseState}: the node of the current frame that
 * was executing when the exception passed ({@code pending}: the raising node, then each call node it comes out
 * of), whether the entry of the current frame was already added (an {@code except} in the frame records it when
 * it catches), and whether {@code __context__} was set. Entries are added when the exception is caught in a frame
 * or leaves it, so {@code e.__traceback__} always reads from the handling frame to the raise point.
 *
 * <p>All of this runs only on the exception path, behind {@link TruffleBoundary}.
 */
public final class ExceptionSupport {
    private ExceptionSupport() {
    }

    /** Per raise event state, kept in {@link PException#getTracebackData()}. */
    static final class RaiseState {
        Node pending;
        Frame recordedFrame;
        boolean contextDone;
        int exitedFrames;
        /** Raised while entering a frame (RecursionError): the innermost stack element is not a Python frame yet. */
        boolean raisedOnEntry;
    }

    @TruffleBoundary
    public static void markRaisedOnEntry(PException e) {
        RaiseState s = state(e);
        s.pending = null;
        s.raisedOnEntry = true;
    }

    @TruffleBoundary
    static RaiseState state(PException e) {
        Object data = e.getTracebackData();
        if (data instanceof RaiseState s) {
            return s;
        }
        RaiseState s = new RaiseState();
        s.pending = e.getLocation();
        e.setTracebackData(s);
        return s;
    }

    /** A call node saw the exception come out of its callee: it is this frame's location now. */
    @TruffleBoundary
    public static void passedThroughCall(PException e, Node callNode) {
        RaiseState s = state(e);
        if (s.pending == null || s.pending.getRootNode() != callNode.getRootNode()) {
            s.pending = callNode;
        }
    }

    /**
     * Adds the traceback entry of the current frame, unless an {@code except} of this frame already did;
     * {@code leaving} is true when the exception leaves the frame (its root node), false when it is caught in it.
     */
    @TruffleBoundary
    public static void recordFrame(PException e, PythonRootNode root, MaterializedFrame frame, boolean leaving) {
        RaiseState s = state(e);
        if (s.recordedFrame == frame && frame != null) {
            if (leaving) {
                s.recordedFrame = null;
                s.pending = null;
                s.exitedFrames++;
            }
            return;
        }
        Node location = s.pending;
        if (location == null || location.getRootNode() != root) {
            location = findLocation(e, root, s.exitedFrames + (s.raisedOnEntry ? 1 : 0));
        }
        PBaseException exc = e.getPythonException();
        Object globals = root.getGlobals(frame);
        int lineno = lineOf(location, root);
        PFrame pframe = new PFrame(root.getCodeName(), root.getFilename(), root.getCode(), globals, lineno);
        Object previous = exc.getTraceback();
        PTraceback tb = new PTraceback(pframe, location, lineno, previous instanceof PTraceback p ? p : null);
        exc.setTraceback(tb);
        if (leaving) {
            s.recordedFrame = null;
            s.pending = null;
            s.exitedFrames++;
        } else {
            s.recordedFrame = frame;
            s.pending = null;
        }
    }

    /** A bare {@code raise}: the exception keeps its traceback and this frame gets no second entry. */
    @TruffleBoundary
    public static void markReraise(PException e, PythonRootNode root, MaterializedFrame frame) {
        RaiseState s = state(e);
        s.pending = null;
        s.recordedFrame = frame;
        s.contextDone = true;
    }

    private static Node findLocation(PException e, PythonRootNode root, int exitedFrames) {
        List<TruffleStackTraceElement> elements = TruffleStackTrace.getStackTrace(e);
        if (elements != null) {
            int python = 0;
            for (TruffleStackTraceElement el : elements) {
                RootNode r = el.getTarget().getRootNode();
                if (r instanceof PythonRootNode) {
                    if (python == exitedFrames) {
                        return r == root && el.getLocation() != null ? el.getLocation() : root;
                    }
                    python++;
                }
            }
        }
        return root;
    }

    @TruffleBoundary
    public static int lineOf(Node location, RootNode root) {
        Node n = location;
        while (n != null) {
            SourceSection s = n.getSourceSection();
            if (s != null && s.isAvailable()) {
                return s.getStartLine();
            }
            n = n.getParent();
        }
        SourceSection s = root.getSourceSection();
        return s != null && s.isAvailable() ? s.getStartLine() : 0;
    }

    // ------------------------------------------------------------------ handled exception (sys.exc_info)

    private static final ThreadLocal<List<Object>> HANDLED = ThreadLocal.withInitial(ArrayList::new);

    /** Enters an {@code except} block: the exception is now "being handled". */
    @TruffleBoundary
    public static void pushHandled(Object exception) {
        HANDLED.get().add(exception);
    }

    @TruffleBoundary
    public static void popHandled() {
        List<Object> stack = HANDLED.get();
        if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
        }
    }

    /** The exception being handled ({@code sys.exception()}), or {@code PNone.NONE}. */
    @TruffleBoundary
    public static Object currentHandled() {
        List<Object> stack = HANDLED.get();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Object o = stack.get(i);
            if (o != PNone.NONE) {
                return o;
            }
        }
        return PNone.NONE;
    }

    /** Depth of the handled stack, so generators and roots can restore it after an abrupt exit. */
    @TruffleBoundary
    public static int handledDepth() {
        return HANDLED.get().size();
    }

    @TruffleBoundary
    public static void restoreHandledDepth(int depth) {
        List<Object> stack = HANDLED.get();
        while (stack.size() > depth) {
            stack.remove(stack.size() - 1);
        }
    }

    /**
     * Sets {@code __context__} of a newly raised exception to the exception being handled, once per raise event,
     * breaking cycles as CPython does.
     */
    @TruffleBoundary
    public static void chainContext(PException e) {
        RaiseState s = state(e);
        if (s.contextDone) {
            return;
        }
        s.contextDone = true;
        setContext(e.getPythonException(), currentHandled());
    }

    @TruffleBoundary
    public static void setContext(PBaseException exc, Object handled) {
        if (!(handled instanceof PBaseException h) || h == exc) {
            return;
        }
        PBaseException o = h;
        while (true) {
            Object ctx = o.getContext();
            if (!(ctx instanceof PBaseException c)) {
                break;
            }
            if (c == exc) {
                o.setContext(PNone.NONE);
                break;
            }
            o = c;
        }
        exc.setContext(h);
    }
}
