package org.jpy.nodes.frame;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.nodes.generator.GeneratorResumeRootNode;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.frame.PFrame;
import org.jpy.objects.function.PCell;
import org.jpy.objects.generator.PGenerator;

/**
 * Access to the calling Python frames for the few builtins that need them ({@code sys._getframe},
 * {@code locals()}, {@code globals()}, {@code vars()}, {@code dir()}, {@code exec}/{@code eval} without explicit
 * namespaces). Walks the Truffle stack (a slow path that deoptimizes compiled callers), skipping frames of
 * builtins; generator bodies are read from the generator's own materialized frame.
 */
public final class FrameSupport {
    private FrameSupport() {
    }

    /** The Python frame {@code depth} levels up from the builtin being called (0 = its caller), as a frame. */
    @TruffleBoundary
    public static Frame findPythonFrame(int depth, PythonRootNode[] rootOut, Node[] locationOut) {
        final int[] remaining = {depth};
        final Frame[] result = {null};
        Truffle.getRuntime().iterateFrames(fi -> {
            RootNode root = ((com.oracle.truffle.api.RootCallTarget) fi.getCallTarget()).getRootNode();
            if (root instanceof PythonRootNode pr) {
                if (remaining[0] == 0) {
                    Frame f = fi.getFrame(FrameInstance.FrameAccess.MATERIALIZE);
                    if (pr instanceof GeneratorResumeRootNode) {
                        f = ((PGenerator) f.getArguments()[0]).getFrame();
                    }
                    result[0] = f;
                    rootOut[0] = pr;
                    locationOut[0] = fi.getCallNode();
                    return fi;
                }
                remaining[0]--;
            }
            return null;
        });
        return result[0];
    }

    @TruffleBoundary
    public static PFrame getFrame(Node node, int depth) {
        PythonRootNode[] root = new PythonRootNode[1];
        Node[] location = new Node[1];
        Frame f = findPythonFrame(depth, root, location);
        if (f == null) {
            return null;
        }
        PFrame result = new PFrame(root[0].getCodeName(), root[0].getFilename(), root[0].getCode(), root[0].getGlobals(f),
                        ExceptionSupport.lineOf(location[0], root[0]));
        if (f instanceof com.oracle.truffle.api.frame.MaterializedFrame mf) {
            result.setTruffleFrame(mf);
        }
        result.setLocals(localsOf(root[0], f));
        PFrame back = getFrameOrNull(depth + 1);
        result.setBack(back);
        return result;
    }

    private static PFrame getFrameOrNull(int depth) {
        PythonRootNode[] root = new PythonRootNode[1];
        Node[] location = new Node[1];
        Frame f = findPythonFrame(depth, root, location);
        if (f == null) {
            return null;
        }
        return new PFrame(root[0].getCodeName(), root[0].getFilename(), root[0].getCode(), root[0].getGlobals(f), ExceptionSupport.lineOf(location[0], root[0]));
    }

    /**
     * {@code (__class__, first argument)} of the innermost Python frame, for a zero-argument {@code super()} that
     * the translator could not rewrite (e.g. {@code super} called through another name).
     */
    @TruffleBoundary
    public static Object[] superArguments() {
        PythonRootNode[] root = new PythonRootNode[1];
        Frame f = findPythonFrame(0, root, new Node[1]);
        if (f == null || f.getArguments().length < 3) {
            throw org.jpy.runtime.PRaise.raise(null, org.jpy.runtime.PythonBuiltinClassType.RuntimeError, "super(): no arguments");
        }
        FrameDescriptor fd = f.getFrameDescriptor();
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            if ("__class__".equals(fd.getSlotName(i)) && f.getValue(i) instanceof PCell cell) {
                if (cell.getRef() == null) {
                    throw org.jpy.runtime.PRaise.raise(null, org.jpy.runtime.PythonBuiltinClassType.RuntimeError, "super(): empty __class__ cell");
                }
                return new Object[]{cell.getRef(), f.getArguments()[2]};
            }
        }
        throw org.jpy.runtime.PRaise.raise(null, org.jpy.runtime.PythonBuiltinClassType.RuntimeError, "super(): __class__ cell not found");
    }

    /** The caller's globals dict. */
    @TruffleBoundary
    public static Object callerGlobals() {
        PythonRootNode[] root = new PythonRootNode[1];
        Frame f = findPythonFrame(0, root, new Node[1]);
        return f == null ? null : root[0].getGlobals(f);
    }

    /** The caller's locals: its namespace mapping (module/class) or a snapshot dict of its fast locals. */
    @TruffleBoundary
    public static Object callerLocals() {
        PythonRootNode[] root = new PythonRootNode[1];
        Frame f = findPythonFrame(0, root, new Node[1]);
        return f == null ? null : localsOf(root[0], f);
    }

    public static Object localsOf(PythonRootNode root, Frame frame) {
        FrameDescriptor fd = frame.getFrameDescriptor();
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            if (".locals".equals(fd.getSlotName(i))) {
                Object v = frame.getValue(i);
                if (v != null) {
                    return v;
                }
            }
        }
        PDict d = new PDict();
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            Object name = fd.getSlotName(i);
            if (!(name instanceof String s) || s.startsWith(".") || s.contains(" ")) {
                continue;
            }
            Object v = frame.getValue(i);
            if (v instanceof PCell c) {
                v = c.getRef();
            }
            if (v != null) {
                d.setItem(s, v);
            }
        }
        return d;
    }
}
