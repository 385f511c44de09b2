package org.jpy.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.12's command-line grammar: single-letter flags that may be combined ({@code -OO}, {@code -uc 'cmd'}),
 * options with an argument attached or separate ({@code -Wignore}, {@code -W ignore}), {@code -c}/{@code -m}/file/{@code -}
 * ending the option list, and CPython's usage errors (exit status 2). Long options of the form {@code --group.name[=value]}
 * before the program are polyglot options ({@code --engine.TraceCompilation}, {@code --log.file}, {@code --jpy.*}).
 */
final class CommandLine {
    /** A usage error; its message is the complete text CPython prints to stderr. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    String command;
    String module;
    String file;
    boolean help;
    int version;
    boolean inspect;
    boolean unbuffered;
    boolean ignoreEnvironment;
    boolean isolated;
    boolean noSite;
    boolean noUserSite;
    boolean dontWriteBytecode;
    boolean quiet;
    boolean skipFirstLine;
    boolean safePath;
    int optimize;
    int verbose;
    int bytesWarning;
    boolean experimentalOptions;
    final List<String> warnOptions = new ArrayList<>();
    final List<String> xOptions = new ArrayList<>();
    final Map<String, String> polyglotOptions = new LinkedHashMap<>();
    /** What becomes {@code sys.argv}. */
    final List<String> pythonArgv = new ArrayList<>();

    static String usage(String exe) {
        return "usage: " + exe + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    private static UsageError error(String exe, String first) {
        return new UsageError(first + "\n" + usage(exe) + "Try `python -h' for more information.\n");
    }

    static CommandLine parse(String[] args, String exe) throws UsageError {
        CommandLine cl = new CommandLine();
        int i = 0;
        outer: while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-")) {
                cl.file = "-";
                break;
            }
            if (!arg.startsWith("-") || arg.length() < 2) {
                cl.file = arg;
                break;
            }
            if (arg.startsWith("--")) {
                i++;
                if (arg.equals("--")) {
                    if (i < args.length) {
                        cl.file = args[i];
                    }
                    break;
                }
                switch (arg) {
                    case "--help", "--help-all", "--help-env", "--help-xoptions" -> cl.help = true;
                    case "--version" -> cl.version++;
                    case "--experimental-options" -> cl.experimentalOptions = true;
                    case "--check-hash-based-pycs" -> {
                        if (i >= args.length) {
                            throw error(exe, "Argument expected for the --check-hash-based-pycs option");
                        }
                        i++;
                    }
                    default -> {
                        String body = arg.substring(2);
                        int eq = body.indexOf('=');
                        String key = eq < 0 ? body : body.substring(0, eq);
                        String value = eq < 0 ? "true" : body.substring(eq + 1);
                        if (key.equals("experimental-options")) {
                            cl.experimentalOptions = !value.equals("false");
                        } else if (key.contains(".") || key.matches("[a-z][a-zA-Z0-9-]*")) {
                            // polyglot option: --engine.X, --log.X, --jpy.X, or a tool such as --cpusampler
                            cl.polyglotOptions.put(key, value);
                        } else {
                            throw error(exe, "unknown option " + arg);
                        }
                    }
                }
                continue;
            }
            // a cluster of single-letter options
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                switch (c) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (j + 1 < arg.length()) {
                            value = arg.substring(j + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw error(exe, "Argument expected for the -" + c + " option");
                        }
                        i++;
                        switch (c) {
                            case 'c' -> {
                                cl.command = value + "\n";
                                cl.pythonArgv.add("-c");
                                cl.rest(args, i);
                                return cl;
                            }
                            case 'm' -> {
                                cl.module = value;
                                cl.pythonArgv.add("-m");
                                cl.rest(args, i);
                                return cl;
                            }
                            case 'W' -> cl.warnOptions.add(value);
                            default -> cl.xOptions.add(value);
                        }
                        continue outer;
                    }
                    case 'b' -> cl.bytesWarning++;
                    case 'B' -> cl.dontWriteBytecode = true;
                    case 'd' -> {
                    }
                    case 'E' -> cl.ignoreEnvironment = true;
                    case 'h', '?' -> cl.help = true;
                    case 'i' -> cl.inspect = true;
                    case 'I' -> {
                        cl.isolated = true;
                        cl.ignoreEnvironment = true;
                        cl.noUserSite = true;
                        cl.safePath = true;
                    }
                    case 'O' -> cl.optimize++;
                    case 'P' -> cl.safePath = true;
                    case 'q' -> cl.quiet = true;
                    case 's' -> cl.noUserSite = true;
                    case 'S' -> cl.noSite = true;
                    case 'u' -> cl.unbuffered = true;
                    case 'v' -> cl.verbose++;
                    case 'V' -> cl.version++;
                    case 'x' -> cl.skipFirstLine = true;
                    default -> throw error(exe, "Unknown option: -" + c);
                }
            }
            i++;
        }
        if (cl.file != null) {
            cl.pythonArgv.add(cl.file);
            cl.rest(args, i + 1);
        } else {
            cl.pythonArgv.add("");
        }
        return cl;
    }

    private void rest(String[] args, int from) {
        for (int k = from; k < args.length; k++) {
            pythonArgv.add(args[k]);
        }
    }

    /** The {@code jpy.*} options that carry CPython's flags into the language. */
    void contextOptions(Map<String, String> options, String[] originalArgs, String executable) {
        put(options, "jpy.Inspect", inspect);
        put(options, "jpy.Unbuffered", unbuffered);
        put(options, "jpy.IgnoreEnvironment", ignoreEnvironment);
        put(options, "jpy.Isolated", isolated);
        put(options, "jpy.NoSite", noSite);
        put(options, "jpy.NoUserSite", noUserSite);
        put(options, "jpy.DontWriteBytecode", dontWriteBytecode);
        put(options, "jpy.Quiet", quiet);
        if (optimize > 0) {
            options.put("jpy.Optimize", Integer.toString(Math.min(optimize, 2)));
        }
        if (verbose > 0) {
            options.put("jpy.Verbose", Integer.toString(verbose));
        }
        if (!warnOptions.isEmpty()) {
            options.put("jpy.WarnOptions", String.join("\u0001", warnOptions));
        }
        if (!xOptions.isEmpty()) {
            options.put("jpy.XOptions", String.join("\u0001", xOptions));
        }
        List<String> orig = new ArrayList<>();
        orig.add(executable);
        orig.addAll(List.of(originalArgs));
        options.put("jpy.OrigArgv", String.join("\u0001", orig));
    }

    private static void put(Map<String, String> options, String key, boolean flag) {
        if (flag) {
            options.put(key, "true");
        }
    }

    static String help(String exe) {
        return usage(exe) + """
                        Options (and corresponding environment variables):
                        -b     : issue warnings about str(bytes_instance), str(bytearray_instance)
                                 and comparing bytes/bytearray with str. (-bb: issue errors)
                        -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
                        -c cmd : program passed in as string (terminates option list)
                        -d     : turn on parser debugging output (for experts only, only works on
                                 debug builds); also PYTHONDEBUG=x
                        -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
                        -h     : print this help message and exit (also -? or --help)
                        -i     : inspect interactively after running script; forces a prompt even
                                 if stdin does not appear to be a terminal; also PYTHONINSPECT=x
                        -I     : isolate Python from the user's environment (implies -E and -s)
                        -m mod : run library module as a script (terminates option list)
                        -O     : remove assert and __debug__-dependent statements; add .opt-1 before
                                 .pyc extension; also PYTHONOPTIMIZE=x
                        -OO    : do -O changes and also discard docstrings; add .opt-2 before
                                 .pyc extension
                        -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
                        -q     : don't print version and copyright messages on interactive startup
                        -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
                        -S     : don't imply 'import site' on initialization
                        -u     : force the stdout and stderr streams to be unbuffered;
                                 this option has no effect on stdin; also PYTHONUNBUFFERED=x
                        -v     : verbose (trace import statements); also PYTHONVERBOSE=x
                                 can be supplied multiple times to increase verbosity
                        -V     : print the Python version number and exit (also --version)
                                 when given twice, print more information about the build
                        -W arg : warning control; arg is action:message:category:module:lineno
                                 also PYTHONWARNINGS=arg
                        -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
                        -X opt : set implementation-specific option
                        --check-hash-based-pycs always|default|never:
                                 control how Python invalidates hash-based .pyc files
                        --help-env      : print help about Python environment variables and exit
                        --help-xoptions : print help about implementation-specific -X options and exit
                        --help-all      : print complete help information and exit
                        Arguments:
                        file   : program read from script file
                        -      : program read from stdin (default; interactive mode if a tty)
                        arg ...: arguments passed to program in sys.argv[1:]
                        """;
    }
}
