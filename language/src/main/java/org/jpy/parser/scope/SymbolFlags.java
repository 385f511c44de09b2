package org.jpy.parser.scope;

/**
 * The per-name bits CPython's symtable records ({@code DEF_*} flags in the low bits, the resolved scope above
 * {@link #SCOPE_OFFSET}). The values are CPython 3.12's own, on purpose: they are what {@code symtable.SymbolTable}
 * reports through {@code _table.symbols}, so the tests compare them with the reference interpreter bit for bit, and
 * a future {@code _symtable} module can hand them out unchanged.
 */
public final class SymbolFlags {
    private SymbolFlags() {
    }

    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_TYPE_PARAM = 1024;
    public static final int DEF_COMP_CELL = 2048;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public static final int SCOPE_OFFSET = 12;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    /** The resolved scope (LOCAL..CELL, 0 if unresolved) encoded in a symbol's flags. */
    public static int scopeOf(int flags) {
        return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /** The DEF_* bits without the scope. */
    public static int defsOf(int flags) {
        return flags & ((1 << SCOPE_OFFSET) - 1);
    }
}
