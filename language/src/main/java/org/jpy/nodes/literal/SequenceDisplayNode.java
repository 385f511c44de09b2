package org.jpy.nodes.literal;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.objects.list.PList;
import org.jpy.objects.set.PSet;
import org.jpy.objects.tuple.PTuple;

/**
 * Tuple, list and set displays ({@code (a, b)}, {@code [a, *b]}, {@code {a, b}}). Without {@code *} the element
 * count is a compilation constant and the loop is exploded into straight-line stores; with {@code *} elements the
 * values are collected into a growable list first (PEP 448 unpacking).
 */
public abstract class SequenceDisplayNode extends ExpressionNode {
    public enum Kind {
        TUPLE,
        LIST,
        SET
    }

    @Children protected final ExpressionNode[] elements;
    protected final Kind kind;

    SequenceDisplayNode(Kind kind, ExpressionNode[] elements) {
        this.kind = kind;
        this.elements = elements;
    }

    public static SequenceDisplayNode create(Kind kind, ExpressionNode[] elements, boolean[] starred) {
        return starred == null ? new Fixed(kind, elements) : new WithStarred(kind, elements, starred);
    }

    protected final Object build(Object[] values) {
        return switch (kind) {
            case TUPLE -> new PTuple(values);
            case LIST -> new PList(values);
            case SET -> makeSet(values);
        };
    }

    @TruffleBoundary
    private static PSet makeSet(Object[] values) {
        PSet set = new PSet();
        for (Object v : values) {
            set.add(v);
        }
        return set;
    }

    static final class Fixed extends SequenceDisplayNode {
        Fixed(Kind kind, ExpressionNode[] elements) {
            super(kind, elements);
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] values = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                values[i] = elements[i].execute(frame);
            }
            return build(values);
        }
    }

    static final class WithStarred extends SequenceDisplayNode {
        @CompilationFinal(dimensions = 1) private final boolean[] starred;

        WithStarred(Kind kind, ExpressionNode[] elements, boolean[] starred) {
            super(kind, elements);
            this.starred = starred;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            ArrayList<Object> values = new ArrayList<>();
            for (int i = 0; i < elements.length; i++) {
                Object v = elements[i].execute(frame);
                if (starred[i]) {
                    IterationSupport.addAll(this, values, v);
                } else {
                    add(values, v);
                }
            }
            return build(toArray(values));
        }

        @TruffleBoundary
        private static void add(ArrayList<Object> values, Object v) {
            values.add(v);
        }

        @TruffleBoundary
        private static Object[] toArray(ArrayList<Object> values) {
            return values.toArray();
        }
    }
}
