package org.jpy.nodes.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin function/method implemented by the annotated node class (which extends one of the
 * {@code Python*BuiltinNode} bases and is {@code @GenerateNodeFactory}). The annotation fixes the Python
 * signature; {@code ArgumentBinder} binds call arguments to it and passes {@code PNone.NO_VALUE} for optional
 * parameters not given. The node's {@code execute} receives the bound values in the order the Python signature is
 * written: positional parameters (incl. {@code self}), then {@code *args} (a {@code PTuple}), then keyword-only ones,
 * then {@code **kwargs} (a {@code PDict}); e.g. {@code print(*args, sep, end, file, flush)} gets
 * {@code [args, sep, end, file, flush]}. (Python functions' frames use co_varnames order instead, keyword-only
 * before {@code *args}; {@code BuiltinRootNode} converts.) 1-4 values go to the Unary..Quaternary bases, any other
 * count to {@link PythonVarargsBuiltinNode} as one array.
 *
 * <p>Parameter names starting with {@code $} are positional-only ({@code "$self"}, {@code "$cls"}). When
 * {@link #parameterNames()} is empty, the builtin takes {@code max(min, max)} positional-only parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Builtins.class)
public @interface Builtin {
    String name();

    /** Required positional arguments, including {@code self} for methods. */
    int minNumOfPositionalArgs() default 0;

    /** Maximum positional arguments including {@code self}; -1 means {@code parameterNames().length} (or the minimum). */
    int maxNumOfPositionalArgs() default -1;

    /** Names of the positional parameters, including {@code "$self"} for methods. */
    String[] parameterNames() default {};

    /** How many leading positional parameters are positional-only (besides {@code $}-named ones); -1: only the {@code $} ones. */
    int numOfPositionalOnlyArgs() default -1;

    String[] keywordOnlyNames() default {};

    boolean takesVarArgs() default false;

    boolean takesVarKeywordArgs() default false;

    /** A method bound to the class ({@code dict.fromkeys}); its first parameter receives the class. */
    boolean isClassmethod() default false;

    /** Installed without binding ({@code str.maketrans}); also implied for {@code __new__}. */
    boolean isStaticmethod() default false;

    /**
     * A getset descriptor ({@code function.__name__}): the node is a {@link PythonBinaryBuiltinNode} receiving
     * {@code (self, value)} where value is {@code PNone.NO_VALUE} for get and
     * {@link org.jpy.objects.descriptor.GetSetDescriptor#DELETE_MARKER} for delete.
     */
    boolean isGetter() default false;

    /** With {@link #isGetter()}: the attribute is writable. */
    boolean isSetter() default false;

    /** With {@link #isGetter()}: the attribute may be deleted. */
    boolean allowsDelete() default false;

    /**
     * Use CPython's METH_O/NOARGS/Argument-Clinic positional-only messages even though parameter names are given
     * (the names then only document). Default: keyword style when any parameter has a plain name.
     */
    boolean positionalOnly() default false;

    String doc() default "";
}
