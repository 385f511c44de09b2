package org.jpy.parser.scope;

import java.util.List;

import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.Alias;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.ast.Stmt;

/**
 * The {@code from __future__ import ...} prologue of a module (CPython's future.c): which CO_FUTURE_* bits it
 * turns on, and the errors for unknown features. Only a leading run of future imports (after an optional
 * docstring) counts; a later one is rejected by {@link CompileChecks}.
 */
public final class FutureFeatures {
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    private FutureFeatures() {
    }

    /** The CO_FUTURE_* bits the module's future imports set. */
    public static int parse(Mod mod, String filename) throws PySyntaxError {
        return new Result(mod, filename).flags;
    }

    /** Location of the last statement of the future prologue, or null (CPython's ff_location). */
    static Loc prologueEnd(Mod mod, String filename) {
        return new Result(mod, filename).last;
    }

    private static final class Result {
        int flags;
        Loc last;

        Result(Mod mod, String filename) {
            List<Stmt> body;
            if (mod instanceof Mod.Module m) {
                body = m.body();
            } else if (mod instanceof Mod.Interactive i) {
                body = i.body();
            } else {
                return;
            }
            int i = hasDocstring(body) ? 1 : 0;
            for (; i < body.size(); i++) {
                if (!(body.get(i) instanceof Stmt.ImportFrom imp) || !"__future__".equals(imp.module())) {
                    return;
                }
                for (Alias a : imp.names()) {
                    flags |= feature(a.name(), imp, filename);
                }
                last = imp.loc();
            }
        }
    }

    static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String;
    }

    private static int feature(String name, Stmt.ImportFrom s, String filename) {
        return switch (name) {
            case "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals",
                            "generator_stop" -> 0;
            case "barry_as_FLUFL" -> CO_FUTURE_BARRY_AS_BDFL;
            case "annotations" -> CO_FUTURE_ANNOTATIONS;
            case "braces" -> throw Errors.atStart("not a chance", filename, s.loc().lineno(), s.loc().colOffset() + 1);
            default -> throw Errors.atStart("future feature " + (name.length() > 100 ? name.substring(0, 100) : name) + " is not defined",
                            filename, s.loc().lineno(), s.loc().colOffset() + 1);
        };
    }
}
