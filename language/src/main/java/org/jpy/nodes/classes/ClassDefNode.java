package org.jpy.nodes.classes;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.objects.function.PFunction;
import org.jpy.runtime.PKeyword;

/**
 * A {@code class} statement: evaluates the body function (not yet run), the bases (with {@code *} unpacking) and
 * the keywords, then performs {@code __build_class__} ({@link ClassBuilder}): metaclass selection,
 * {@code __prepare__}, running the body in the namespace, the metaclass call and the {@code __class__} cell check.
 */
public final class ClassDefNode extends ExpressionNode {
    private final String name;
    @Child private ExpressionNode bodyFunction;
    @Children private final ExpressionNode[] bases;
    @Children private final ExpressionNode[] kwValues;
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    @CompilationFinal(dimensions = 1) private final String[] kwNames;

    public ClassDefNode(String name, ExpressionNode bodyFunction, ExpressionNode[] bases, boolean[] starred, String[] kwNames, ExpressionNode[] kwValues) {
        this.name = name;
        this.bodyFunction = bodyFunction;
        this.bases = bases;
        this.starred = starred;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PFunction body = (PFunction) bodyFunction.execute(frame);
        ArrayList<Object> baseValues = new ArrayList<>();
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i].execute(frame);
            if (starred != null && starred[i]) {
                IterationSupport.addAll(this, baseValues, b);
            } else {
                add(baseValues, b);
            }
        }
        ArrayList<PKeyword> keywords = new ArrayList<>();
        for (int i = 0; i < kwNames.length; i++) {
            Object v = kwValues[i].execute(frame);
            if (kwNames[i] == null) {
                IterationSupport.addKeywords(this, keywords, v, null);
            } else {
                addKeyword(keywords, kwNames[i], v);
            }
        }
        return ClassBuilder.buildClass(this, body, name, toArray(baseValues), keywords.toArray(PKeyword.EMPTY));
    }

    @TruffleBoundary
    private static void add(ArrayList<Object> list, Object v) {
        list.add(v);
    }

    @TruffleBoundary
    private static void addKeyword(ArrayList<PKeyword> list, String name, Object v) {
        list.add(new PKeyword(name, v));
    }

    @TruffleBoundary
    private static Object[] toArray(ArrayList<Object> list) {
        return list.toArray();
    }
}
