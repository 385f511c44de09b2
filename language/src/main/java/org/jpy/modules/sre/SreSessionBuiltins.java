package org.jpy.modules.sre;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.PythonBinaryBuiltinNode;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The methods of the matching sessions {@code _jpy_sre.new_state} returns (objects of the internal class
 * {@code _sre.SRE_Scanner} whose builtin value is a {@link Session}); installed by {@link SREModuleBuiltins} when the
 * module is first imported, so this container is not in the registry.
 */
/** The methods of the session objects {@code new_state} returns. */
public final class SreSessionBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return SreSessionBuiltinsFactory.getFactories();
    }

    static Session session(PythonBuiltinBaseNode node, Object self) {
        if (self instanceof PythonObject po && po.getBuiltinValue() instanceof Session s) {
            return s;
        }
        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "not a regular expression matching session");
    }

    @TruffleBoundary
    static Object spans(SreState state) {
        int[] spans = state.spans();
        Object[] items = new Object[spans.length + 1];
        items[0] = (long) state.lastindex();
        for (int i = 0; i < spans.length; i++) {
            items[i + 1] = (long) spans[i];
        }
        return new PTuple(items);
    }

    /** Runs the engine, turning an engine failure into CPython's errors. */
    @TruffleBoundary
    static boolean run(PythonBuiltinBaseNode node, Session s, int how) {
        try {
            switch (how) {
                case 0:
                    return s.state.match(false);
                case 1:
                    return s.state.match(true);
                default:
                    return s.state.search();
            }
        } catch (SreState.InvalidCodeException | ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            throw PRaise.raise(node, PythonBuiltinClassType.RuntimeError, "internal error in regular expression engine");
        } catch (OutOfMemoryError e) {
            throw PRaise.raise(node, PythonBuiltinClassType.MemoryError);
        }
    }

    @TruffleBoundary
    static Object scan(PythonBuiltinBaseNode node, Session s, int how) {
        if (s.exhausted) {
            return PNone.NONE;
        }
        SreState state = s.state;
        state.reset();
        if (!run(node, s, how)) {
            s.exhausted = true;
            return PNone.NONE;
        }
        Object result = spans(state);
        state.advance();
        return result;
    }

    @Builtin(name = "match", minNumOfPositionalArgs = 2, parameterNames = {"$self", "$fullmatch"})
    @GenerateNodeFactory
    abstract static class MatchNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object match(Object self, Object fullmatch) {
            Session s = session(this, self);
            s.state.reset();
            return run(this, s, Boolean.TRUE.equals(fullmatch) ? 1 : 0) ? spans(s.state) : PNone.NONE;
        }
    }

    @Builtin(name = "search", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class SearchNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object search(Object self) {
            Session s = session(this, self);
            s.state.reset();
            return run(this, s, 2) ? spans(s.state) : PNone.NONE;
        }
    }

    @Builtin(name = "scan_match", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class ScanMatchNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object scanMatch(Object self) {
            return scan(this, session(this, self), 0);
        }
    }

    @Builtin(name = "scan_search", minNumOfPositionalArgs = 1, parameterNames = {"$self"})
    @GenerateNodeFactory
    abstract static class ScanSearchNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object scanSearch(Object self) {
            return scan(this, session(this, self), 2);
        }
    }
}
