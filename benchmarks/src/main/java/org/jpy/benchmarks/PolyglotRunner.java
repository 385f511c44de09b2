package org.jpy.benchmarks;

import java.io.File;
import java.io.IOException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs a Python file on any polyglot Python implementation on the module path (used for GraalPy as a peer in
 * {@code benchmarks/run --graalpy}): {@code PolyglotRunner <languageId> <file> [args...]}, with {@code sys.argv} set as
 * a command-line run would set it.
 */
public final class PolyglotRunner {
    private PolyglotRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PolyglotRunner <languageId> <file> [args...]");
            System.exit(2);
        }
        String language = args[0];
        String[] argv = new String[args.length - 1];
        System.arraycopy(args, 1, argv, 0, argv.length);
        int status = 0;
        try (Context context = Context.newBuilder(language).allowAllAccess(true).arguments(language, argv).build()) {
            context.eval(Source.newBuilder(language, new File(args[1])).build());
        } catch (PolyglotException e) {
            if (e.isExit()) {
                status = e.getExitStatus();
            } else {
                System.err.println(e.getMessage());
                status = 1;
            }
        }
        System.exit(status);
    }
}
