package org.jpy.test.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PException;

/**
 * Base of the runtime unit tests: an entered polyglot context (so {@link JpyContext#get} works from test code)
 * and helpers to assert Python exceptions.
 */
abstract class RuntimeTestBase {
    protected Context context;
    protected JpyContext jpy;

    @BeforeEach
    void enter() {
        context = Context.newBuilder("jpy").allowAllAccess(true).build();
        context.initialize("jpy");
        context.enter();
        jpy = JpyContext.get(null);
    }

    @AfterEach
    void leave() {
        context.leave();
        context.close();
    }

    /** Runs {@code action} and checks it raises a Python exception printed as {@code expected} ("TypeError: ..."). */
    protected static void assertRaises(String expected, Runnable action) {
        try {
            action.run();
        } catch (PException e) {
            assertEquals(expected, e.getMessage());
            return;
        }
        fail("expected " + expected);
    }
}
