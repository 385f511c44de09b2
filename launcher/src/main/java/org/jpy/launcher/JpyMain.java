package org.jpy.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code jpy} command: CPython 3.12's command line on top of the polyglot API.
 *
 * <p>It only parses the command line ({@link CommandLine}), turns CPython's flags into {@code jpy.*} context options, and
 * evaluates the program as a {@link Source}. Everything Python-specific (tracebacks, {@code sys.exit} codes,
 * {@code sys.displayhook}) happens inside the language, selected by the {@code jpy.MainMode} option, so an embedder sees
 * the same behaviour as the command line. Python runs on a thread with a large stack so deep recursion reaches
 * {@code RecursionError} rather than the JVM's limit.
 */
public final class JpyMain {
    static final String LANGUAGE = "jpy";
    private static final long MAIN_STACK_SIZE = 1L << 30;

    private JpyMain() {
    }

    public static void main(String[] args) {
        int[] status = {0};
        Thread thread = new Thread(null, () -> status[0] = run(args), "MainThread", MAIN_STACK_SIZE);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            status[0] = 130;
        }
        System.exit(status[0]);
    }

    static int run(String[] args) {
        PrintStream err = System.err;
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, executableName());
        } catch (CommandLine.UsageError e) {
            err.print(e.getMessage());
            err.flush();
            return 2;
        }
        if (cl.help) {
            System.out.print(CommandLine.help(executableName()));
            System.out.flush();
            return 0;
        }
        if (cl.version > 0) {
            System.out.println(cl.version > 1 ? "Python 3.12.1 (main) [jpy on Truffle]" : "Python 3.12.1");
            System.out.flush();
            return 0;
        }
        boolean stdinIsTerminal = isTerminal();
        Source mainSource = null;
        try {
            if (cl.command != null) {
                mainSource = Source.newBuilder(LANGUAGE, cl.command, "<string>").build();
            } else if (cl.module != null) {
                String code = "import runpy\nrunpy._run_module_as_main(" + pythonString(cl.module) + ")\n";
                mainSource = Source.newBuilder(LANGUAGE, code, "<run_module>").internal(true).build();
            } else if (cl.file != null && !cl.file.equals("-")) {
                Path path = Paths.get(cl.file);
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(path);
                } catch (IOException e) {
                    String abs = path.toAbsolutePath().normalize().toString();
                    err.println(executableName() + ": can't open file " + pythonRepr(abs) + ": [Errno 2] No such file or directory");
                    err.flush();
                    return 2;
                }
                String text = SourceDecoding.decode(bytes, cl.skipFirstLine);
                // CPython 3.9+ reports the main script by its absolute path (code filename, __file__)
                Path abs = path.toAbsolutePath().normalize();
                mainSource = Source.newBuilder(LANGUAGE, text, abs.toString()).uri(abs.toUri()).build();
            } else if ((!stdinIsTerminal && !cl.inspect) || cl.file != null) {
                // with -i and no program, CPython reads stdin interactively even when it is not a terminal
                byte[] bytes = System.in.readAllBytes();
                mainSource = Source.newBuilder(LANGUAGE, SourceDecoding.decode(bytes, cl.skipFirstLine), "<stdin>").build();
            }
        } catch (IOException e) {
            err.println(executableName() + ": " + e.getMessage());
            return 2;
        }
        boolean interactive = mainSource == null || cl.inspect;

        Context.Builder builder = Context.newBuilder(LANGUAGE) //
                        .allowAllAccess(true) //
                        .arguments(LANGUAGE, cl.pythonArgv.toArray(new String[0])) //
                        .in(System.in) //
                        .out(new FileOutputStream(FileDescriptor.out)) //
                        .err(new FileOutputStream(FileDescriptor.err));
        Map<String, String> options = new HashMap<>(cl.polyglotOptions);
        options.put("jpy.MainMode", "true");
        String home = System.getProperty("jpy.home");
        if (home != null && !home.isEmpty()) {
            options.put("jpy.Home", home);
        }
        String executable = System.getProperty("jpy.executable");
        if (executable != null) {
            options.put("jpy.Executable", executable);
        }
        cl.contextOptions(options, args, executable != null ? executable : "jpy");
        if (cl.experimentalOptions) {
            builder.allowExperimentalOptions(true);
        }
        try {
            builder.options(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }

        try (Context context = builder.build()) {
            int status = 0;
            if (mainSource != null) {
                status = evalMain(context, mainSource);
                if (status != 0 && !cl.inspect) {
                    return status;
                }
            }
            if (interactive) {
                if (mainSource != null && status < 0) {
                    return -status;
                }
                return new Repl(context, cl.quiet || mainSource != null || cl.file != null, err).run();
            }
            return status;
        } catch (PolyglotException e) {
            return reportUnexpected(e, err);
        } catch (IllegalArgumentException e) {
            // unknown polyglot option and the like
            err.println(e.getMessage());
            return 2;
        }
    }

    /** Runs the main program; returns its exit status (the language has already printed any traceback). */
    static int evalMain(Context context, Source source) {
        try {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            return reportUnexpected(e, System.err);
        }
    }

    /**
     * An exception the language did not turn into a Python-level exit: this only happens for internal errors or
     * when the language runs without main mode. Never print a JVM stack trace unless asked to.
     */
    static int reportUnexpected(PolyglotException e, PrintStream err) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isCancelled() || e.isInterrupted()) {
            err.println("KeyboardInterrupt");
            return 130;
        }
        if (e.isInternalError()) {
            err.println("SystemError: internal error in jpy: " + e.getMessage());
            if (System.getProperty("jpy.debug") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        }
        err.println(e.getMessage());
        err.flush();
        return 1;
    }

    static String executableName() {
        String exe = System.getProperty("jpy.executable");
        return exe == null || exe.isEmpty() ? "jpy" : exe;
    }

    static boolean isTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+: System.console() exists even when redirected; isTerminal() tells the truth.
            Method m = console.getClass().getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Python string literal for a module name passed to runpy (names are identifiers and dots; quote defensively). */
    static String pythonString(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\'') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('\'').toString();
    }

    /** repr() of a str for the messages the launcher prints itself (file names). */
    static String pythonRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(quote).toString();
    }
}
