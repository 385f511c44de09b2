package org.jpy.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * What an embedder does with jpy-community as the only dependency: no home, no options. The standard library must then
 * come from inside the jars (the {@code stdlib} internal resource unpacked into Truffle's resource cache).
 */
public class EmbeddingTest {
    @Test
    void jsonDumpsWithNoSetup() {
        try (Context c = Context.create("jpy")) {
            Value v = c.eval("jpy", "import json; json.dumps([1, 2])");
            assertTrue(v.isString(), "json.dumps returns a str: " + v);
            assertEquals("[1, 2]", v.asString());
            String file = c.eval("jpy", "json.__file__").asString();
            String repo = Jpy.distribution().getParent().getParent().getParent().toString();
            assertFalse(file.startsWith(repo), "json must come from the jars' resource, not the checkout: " + file);
            assertTrue(file.replace('\\', '/').endsWith("lib-python/3.12/json/__init__.py"), file);
        }
    }

    @Test
    void valuesCrossTheBoundary() {
        try (Context c = Context.create("jpy")) {
            assertEquals(45, c.eval("jpy", "sum(range(10))").asInt());
            assertEquals("abc", c.eval("jpy", "'a' + 'bc'").asString());
        }
    }
}
