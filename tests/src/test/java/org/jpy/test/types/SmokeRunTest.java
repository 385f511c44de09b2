package org.jpy.test.types;

import java.io.ByteArrayOutputStream;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** Runs a small program through the whole interpreter (parser, compiler, builtins). */
public class SmokeRunTest {
    @Test
    public void run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context c = Context.newBuilder("jpy").out(out).err(out).allowAllAccess(true).build()) {
            c.eval("jpy", "print([1, 2.5, 'a'], {1: (2,)}, sep='|')\nprint(sorted({3, 1, 2}), 10 // 3, 2 ** 100)\nx = 'abc'\nprint(x.upper(), f'{3.14159:.2f}', '%05d' % 42)\n");
        } catch (Exception e) {
            System.out.println("EXC " + e);
        }
        System.out.println("OUT<<" + out + ">>");
    }
}
