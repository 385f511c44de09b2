package org.jpy.objects.traceback;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.objects.PythonObject;
import org.jpy.objects.frame.PFrame;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A traceback entry ({@code types.TracebackType}): one frame an exception passed through, and where in it. Entries
 * are created as the exception leaves (or is caught in) each Python frame, innermost first, each new entry
 * pointing to the previous head through {@code tb_next} — so the chain reads from the catching frame down to the
 * raise point, exactly as CPython's. The location is the node that was executing (a call node, or the node that
 * raised); its source section gives {@code tb_lineno} and the columns of the 3.12 carets.
 */
public final class PTraceback extends PythonObject {
    private final PFrame frame;
    private final Node location;
    private final int lineno;
    private PTraceback next;

    public PTraceback(PFrame frame, Node location, int lineno, PTraceback next) {
        super(PythonBuiltinClassType.PTraceback);
        this.frame = frame;
        this.location = location;
        this.lineno = lineno;
        this.next = next;
    }

    public PFrame getFrame() {
        return frame;
    }

    public Node getLocation() {
        return location;
    }

    public int getLineno() {
        return lineno;
    }

    public PTraceback getNext() {
        return next;
    }

    public void setNext(PTraceback next) {
        this.next = next;
    }

    /** The source span of the instruction that was executing, or null when unknown. */
    @TruffleBoundary
    public SourceSection getSourceSection() {
        Node n = location;
        while (n != null) {
            SourceSection s = n.getSourceSection();
            if (s != null && s.isAvailable()) {
                return s;
            }
            n = n.getParent();
        }
        return null;
    }
}
