package org.jpy.parser.tools;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jpy.parser.Parser;
import org.jpy.parser.ParserOptions;
import org.jpy.parser.PySyntaxError;
import org.jpy.parser.ast.ConstantValue;
import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.Located;
import org.jpy.parser.ast.Node;

/**
 * Prints a jpy AST exactly as CPython 3.12's {@code ast.dump(tree, include_attributes=True)} does, so the parser
 * can be checked against CPython before jpy can run {@code ast.py}. Walks the AST records reflectively (a tool,
 * never on the interpreter's path): ASDL field names are the record components in snake_case, and
 * {@code None}-valued optional fields are left out as {@code ast.dump} leaves them out.
 */
public final class AstDump {
    private AstDump() {
    }

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final Map<String, String> FIELD_NAMES = new ConcurrentHashMap<>();

    public static String dump(Node node) {
        StringBuilder sb = new StringBuilder(4096);
        format(node, sb);
        return sb.toString();
    }

    private static String className(Class<?> c) {
        String n = c.getSimpleName();
        return switch (n) {
            case "ExprStmt" -> "Expr";
            case "ListExpr" -> "List";
            case "MatchCase" -> "match_case";
            case "Comprehension" -> "comprehension";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            default -> n;
        };
    }

    private static String fieldName(String component) {
        return FIELD_NAMES.computeIfAbsent(component, k -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (Character.isUpperCase(c)) {
                    sb.append('_').append(Character.toLowerCase(c));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        });
    }

    private static void format(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof Node n) {
            formatNode(n, sb);
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(list.get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof Enum<?> e) {
            if (e instanceof ConstantValue.Singleton s) {
                sb.append(s == ConstantValue.NONE ? "None" : "Ellipsis");
            } else {
                sb.append(e.name()).append("()");
            }
        } else {
            repr(v, sb);
        }
    }

    private static void formatNode(Node n, StringBuilder sb) {
        Class<?> c = n.getClass();
        RecordComponent[] comps = COMPONENTS.computeIfAbsent(c, Class::getRecordComponents);
        sb.append(className(c)).append('(');
        boolean first = true;
        Loc loc = null;
        for (RecordComponent rc : comps) {
            Object val;
            try {
                val = rc.getAccessor().invoke(n);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (rc.getName().equals("loc")) {
                loc = (Loc) val;
                continue;
            }
            if (val == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(fieldName(rc.getName())).append('=');
            format(val, sb);
        }
        if (n instanceof Located && loc != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("lineno=").append(loc.lineno()).append(", col_offset=").append(loc.colOffset()).append(", end_lineno=")
                            .append(loc.endLineno()).append(", end_col_offset=").append(loc.endColOffset());
        } else if (n instanceof org.jpy.parser.ast.Mod.TypeIgnore) {
            // fields only
        }
        sb.append(')');
    }

    // ---------------------------------------------------------------- Python repr of constants

    static void repr(Object v, StringBuilder sb) {
        switch (v) {
            case String s -> strRepr(s, sb);
            case Boolean b -> sb.append(b ? "True" : "False");
            case Long l -> sb.append(l.longValue());
            case Integer i -> sb.append(i.intValue());
            case BigInteger b -> sb.append(b.toString());
            case Double d -> sb.append(floatRepr(d));
            case ConstantValue.Complex c -> {
                if (c.real() == 0.0 && 1 / c.real() > 0) {
                    sb.append(complexPart(c.imag())).append('j');
                } else {
                    sb.append('(').append(complexPart(c.real()));
                    String im = complexPart(c.imag());
                    if (!im.startsWith("-")) {
                        sb.append('+');
                    }
                    sb.append(im).append("j)");
                }
            }
            case ConstantValue.Bytes b -> bytesRepr(b.value(), sb);
            default -> sb.append(v);
        }
    }

    private static String complexPart(double d) {
        String s = floatRepr(d);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** Python's {@code repr(float)}: shortest round-tripping digits, fixed notation for 1e-4 <= |x| < 1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        if (digits.length() == 2) {
            // Double.toString never gives fewer than 2 digits; Python's repr may need only one
            BigDecimal one = new BigDecimal(Math.abs(d)).round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (one.doubleValue() == Math.abs(d)) {
                bd = one.stripTrailingZeros();
                digits = bd.unscaledValue().toString();
            }
        }
        int decpt = digits.length() - bd.scale();
        StringBuilder sb = new StringBuilder(sign);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits);
                for (int i = digits.length(); i < decpt; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            int exp = decpt - 1;
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    static void strRepr(String s, StringBuilder sb) {
        char q = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            q = '"';
        }
        sb.append(q);
        int n = s.length();
        for (int i = 0; i < n;) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(q);
    }

    static boolean isPrintable(int cp) {
        if (org.jpy.parser.UnicodeVersion.assignedAfter15(cp)) {
            return false;
        }
        int t = Character.getType(cp);
        switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED, Character.LINE_SEPARATOR,
                            Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    static void bytesRepr(byte[] b, StringBuilder sb) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        sb.append('b').append(q);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        sb.append(q);
    }

    /** Usage: AstDump FILE.py | -c SOURCE  — prints the dump or the SyntaxError fields. */
    public static void main(String[] args) throws Exception {
        byte[] src;
        String name;
        if (args.length >= 2 && args[0].equals("-c")) {
            src = args[1].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            name = "<unknown>";
        } else {
            src = Files.readAllBytes(Path.of(args[0]));
            name = args[0];
        }
        try {
            System.out.println(dump(Parser.parseBytes(src, name, Parser.Mode.EXEC, ParserOptions.DEFAULT)));
        } catch (PySyntaxError e) {
            System.out.println("ERR " + e.pythonTypeName() + " " + pyRepr(e.msg()) + " " + e.lineno() + " " + e.offset() + " " + e.endLineno()
                            + " " + e.endOffset() + " " + (e.text() == null ? "None" : pyRepr(e.text())));
        }
    }

    public static String pyRepr(String s) {
        StringBuilder sb = new StringBuilder();
        strRepr(s, sb);
        return sb.toString();
    }
}
