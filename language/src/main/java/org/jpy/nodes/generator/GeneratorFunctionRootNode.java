package org.jpy.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.compiler.FrameLayout;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.objects.function.PFunction;
import org.jpy.objects.generator.PGenerator;
import org.jpy.runtime.PException;

/**
 * Calling a generator (or coroutine / async generator) function: binds the arguments into a fresh frame exactly
 * like a function prologue, materializes that frame and wraps it in a {@link PGenerator}; the body itself lives
 * in a separate {@link GeneratorResumeRootNode} that each {@code next()}/{@code send()} calls.
 */
public final class GeneratorFunctionRootNode extends PythonRootNode {
    @Child private StatementNode prologue;
    private final RootCallTarget resumeTarget;
    private final PGenerator.Kind kind;

    private GeneratorFunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, String qualname, String filename, SourceSection section,
                    int globalsSlot, StatementNode prologue, RootCallTarget resumeTarget, PGenerator.Kind kind) {
        super(language, descriptor, name, qualname, filename, section, globalsSlot);
        this.prologue = prologue;
        this.resumeTarget = resumeTarget;
        this.kind = kind;
    }

    public static PythonRootNode create(TruffleLanguage<?> language, FrameLayout layout, GeneratorSlots slots, String name, String qualname, String filename,
                    SourceSection section, int globalsSlot, StatementNode prologue, StatementNode body, boolean generator, boolean coroutine) {
        FrameDescriptor descriptor = layout.build();
        GeneratorResumeRootNode resume = new GeneratorResumeRootNode(language, name, qualname, filename, section, globalsSlot, slots, body);
        PGenerator.Kind kind = generator && coroutine ? PGenerator.Kind.ASYNC_GENERATOR : coroutine ? PGenerator.Kind.COROUTINE : PGenerator.Kind.GENERATOR;
        GeneratorFunctionRootNode root = new GeneratorFunctionRootNode(language, descriptor, name, qualname, filename, section, globalsSlot, prologue, resume.getCallTarget(),
                        kind);
        resume.setFunctionRoot(root);
        return root;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            prologue.executeVoid(frame);
        } catch (PException e) {
            exceptionLeaving(e, frame);
            throw e;
        }
        MaterializedFrame materialized = frame.materialize();
        PFunction function = (PFunction) frame.getArguments()[0];
        return new PGenerator(kind, materialized, resumeTarget, function.getName(), function.getQualName(), getCode());
    }
}
