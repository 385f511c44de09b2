package org.jpy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PCell;
import org.jpy.objects.function.PCode;
import org.jpy.objects.function.PFunction;

/**
 * MAKE_FUNCTION: a new function object from a shared code object, the current globals, the evaluated defaults,
 * keyword-only defaults and annotations (in that order, as CPython evaluates them), and the closure cells taken
 * from this frame's cell slots. The code object is a translation-time constant, so every function made here
 * shares one call target and one set of inline caches.
 */
public final class MakeFunctionNode extends ExpressionNode {
    private final PCode code;
    @Children private final ExpressionNode[] defaults;
    @Children private final ExpressionNode[] kwDefaultValues;
    @Children private final ExpressionNode[] annotationValues;
    @CompilationFinal(dimensions = 1) private final String[] kwDefaultNames;
    @CompilationFinal(dimensions = 1) private final String[] annotationNames;
    @CompilationFinal(dimensions = 1) private final int[] closureSlots;
    private final Object doc;

    public MakeFunctionNode(PCode code, ExpressionNode[] defaults, String[] kwDefaultNames, ExpressionNode[] kwDefaultValues, String[] annotationNames,
                    ExpressionNode[] annotationValues, int[] closureSlots, Object doc) {
        this.code = code;
        this.defaults = defaults;
        this.kwDefaultNames = kwDefaultNames;
        this.kwDefaultValues = kwDefaultValues;
        this.annotationNames = annotationNames;
        this.annotationValues = annotationValues;
        this.closureSlots = closureSlots;
        this.doc = doc;
    }

    public PCode getCode() {
        return code;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] defaultValues = null;
        if (defaults.length > 0) {
            defaultValues = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                defaultValues[i] = defaults[i].execute(frame);
            }
        }
        PDict kwDefaults = null;
        if (kwDefaultNames.length > 0) {
            Object[] values = new Object[kwDefaultNames.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = kwDefaultValues[i].execute(frame);
            }
            kwDefaults = makeDict(kwDefaultNames, values);
        }
        PDict annotations = null;
        if (annotationNames.length > 0) {
            Object[] values = new Object[annotationNames.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = annotationValues[i].execute(frame);
            }
            annotations = makeDict(annotationNames, values);
        }
        PCell[] closure = null;
        if (closureSlots.length > 0) {
            closure = new PCell[closureSlots.length];
            for (int i = 0; i < closureSlots.length; i++) {
                closure[i] = (PCell) frame.getObject(closureSlots[i]);
            }
        }
        Object globals = ((PythonRootNode) getRootNode()).getGlobals(frame);
        PFunction function = new PFunction(code, (PDict) globals, defaultValues, kwDefaults, closure);
        if (doc != null) {
            function.setDoc(doc);
        }
        if (annotations != null) {
            function.setAnnotations(annotations);
        }
        return function;
    }

    @TruffleBoundary
    private static PDict makeDict(String[] names, Object[] values) {
        PDict d = new PDict();
        for (int i = 0; i < names.length; i++) {
            d.setItem(names[i], values[i]);
        }
        return d;
    }

    /**
     * {@code @d1 @d2 def f(): ...}: the decorator expressions are evaluated first (top to bottom), then the
     * function or class is made, then the decorators are applied innermost first.
     */
    public static final class DecoratedNode extends ExpressionNode {
        @Children private final ExpressionNode[] decorators;
        @Child private ExpressionNode definition;
        @Children private final PyObjectCallNode[] calls;

        public DecoratedNode(ExpressionNode[] decorators, ExpressionNode definition) {
            this.decorators = decorators;
            this.definition = definition;
            this.calls = new PyObjectCallNode[decorators.length];
            for (int i = 0; i < calls.length; i++) {
                calls[i] = PyObjectCallNode.create();
            }
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] fs = new Object[decorators.length];
            for (int i = 0; i < decorators.length; i++) {
                fs[i] = decorators[i].execute(frame);
            }
            Object value = definition.execute(frame);
            for (int i = decorators.length - 1; i >= 0; i--) {
                value = calls[i].call(fs[i], value);
            }
            return value;
        }
    }
}
