package org.jpy.parser.scope;

/**
 * Private name mangling ({@code __x} inside class {@code C} is {@code _C__x}), applied by CPython to every identifier
 * bound or used in a class body and everything nested in it. Mangling is idempotent, so callers may pass names
 * that are already mangled.
 */
public final class Mangler {
    private Mangler() {
    }

    /** CPython's {@code _Py_Mangle}: {@code privateName} is the innermost enclosing class name, or null. */
    public static String mangle(String privateName, String ident) {
        if (privateName == null || ident.length() < 2 || ident.charAt(0) != '_' || ident.charAt(1) != '_') {
            return ident;
        }
        int n = ident.length();
        if ((ident.charAt(n - 1) == '_' && ident.charAt(n - 2) == '_') || ident.indexOf('.') >= 0) {
            return ident;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return ident;
        }
        return "_" + privateName.substring(start) + ident;
    }
}
