package org.jpy.compiler;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jpy.parser.ast.CmpOp;
import org.jpy.parser.ast.ConstantValue;
import org.jpy.parser.ast.Expr;
import org.jpy.parser.ast.Node;

/**
 * The compile-time diagnostics CPython's compiler (not its parser) emits for a whole module at once, before any
 * code runs: {@code SyntaxWarning: "is" with 'int' literal}. Function bodies are translated lazily, so these
 * checks walk the full tree up front (generic record traversal; only Compare nodes are inspected).
 */
final class CompileChecks {
    private CompileChecks() {
    }

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    static void check(Node root, String filename, CompileWarnings warnings) {
        if (warnings == null) {
            return;
        }
        walk(root, filename, warnings);
    }

    private static void walk(Object o, String filename, CompileWarnings warnings) {
        if (o instanceof List<?> list) {
            for (Object e : list) {
                walk(e, filename, warnings);
            }
            return;
        }
        if (!(o instanceof Node n) || !o.getClass().isRecord()) {
            return;
        }
        if (n instanceof Expr.Compare c) {
            checkCompare(c, filename, warnings);
        }
        RecordComponent[] comps = COMPONENTS.computeIfAbsent(o.getClass(), Class::getRecordComponents);
        for (RecordComponent rc : comps) {
            Class<?> t = rc.getType();
            if (t.isPrimitive() || t == String.class || t.isEnum()) {
                continue;
            }
            try {
                walk(rc.getAccessor().invoke(o), filename, warnings);
            } catch (ReflectiveOperationException e) {
                // not reachable for public record accessors
            }
        }
    }

    private static void checkCompare(Expr.Compare c, String filename, CompileWarnings warnings) {
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            Expr right = c.comparators().get(i);
            if (op == CmpOp.Is || op == CmpOp.IsNot) {
                String lit = literalType(left);
                if (lit == null) {
                    lit = literalType(right);
                }
                if (lit != null) {
                    String msg = op == CmpOp.Is ? "\"is\" with '" + lit + "' literal. Did you mean \"==\"?" : "\"is not\" with '" + lit + "' literal. Did you mean \"!=\"?";
                    warnings.warn("SyntaxWarning", msg, filename, c.loc().lineno());
                    return;
                }
            }
            left = right;
        }
    }

    private static String literalType(Expr e) {
        if (!(e instanceof Expr.Constant c)) {
            return null;
        }
        Object v = c.value();
        if (v == ConstantValue.NONE || v == ConstantValue.ELLIPSIS || v instanceof Boolean) {
            return null;
        }
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof ConstantValue.Bytes) {
            return "bytes";
        }
        if (v instanceof ConstantValue.Complex) {
            return "complex";
        }
        return null;
    }
}
