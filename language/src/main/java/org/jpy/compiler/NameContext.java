package org.jpy.compiler;

import java.util.HashMap;
import java.util.Map;

import org.jpy.parser.scope.Scope;

/**
 * How names resolve in the code being translated. Function-like scopes use fast locals and cells in frame slots;
 * module and class bodies use their namespace mapping (CPython's LOAD_NAME/STORE_NAME). PEP 709 inlined
 * comprehensions get their own slots for the names they bind (so they never clobber same-named outer variables)
 * and defer every other name to the enclosing context.
 */
final class NameContext {
    enum Kind {
        FUNCTION,
        MODULE,
        CLASS,
        INLINED_COMPREHENSION
    }

    final Kind kind;
    final Scope scope;
    final NameContext parent;
    /** Inlined comprehensions only: the fresh slots of the names the comprehension binds (value or cell). */
    final Map<String, Integer> ownSlots = new HashMap<>();
    final Map<String, Boolean> ownIsCell = new HashMap<>();

    NameContext(Kind kind, Scope scope, NameContext parent) {
        this.kind = kind;
        this.scope = scope;
        this.parent = parent;
    }

    /** The context whose frame holds the locals, skipping inlined comprehensions. */
    NameContext frameOwner() {
        NameContext c = this;
        while (c.kind == Kind.INLINED_COMPREHENSION) {
            c = c.parent;
        }
        return c;
    }
}
