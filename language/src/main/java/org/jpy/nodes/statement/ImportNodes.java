package org.jpy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.exception.ExceptionSupport;
import org.jpy.runtime.PException;
import org.jpy.runtime.imports.ImportSystem;

/**
 * The import statements (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR). They call the import system directly; the module
 * lookup itself starts with {@code sys.modules}, so re-executing an import of a loaded module is one dict lookup.
 */
public final class ImportNodes {
    private ImportNodes() {
    }

    /** {@code import a.b.c}: binds the top-level package {@code a}. */
    public static StatementNode importTop(String name, ExpressionNode globals, AssignTargetNode target) {
        return new ImportName(name, globals, target, false);
    }

    /** {@code import a.b.c as d}: binds the submodule itself. */
    public static StatementNode importAs(String name, ExpressionNode globals, AssignTargetNode target) {
        return new ImportName(name, globals, target, true);
    }

    public static StatementNode importFrom(String module, int level, String[] names, AssignTargetNode[] targets, ExpressionNode globals) {
        return new ImportFrom(module, level, names, targets, globals);
    }

    public static StatementNode importStar(String module, int level, ExpressionNode globals, ExpressionNode locals) {
        return new ImportStar(module, level, globals, locals);
    }

    static final class ImportName extends StatementNode {
        private final String name;
        private final boolean bindLeaf;
        @Child private ExpressionNode globals;
        @Child private AssignTargetNode target;

        ImportName(String name, ExpressionNode globals, AssignTargetNode target, boolean bindLeaf) {
            this.name = name;
            this.globals = globals;
            this.target = target;
            this.bindLeaf = bindLeaf;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object m;
            try {
                m = doImport(globals.execute(frame));
            } catch (PException e) {
                ExceptionSupport.passedThroughCall(e, this);
                throw e;
            }
            target.executeWrite(frame, m);
        }

        @TruffleBoundary
        private Object doImport(Object g) {
            Object top = ImportSystem.importName(this, name, g, null, 0);
            if (!bindLeaf || name.indexOf('.') < 0) {
                return top;
            }
            Object m = top;
            String[] parts = name.split("\\.");
            for (int i = 1; i < parts.length; i++) {
                m = ImportSystem.importFrom(this, m, parts[i]);
            }
            return m;
        }
    }

    static final class ImportFrom extends StatementNode {
        private final String module;
        private final int level;
        @CompilationFinal(dimensions = 1) private final String[] names;
        @Children private final AssignTargetNode[] targets;
        @Child private ExpressionNode globals;

        ImportFrom(String module, int level, String[] names, AssignTargetNode[] targets, ExpressionNode globals) {
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
            this.globals = globals;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object m;
            try {
                m = doImport(globals.execute(frame));
            } catch (PException e) {
                ExceptionSupport.passedThroughCall(e, this);
                throw e;
            }
            for (int i = 0; i < names.length; i++) {
                targets[i].executeWrite(frame, ImportSystem.importFrom(this, m, names[i]));
            }
        }

        @TruffleBoundary
        private Object doImport(Object g) {
            return ImportSystem.importName(this, module, g, names, level);
        }
    }

    static final class ImportStar extends StatementNode {
        private final String module;
        private final int level;
        @Child private ExpressionNode globals;
        @Child private ExpressionNode locals;

        ImportStar(String module, int level, ExpressionNode globals, ExpressionNode locals) {
            this.module = module;
            this.level = level;
            this.globals = globals;
            this.locals = locals;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                doImport(globals.execute(frame), locals.execute(frame));
            } catch (PException e) {
                ExceptionSupport.passedThroughCall(e, this);
                throw e;
            }
        }

        @TruffleBoundary
        private void doImport(Object g, Object l) {
            Object m = ImportSystem.importName(this, module, g, new Object[]{"*"}, level);
            ImportSystem.importStar(this, m, l);
        }
    }

}
