package org.jpy.nodes.statement;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.jpy.compiler.SourceMap;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.pyobject.PyObjectSetItemNode;
import org.jpy.nodes.util.Errors;
import org.jpy.nodes.util.NameSupport;
import org.jpy.objects.dict.PDict;
import org.jpy.parser.ast.ExceptHandler;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Stmt;

/**
 * Variable annotations in module and class bodies (PEP 526): SETUP_ANNOTATIONS creates {@code __annotations__}
 * when the body has any simple annotated name, and {@code x: T = v} stores {@code T} under {@code 'x'}.
 * (Annotations in function bodies are never evaluated.)
 */
public final class AnnotationNodes {
    private AnnotationNodes() {
    }

    /** The annotation text for {@code from __future__ import annotations}: the source segment, as written. */
    public static String unparse(org.jpy.compiler.CompilationUnit unit, Expr e) {
        SourceMap map = unit.getSourceMap();
        if (!map.isAvailable(e.loc())) {
            return "";
        }
        int start = map.startIndex(e.loc());
        int end = map.endIndex(e.loc());
        return unit.getSource().getCharacters().subSequence(start, end).toString();
    }

    /** Whether a module or class body (not nested functions/classes) contains an annotated assignment. */
    public static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (hasAnnotations(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnnotations(Stmt s) {
        return switch (s) {
            case Stmt.AnnAssign a -> true;
            case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
            case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
            case Stmt.AsyncFor f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
            case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
            case Stmt.With w -> hasAnnotations(w.body());
            case Stmt.AsyncWith w -> hasAnnotations(w.body());
            case Stmt.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody()) || handlersHave(t.handlers());
            case Stmt.TryStar t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody()) || handlersHave(t.handlers());
            case Stmt.Match m -> m.cases().stream().anyMatch(c -> hasAnnotations(c.body()));
            default -> false;
        };
    }

    private static boolean handlersHave(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (hasAnnotations(h.body())) {
                return true;
            }
        }
        return false;
    }

    public static StatementNode setupAnnotations(int localsSlot) {
        return new SetupAnnotations(localsSlot);
    }

    public static StatementNode storeAnnotation(int localsSlot, String name, ExpressionNode annotation) {
        return new StoreAnnotation(localsSlot, name, annotation);
    }

    public static ExpressionNode typeAlias(org.jpy.compiler.CompilationUnit unit, String name, ExpressionNode value) {
        return value;
    }

    static final class SetupAnnotations extends StatementNode {
        private final int localsSlot;

        SetupAnnotations(int localsSlot) {
            this.localsSlot = localsSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            setup(this, frame.getObject(localsSlot));
        }

        @TruffleBoundary
        private static void setup(StatementNode node, Object locals) {
            if (NameSupport.getName(node, locals, "__annotations__") == null) {
                NameSupport.setItem(node, locals, "__annotations__", new PDict());
            }
        }
    }

    static final class StoreAnnotation extends StatementNode {
        private final int localsSlot;
        private final String name;
        @Child private ExpressionNode annotation;
        @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

        StoreAnnotation(int localsSlot, String name, ExpressionNode annotation) {
            this.localsSlot = localsSlot;
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object value = annotation.execute(frame);
            Object annotations = NameSupport.getName(this, frame.getObject(localsSlot), "__annotations__");
            if (annotations == null) {
                throw Errors.nameNotDefined(this, "__annotations__");
            }
            setItem.execute(annotations, name, value);
        }
    }
}
