package org.jpy.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * CPython's interactive prompt: banner and prompts on stderr, {@code sys.ps1}/{@code sys.ps2}, multi-line blocks ended
 * by an empty line, expression results echoed by the language ({@code sys.displayhook}) because the sources are marked
 * interactive, Ctrl-D to exit. An input is complete when the language does not report it as an incomplete source; once
 * a block has started it runs only after an empty line, as in CPython.
 */
final class Repl {
    private final Context context;
    private final boolean quiet;
    private final PrintStream err;

    Repl(Context context, boolean quiet, PrintStream err) {
        this.context = context;
        this.quiet = quiet;
        this.err = err;
    }

    int run() {
        if (!quiet) {
            err.println("Python 3.12.1 (main) [jpy on Truffle] on linux");
            err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder buffer = new StringBuilder();
        boolean block = false;
        while (true) {
            err.print(prompt(buffer.length() == 0 ? "ps1" : "ps2", buffer.length() == 0 ? ">>> " : "... "));
            err.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                err.println();
                err.flush();
                return 0;
            }
            if (buffer.length() > 0) {
                buffer.append('\n');
            }
            buffer.append(line);
            if (block && !line.isBlank()) {
                continue;
            }
            String code = buffer.toString();
            if (code.isBlank()) {
                buffer.setLength(0);
                continue;
            }
            try {
                context.eval(Source.newBuilder(JpyMain.LANGUAGE, code + "\n", "<stdin>").interactive(true).buildLiteral());
                buffer.setLength(0);
                block = false;
            } catch (PolyglotException e) {
                if (e.isIncompleteSource()) {
                    block = true;
                    continue;
                }
                buffer.setLength(0);
                block = false;
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                if (e.isGuestException() && !e.isInternalError()) {
                    printGuestException(e);
                } else {
                    JpyMain.reportUnexpected(e, err);
                }
            }
        }
    }

    /** Lets Python print the traceback through {@code sys.excepthook}, as CPython's REPL does. */
    private void printGuestException(PolyglotException e) {
        try {
            Value exc = e.getGuestObject();
            Value hook = context.eval(Source.newBuilder(JpyMain.LANGUAGE, "__import__('sys').excepthook", "<repl>").internal(true).buildLiteral());
            hook.execute(exc.getMetaObject(), exc, exc.getMember("__traceback__"));
        } catch (PolyglotException | UnsupportedOperationException | IllegalStateException | IllegalArgumentException inner) {
            err.println(e.getMessage());
        }
        err.flush();
    }

    private String prompt(String name, String fallback) {
        try {
            Value sys = context.eval(Source.newBuilder(JpyMain.LANGUAGE, "__import__('sys')", "<repl>").internal(true).buildLiteral());
            if (sys.hasMember(name)) {
                return sys.getMember(name).toString();
            }
        } catch (PolyglotException | UnsupportedOperationException | IllegalStateException | IllegalArgumentException e) {
            // no sys yet: use CPython's defaults
        }
        return fallback;
    }
}
