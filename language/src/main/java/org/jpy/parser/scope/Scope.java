package org.jpy.parser.scope;

import static org.jpy.parser.scope.SymbolFlags.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jpy.parser.ast.Loc;
import org.jpy.parser.ast.Node;

/**
 * One block of CPython's symbol table (a {@code PySTEntryObject}): the names a module, class, function, lambda,
 * comprehension or PEP 695 annotation scope binds and uses, with their resolved scope. The analyzer fills the
 * package-private fields while it walks the tree; afterwards the object is read-only and answers the compiler's
 * questions (how does a name resolve here, what goes in co_varnames / co_cellvars / co_freevars).
 */
public final class Scope {
    /** What kind of code unit this scope is (CPython's block type, with function blocks split by origin). */
    public enum Kind {
        MODULE,
        CLASS,
        FUNCTION,
        LAMBDA,
        COMPREHENSION,
        GENERATOR_EXPRESSION,
        TYPE_PARAMS,
        TYPE_ALIAS,
        TYPE_VAR_BOUND
    }

    /** How a name resolves (CPython's _PyST_GetScope). */
    public enum VarKind {
        LOCAL,
        CELL,
        FREE,
        GLOBAL_EXPLICIT,
        GLOBAL_IMPLICIT
    }

    /**
     * How the compiler accesses a name (CPython's compiler_nameop): FAST = frame local slot; DEREF = cell (own
     * cell or closure cell); DICT_OR_DEREF = load that first looks in a namespace (the class body's own namespace
     * in a class block, the {@code __classdict__} cell's dict in an annotation scope inside a class) and then in the
     * cell (LOAD_FROM_DICT_OR_DEREF); GLOBAL = globals then builtins; DICT_OR_GLOBALS = {@code __classdict__} then
     * globals then builtins (LOAD_FROM_DICT_OR_GLOBALS); NAME = the frame's namespace dict, then globals, then
     * builtins (module and class bodies).
     */
    public enum NameOp {
        FAST,
        DEREF,
        DICT_OR_DEREF,
        GLOBAL,
        DICT_OR_GLOBALS,
        NAME
    }

    /** CPython's ste_type; ANNOTATION blocks (future annotations) exist only while analyzing. */
    enum BlockType {
        MODULE,
        CLASS,
        FUNCTION,
        ANNOTATION,
        TYPE_VAR_BOUND,
        TYPE_ALIAS,
        TYPE_PARAMS
    }

    /** CPython's ste_comprehension. */
    enum ComprehensionType {
        NONE,
        LIST,
        SET,
        DICT,
        GENERATOR
    }

    final BlockType blockType;
    final String name;
    final Scope parent;
    final Node node;
    final Loc loc;
    final List<Scope> children = new ArrayList<>();
    /** Symbol name (mangled) to flags, in first-seen order like ste_symbols. */
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    /** Parameters in definition order (ste_varnames). */
    final List<String> params = new ArrayList<>();
    /** global/nonlocal (and walrus-implied) declarations: first location per name. */
    final Map<String, Loc> directives = new LinkedHashMap<>();
    /** The class name used for mangling inside this scope. */
    String privateName;

    boolean nested;
    boolean generator;
    boolean coroutine;
    ComprehensionType comprehension = ComprehensionType.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassDict;
    boolean compInlined;
    boolean compIterTarget;
    int compIterExpr;
    boolean canSeeClassScope;
    boolean free;
    boolean childFree;
    int posOnlyArgCount;
    int argCount;
    int kwOnlyArgCount;

    // Filled after analysis (see CodeNames).
    List<String> varnames = List.of();
    List<String> cellvars = List.of();
    List<String> freevars = List.of();

    Scope(BlockType blockType, String name, Scope parent, Node node, Loc loc) {
        this.blockType = blockType;
        this.name = name;
        this.parent = parent;
        this.node = node;
        this.loc = loc;
    }

    /** CPython's _PyST_IsFunctionLike: the scope gets a frame with fast locals. */
    boolean isFunctionLike() {
        return blockType == BlockType.FUNCTION || blockType == BlockType.TYPE_VAR_BOUND || blockType == BlockType.TYPE_ALIAS ||
                        blockType == BlockType.TYPE_PARAMS;
    }

    int flagsOf(String mangledName) {
        Integer f = symbols.get(mangledName);
        return f == null ? 0 : f;
    }

    public Kind getKind() {
        return switch (blockType) {
            case MODULE -> Kind.MODULE;
            case CLASS -> Kind.CLASS;
            case TYPE_PARAMS -> Kind.TYPE_PARAMS;
            case TYPE_ALIAS -> Kind.TYPE_ALIAS;
            case TYPE_VAR_BOUND -> Kind.TYPE_VAR_BOUND;
            case FUNCTION, ANNOTATION -> switch (comprehension) {
                case NONE -> node instanceof org.jpy.parser.ast.Expr.Lambda ? Kind.LAMBDA : Kind.FUNCTION;
                case GENERATOR -> Kind.GENERATOR_EXPRESSION;
                default -> Kind.COMPREHENSION;
            };
        };
    }

    /** The block name as CPython's symtable reports it ("top", the function/class name, "lambda", "listcomp"...). */
    public String getName() {
        return name;
    }

    /** CPython's {@code _symtable.TYPE_*} code of this block (what a {@code _symtable} entry's {@code type} reports). */
    public int getTypeCode() {
        return switch (blockType) {
            case FUNCTION -> 0;
            case CLASS -> 1;
            case MODULE -> 2;
            case ANNOTATION -> 3;
            case TYPE_VAR_BOUND -> 4;
            case TYPE_ALIAS -> 5;
            case TYPE_PARAMS -> 6;
        };
    }

    /**
     * The enclosing scope. The children of an inlined comprehension keep it as parent, although CPython lists
     * them among the children of the comprehension's own parent (see {@link #getChildren}).
     */
    public Scope getParent() {
        return parent;
    }

    /**
     * Nested scopes in CPython's order. As in CPython 3.12, an inlined comprehension is replaced by its own children
     * (it is still reachable through {@link SymbolTable#getScope}).
     */
    public List<Scope> getChildren() {
        return Collections.unmodifiableList(children);
    }

    public Node getNode() {
        return node;
    }

    /** Line of the node that opened the scope (0 for the module), as symtable's get_lineno(). */
    public int getLineno() {
        return loc.lineno();
    }

    /** The class name private names are mangled with in this scope, or null. */
    public String getPrivateName() {
        return privateName;
    }

    /** Mangles {@code name} as the compiler does in this scope (idempotent). */
    public String mangle(String name) {
        return Mangler.mangle(privateName, name);
    }

    /** The raw CPython flags of a name (mangled here), 0 if the name does not occur in this scope. */
    public int getSymbolFlags(String name) {
        return flagsOf(mangle(name));
    }

    /** All symbols with their raw CPython flags (DEF_* bits and the scope above SymbolFlags.SCOPE_OFFSET). */
    public Map<String, Integer> getSymbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /**
     * How a name used in this scope resolves (CPython's _PyST_GetScope). Names the scope never mentions answer
     * GLOBAL_IMPLICIT, except the implicit {@code __class__} / {@code __classdict__} cells of a class body, which
     * answer CELL when {@link #needsClassCell()} / {@link #needsClassDict()}. In module and class scopes LOCAL and
     * GLOBAL_IMPLICIT both mean a namespace lookup (see {@link #nameOp}).
     */
    public VarKind lookup(String name) {
        String m = mangle(name);
        if (blockType == BlockType.CLASS && !symbols.containsKey(m) &&
                        ((needsClassClosure && m.equals("__class__")) || (needsClassDict && m.equals("__classdict__")))) {
            return VarKind.CELL;
        }
        int scope = scopeOf(flagsOf(m));
        return switch (scope) {
            case LOCAL -> VarKind.LOCAL;
            case CELL -> VarKind.CELL;
            case FREE -> VarKind.FREE;
            case GLOBAL_EXPLICIT -> VarKind.GLOBAL_EXPLICIT;
            default -> VarKind.GLOBAL_IMPLICIT;
        };
    }

    /**
     * The access the compiler emits for {@code name} used in this scope ({@code load} false for stores and
     * deletes). For an inlined comprehension scope, this answers for names used inside the comprehension as they
     * are compiled into the enclosing code unit (PEP 709): the comprehension's own bindings become fast locals
     * of that unit (isolated: the compiler saves and restores them around the comprehension), even at module or
     * class level.
     */
    public NameOp nameOp(String name, boolean load) {
        Scope unit = this;
        List<Scope> comps = List.of();
        if (compInlined) {
            comps = new ArrayList<>();
            while (unit.compInlined && unit.parent != null) {
                comps.add(0, unit);
                unit = unit.parent;
            }
        }
        String m = mangle(name);
        int flags = unit.flagsOf(m);
        boolean fastHidden = false;
        for (int i = 0; i < comps.size(); i++) {
            boolean inClassBlock = unit.blockType == BlockType.CLASS && i == 0;
            Integer sym = comps.get(i).symbols.get(m);
            if (sym == null) {
                continue;
            }
            int scope = scopeOf(sym);
            int outsc = scopeOf(flags);
            if ((scope != outsc && scope != FREE && !(scope == CELL && outsc == FREE)) || inClassBlock) {
                flags = sym;
            }
            if (((sym & DEF_LOCAL) != 0 && (sym & DEF_NONLOCAL) == 0) || inClassBlock) {
                fastHidden = !unit.isFunctionLike();
            }
        }
        boolean inComp = !comps.isEmpty();
        switch (scopeOf(flags)) {
            case FREE:
            case CELL:
                if (load && ((unit.blockType == BlockType.CLASS && !inComp) || unit.canSeeClassScope)) {
                    return NameOp.DICT_OR_DEREF;
                }
                return NameOp.DEREF;
            case LOCAL:
                return unit.isFunctionLike() || fastHidden ? NameOp.FAST : NameOp.NAME;
            case GLOBAL_IMPLICIT:
                if (unit.isFunctionLike()) {
                    return load && unit.canSeeClassScope ? NameOp.DICT_OR_GLOBALS : NameOp.GLOBAL;
                }
                return inComp && unit.blockType == BlockType.CLASS ? NameOp.GLOBAL : NameOp.NAME;
            case GLOBAL_EXPLICIT:
                return NameOp.GLOBAL;
            default:
                return NameOp.NAME;
        }
    }

    /**
     * For an inlined comprehension: the names CPython isolates from the enclosing code unit (saves with
     * LOAD_FAST_AND_CLEAR before the comprehension and restores after, in this order); those whose
     * {@link #lookup} is CELL get a fresh cell for the comprehension. Empty for other scopes.
     */
    public List<String> getIsolatedNames() {
        if (!compInlined) {
            return List.of();
        }
        boolean inClassBlock = parent != null && parent.blockType == BlockType.CLASS;
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> en : symbols.entrySet()) {
            int v = en.getValue();
            if (((v & DEF_LOCAL) != 0 && (v & DEF_NONLOCAL) == 0) || inClassBlock) {
                out.add(en.getKey());
            }
        }
        return out;
    }

    public boolean isParameter(String name) {
        return (flagsOf(mangle(name)) & DEF_PARAM) != 0;
    }

    public boolean isFreeInClassBody(String name) {
        return blockType == BlockType.CLASS && scopeOf(flagsOf(mangle(name))) == FREE;
    }

    /**
     * PEP 695 scopes directly inside a class body (type parameters, aliases, TypeVar bounds): loads of free and
     * implicitly global names first look in the class namespace ({@code __classdict__} cell), as CPython's
     * LOAD_FROM_DICT_OR_DEREF / LOAD_FROM_DICT_OR_GLOBALS.
     */
    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    /**
     * co_varnames exactly as CPython 3.12 reports it: parameters, then every other fast local in the order the
     * compiler first emits it. At module and class level this holds the variables of inlined comprehensions,
     * which CPython also compiles as fast locals there.
     */
    public List<String> getVarnames() {
        return varnames;
    }

    /**
     * co_cellvars as CPython orders it: cells that are also in co_varnames (parameters, comprehension variables)
     * in co_varnames order, then the others alphabetically, then {@code __class__} and {@code __classdict__}.
     */
    public List<String> getCellvars() {
        return cellvars;
    }

    /**
     * co_freevars, alphabetically. For a class body this also holds names that are local to the class but that
     * its methods take from an enclosing function (CPython's DEF_FREE_CLASS): the class body passes those cells on.
     */
    public List<String> getFreevars() {
        return freevars;
    }

    /** The parameter names (ste_varnames), in co_varnames order. */
    public List<String> getParameters() {
        return Collections.unmodifiableList(params);
    }

    /** co_argcount: positional-only plus positional-or-keyword parameters (implicit ones for comprehensions). */
    public int getArgCount() {
        return argCount;
    }

    public int getPosOnlyArgCount() {
        return posOnlyArgCount;
    }

    public int getKwOnlyArgCount() {
        return kwOnlyArgCount;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean isNested() {
        return nested;
    }

    /** True when a {@code return} with a value occurs directly in this scope. */
    public boolean returnsValue() {
        return returnsValue;
    }

    public boolean needsClassCell() {
        return needsClassClosure;
    }

    public boolean needsClassDict() {
        return needsClassDict;
    }

    public boolean isInlinedComprehension() {
        return compInlined;
    }

    public int getFutureFlags() {
        return futureFlags;
    }

    int futureFlags;

    @Override
    public String toString() {
        return "Scope[" + getKind() + " " + name + " line " + loc.lineno() + "]";
    }
}
