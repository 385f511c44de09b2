package org.jpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import org.jpy.nodes.StatementNode;
import org.jpy.nodes.controlflow.ReturnException;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.nodes.function.CallDepthNode;
import org.jpy.nodes.function.PythonRootNode;
import org.jpy.objects.PNone;
import org.jpy.objects.exception.PBaseException;
import org.jpy.objects.generator.PGenerator;
import org.jpy.runtime.PException;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * One step of a generator body: arguments {@code [PGenerator, sent, thrown]}. The body runs on the generator's
 * materialized frame (this root's own frame is empty). On a resumption the {@code resuming} flag is set so that
 * the nodes on the path to the suspended {@code yield} restore their positions; a {@link YieldException}
 * suspends, a return or falling off the end finishes the generator. A StopIteration escaping the body becomes
 * RuntimeError (PEP 479).
 */
public final class GeneratorResumeRootNode extends PythonRootNode {
    @Child private StatementNode body;
    @Child private CallDepthNode depth = new CallDepthNode();
    private final GeneratorSlots slots;
    private PythonRootNode functionRoot;

    GeneratorResumeRootNode(TruffleLanguage<?> language, String name, String qualname, String filename, SourceSection section, int globalsSlot, GeneratorSlots slots,
                    StatementNode body) {
        super(language, FrameDescriptor.newBuilder().build(), name, qualname, filename, section, globalsSlot);
        this.slots = slots;
        this.body = body;
    }

    void setFunctionRoot(PythonRootNode root) {
        this.functionRoot = root;
    }

    @Override
    public Object execute(VirtualFrame unused) {
        Object[] args = unused.getArguments();
        PGenerator gen = (PGenerator) args[0];
        MaterializedFrame frame = gen.getFrame();
        Object thrown = args[2];
        if (gen.isStarted()) {
            frame.setObject(slots.resuming, Boolean.TRUE);
            frame.setObject(slots.sent, args[1]);
            frame.setObject(slots.thrown, thrown);
        } else {
            gen.setStarted(true);
            frame.setObject(slots.resuming, Boolean.FALSE);
            if (thrown != null) {
                gen.finish(PNone.NONE);
                PException e = PRaise.raiseObject(this, (PBaseException) thrown);
                exceptionLeaving(e, frame);
                throw e;
            }
        }
        int handled = ExceptionSupport.handledDepth();
        depth.enter(this);
        try {
            body.executeVoid(frame);
            gen.finish(PNone.NONE);
            return PNone.NONE;
        } catch (YieldException y) {
            ExceptionSupport.restoreHandledDepth(handled);
            return y.getValue();
        } catch (ReturnException r) {
            gen.finish(r.getValue());
            return PNone.NONE;
        } catch (PException e) {
            gen.finish(PNone.NONE);
            exceptionLeaving(e, frame);
            throw convertStopIteration(gen, e);
        } catch (StackOverflowError e) {
            gen.finish(PNone.NONE);
            PException p = CallDepthNode.recursionError(this);
            exceptionLeaving(p, frame);
            throw p;
        } finally {
            depth.exit();
        }
    }

    @TruffleBoundary
    private PException convertStopIteration(PGenerator gen, PException e) {
        boolean stop = e.isInstanceOf(PythonBuiltinClassType.StopIteration);
        boolean stopAsync = gen.getKind() == PGenerator.Kind.ASYNC_GENERATOR && e.isInstanceOf(PythonBuiltinClassType.StopAsyncIteration);
        if (!stop && !stopAsync) {
            return e;
        }
        String what = switch (gen.getKind()) {
            case GENERATOR -> "generator raised StopIteration";
            case COROUTINE -> "coroutine raised StopIteration";
            case ASYNC_GENERATOR -> stop ? "async generator raised StopIteration" : "async generator raised StopAsyncIteration";
        };
        PException r = PRaise.raise(this, PythonBuiltinClassType.RuntimeError, what);
        r.getPythonException().setCause(e.getPythonException());
        r.getPythonException().setContext(e.getPythonException());
        return r;
    }

    @Override
    public Object getGlobals(com.oracle.truffle.api.frame.Frame frame) {
        return super.getGlobals(frame);
    }
}
