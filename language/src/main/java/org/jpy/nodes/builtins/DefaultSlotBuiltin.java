package org.jpy.nodes.builtins;

/**
 * Marker for builtin nodes implementing the default behaviour of a protocol slot ({@code object.__getattribute__},
 * {@code object.__setattr__}, {@code object.__delattr__}, {@code type.__call__}, {@code type.__getattribute__} ...).
 * The abstract object API recognizes these functions and runs its inlined generic algorithm instead of calling them,
 * so only real overrides cost a call.
 */
public interface DefaultSlotBuiltin {
}
