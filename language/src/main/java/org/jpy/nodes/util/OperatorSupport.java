package org.jpy.nodes.util;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.BinaryOp;
import org.jpy.nodes.pyobject.PyNumberBinaryOpNode;
import org.jpy.nodes.pyobject.PyNumberUnaryOpNode;
import org.jpy.nodes.pyobject.UnaryOp;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.nodes.pyobject.PyObjectStrNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.objects.PythonObject;
import org.jpy.parser.ast.CmpOp;
import org.jpy.parser.ast.Operator;
import org.jpy.parser.ast.UnaryOpKind;
import org.jpy.runtime.JpyContext;

/**
 * Maps the AST's operators onto the abstract object API's operation nodes, and holds the f-string helpers
 * ({@code !s}/{@code !r}/{@code !a} conversions and {@code format()}).
 */
public final class OperatorSupport {
    private OperatorSupport() {
    }

    public static PyNumberBinaryOpNode createBinaryOp(Operator op, boolean inplace) {
        return PyNumberBinaryOpNode.create(toBinaryOp(op), inplace);
    }

    public static BinaryOp toBinaryOp(Operator op) {
        return switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUB;
            case Mult -> BinaryOp.MUL;
            case MatMult -> BinaryOp.MATMUL;
            case Div -> BinaryOp.TRUEDIV;
            case Mod -> BinaryOp.MOD;
            case Pow -> BinaryOp.POW;
            case LShift -> BinaryOp.LSHIFT;
            case RShift -> BinaryOp.RSHIFT;
            case BitOr -> BinaryOp.OR;
            case BitXor -> BinaryOp.XOR;
            case BitAnd -> BinaryOp.AND;
            case FloorDiv -> BinaryOp.FLOORDIV;
        };
    }

    public static PyNumberUnaryOpNode createUnaryOp(UnaryOpKind op) {
        return PyNumberUnaryOpNode.create(switch (op) {
            case UAdd -> UnaryOp.POS;
            case USub -> UnaryOp.NEG;
            case Invert -> UnaryOp.INVERT;
            case Not -> throw new IllegalArgumentException("not is NotNode");
        });
    }

    public static RichCmpOp toRichCmpOp(CmpOp op) {
        return switch (op) {
            case Eq -> RichCmpOp.EQ;
            case NotEq -> RichCmpOp.NE;
            case Lt -> RichCmpOp.LT;
            case LtE -> RichCmpOp.LE;
            case Gt -> RichCmpOp.GT;
            case GtE -> RichCmpOp.GE;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /**
     * {@code a is b}. Ints, floats, bools and strs are JVM values here, so identity is value equality for them
     * (CPython's small-int cache and string interning make the common cases agree); objects compare by reference.
     */
    public static boolean isSameObject(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PythonObject || b instanceof PythonObject) {
            return false;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return equalsString(x, y);
        }
        return false;
    }

    @TruffleBoundary
    private static boolean equalsString(String a, String b) {
        return a.equals(b);
    }

    /** The {@code !s}, {@code !r}, {@code !a} conversion of an f-string field. */
    @TruffleBoundary
    public static Object convert(Node node, Object value, int conversion) {
        return switch (conversion) {
            case 's' -> PyObjectStrNode.str(value);
            case 'r' -> PyObjectReprNode.repr(value);
            case 'a' -> ascii(PyObjectReprNode.repr(value));
            default -> value;
        };
    }

    @TruffleBoundary
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length();) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** {@code format(value, spec)}, through the builtin so that {@code __format__} rules stay in one place. */
    @TruffleBoundary
    public static Object format(Node node, Object value, Object spec) {
        Object format = JpyContext.get(node).getBuiltinsModule().getDict().getItem("format");
        return PyObjectCallNode.callUncached(format, value, spec);
    }

}
