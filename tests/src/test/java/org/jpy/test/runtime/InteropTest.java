package org.jpy.test.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** What an embedder sees of Python objects: display strings (repr), meta objects, exceptions. */
class InteropTest {
    @Test
    void displayAndMeta() {
        try (Context c = Context.newBuilder("jpy").build()) {
            c.eval("jpy", "class A:\n    def __repr__(self): return 'A!'\nx = A()\ne = ValueError('bad')");
            Value bindings = c.getBindings("jpy");
            Value x = bindings.getMember("x");
            assertEquals("A!", x.toString());
            assertTrue(x.getMetaObject().isMetaObject());
            assertEquals("__main__.A", x.getMetaObject().getMetaQualifiedName());
            assertEquals("A", x.getMetaObject().getMetaSimpleName());
            try {
                c.eval("jpy", "raise KeyError('k')");
            } catch (PolyglotException ex) {
                assertTrue(ex.getMessage().contains("KeyError"), ex.getMessage());
            }
        }
    }
}
