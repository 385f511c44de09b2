package org.jpy.parser.scope;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jpy.parser.ast.Node;
import org.jpy.parser.ast.TypeParam;

/**
 * The result of scope analysis for one compiled module: the tree of {@link Scope}s plus lookup of the scope each
 * AST node opens. Maps are keyed by node identity, never by record equality (records compare structurally, which
 * would be both wrong for identical snippets and slow on deep trees).
 */
public final class SymbolTable {
    private final Scope moduleScope;
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final Map<Node, Scope> typeParamScopes = new IdentityHashMap<>();
    final Map<Node, Scope> typeVarBoundScopes = new IdentityHashMap<>();
    private final int futureFlags;

    SymbolTable(Scope moduleScope, int futureFlags) {
        this.moduleScope = moduleScope;
        this.futureFlags = futureFlags;
    }

    public Scope getModuleScope() {
        return moduleScope;
    }

    /** The scope a FunctionDef, AsyncFunctionDef, Lambda, ClassDef, comprehension or TypeAlias opens; else null. */
    public Scope getScope(Node node) {
        return scopes.get(node);
    }

    /** PEP 695: the implicit type-parameter scope of a generic FunctionDef/AsyncFunctionDef/ClassDef/TypeAlias, or null. */
    public Scope getTypeParamsScope(Node node) {
        return typeParamScopes.get(node);
    }

    /** PEP 695: the lazily evaluated scope of a TypeVar bound or constraints, or null. */
    public Scope getTypeVarBoundScope(TypeParam.TypeVar node) {
        return typeVarBoundScopes.get(node);
    }

    /** CO_FUTURE_* bits of the module's {@code from __future__} imports. */
    public int getFutureFlags() {
        return futureFlags;
    }
}
