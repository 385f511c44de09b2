package org.jpy.runtime;

/**
 * The shape of a callable's parameter list, shared by Python functions (from their code object) and builtins
 * (from their {@code @Builtin} annotation). {@link ArgumentBinder} uses it to lay out the bound argument array:
 * positional parameters, then keyword-only ones, then {@code *args} (a {@code PTuple}) if {@link #takesVarArgs()},
 * then {@code **kwargs} (a {@code PDict}) if {@link #takesVarKeywords()}.
 *
 * @param name the short name ({@code "append"}, {@code "f"}) used by Argument-Clinic style messages
 * @param qualname the qualified name ({@code "A.f"}, {@code "list.append"}) used by Python-function and METH_O style messages
 * @param parameterNames the positional parameters (positional-only ones first)
 * @param positionalOnlyCount how many of {@code parameterNames} are positional-only
 * @param keywordOnlyNames keyword-only parameters
 * @param builtinStyle which family of CPython error messages to produce (Python functions: {@link ErrorStyle#PYTHON})
 */
public record Signature(String name, String qualname, String[] parameterNames, int positionalOnlyCount, String[] keywordOnlyNames, boolean takesVarArgs, boolean takesVarKeywords,
                ErrorStyle builtinStyle) {

    /** CPython reports argument errors differently for Python functions, METH_O/NOARGS C functions and Argument Clinic ones. */
    public enum ErrorStyle {
        /** "f() takes 2 positional arguments but 3 were given", "f() missing 1 required positional argument: 'x'". */
        PYTHON,
        /** Positional-only C functions: "len() takes exactly one argument (0 given)", "pop expected at most 1 argument, got 2". */
        BUILTIN_POSITIONAL,
        /** C functions with keywords: "split() takes at most 2 arguments (3 given)", "'foo' is an invalid keyword argument for split()". */
        BUILTIN_KEYWORDS
    }

    public static final String[] NO_NAMES = new String[0];

    public int getPositionalCount() {
        return parameterNames.length;
    }

    /** Length of the bound argument array (without the two leading frame slots). */
    public int getBoundLength() {
        return parameterNames.length + keywordOnlyNames.length + (takesVarArgs ? 1 : 0) + (takesVarKeywords ? 1 : 0);
    }

    public int getVarArgsIndex() {
        return takesVarArgs ? parameterNames.length + keywordOnlyNames.length : -1;
    }

    public int getVarKeywordsIndex() {
        return takesVarKeywords ? parameterNames.length + keywordOnlyNames.length + (takesVarArgs ? 1 : 0) : -1;
    }

    /** The same signature reporting errors under another name (e.g. {@code "A.__init__"}). */
    public Signature withName(String newName) {
        return new Signature(newName, newName, parameterNames, positionalOnlyCount, keywordOnlyNames, takesVarArgs, takesVarKeywords, builtinStyle);
    }
}
