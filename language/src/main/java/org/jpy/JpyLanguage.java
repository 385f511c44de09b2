package org.jpy;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import org.jpy.runtime.JpyContext;
import org.jpy.runtime.StdlibResource;

/**
 * The Truffle language {@code jpy}: Python 3.12. Each context is one Python interpreter (its own
 * {@code sys.modules}); sources evaluated at top level run as the {@code __main__} module.
 *
 * <p>The options mirror CPython's command line so the launcher stays a thin polyglot client: it turns
 * {@code -O}, {@code -S}, ... into {@code jpy.*} options and never touches language internals.
 */
@TruffleLanguage.Registration(id = JpyLanguage.ID, name = "Python", implementationName = "jpy", version = JpyLanguage.VERSION,
                defaultMimeType = JpyLanguage.MIME_TYPE, characterMimeTypes = JpyLanguage.MIME_TYPE, fileTypeDetectors = JpyFileDetector.class,
                contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, internalResources = StdlibResource.class, website = "https://www.python.org")
public final class JpyLanguage extends TruffleLanguage<JpyContext> {
    public static final String ID = "jpy";
    public static final String MIME_TYPE = "text/x-python";
    /** The Python version jpy implements (what {@code sys.version_info} and {@code jpy -V} report). */
    public static final String VERSION = "3.12.1";

    @Option(help = "The jpy home: a folder holding lib-jpy/ and lib-python/3.12/. Empty: the standard library is unpacked from the jars.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> Home = new OptionKey<>("");

    @Option(help = "Value of sys.executable.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> Executable = new OptionKey<>("");

    @Option(help = "Run top-level sources as CPython runs its main program: an uncaught exception goes through sys.excepthook and exits with status 1.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> MainMode = new OptionKey<>(false);

    @Option(help = "The -O level (0, 1 or 2).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Integer> Optimize = new OptionKey<>(0);

    @Option(help = "Flag -B: do not write bytecode/parse caches.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> DontWriteBytecode = new OptionKey<>(false);

    @Option(help = "Flag -E: ignore PYTHON* environment variables.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> IgnoreEnvironment = new OptionKey<>(false);

    @Option(help = "Flag -I: isolated mode.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Isolated = new OptionKey<>(false);

    @Option(help = "Flag -S: do not import site.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> NoSite = new OptionKey<>(false);

    @Option(help = "Flag -s: do not add the user site directory.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> NoUserSite = new OptionKey<>(false);

    @Option(help = "Flag -u: unbuffered stdout and stderr.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Unbuffered = new OptionKey<>(false);

    @Option(help = "Flag -i: inspect interactively after running the script (sys.flags.inspect).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Inspect = new OptionKey<>(false);

    @Option(help = "Flag -q: no banner in interactive mode (sys.flags.quiet).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Quiet = new OptionKey<>(false);

    @Option(help = "The -v count (sys.flags.verbose).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Integer> Verbose = new OptionKey<>(0);

    @Option(help = "The -W options (sys.warnoptions), separated by U+0001.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> WarnOptions = new OptionKey<>("");

    @Option(help = "The -X options (sys._xoptions), separated by U+0001.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> XOptions = new OptionKey<>("");

    @Option(help = "The original command line (sys.orig_argv), separated by U+0001.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> OrigArgv = new OptionKey<>("");

    @Override
    protected JpyContext createContext(Env env) {
        return new JpyContext(this, env);
    }

    @Override
    protected void initializeContext(JpyContext context) {
        context.initialize();
    }

    /** {@code Context.getBindings("jpy")}: the globals of {@code sys.modules['__main__']} (empty until it exists). */
    @Override
    protected Object getScope(JpyContext context) {
        return new org.jpy.runtime.GlobalsScope(context);
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new JpyLanguageOptionDescriptors();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return new org.jpy.nodes.function.TopLevelRootNode(this, request.getSource()).getCallTarget();
    }
}
