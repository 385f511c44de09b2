package org.jpy.nodes.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Marks a {@link PythonBuiltins} container: its {@link Builtin}s become methods of the classes in
 * {@link #extendClasses()} or functions of the Java module {@link #defineModule()} (created on first import,
 * then {@link PythonBuiltins#initialize} adds constants).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CoreFunctions {
    PythonBuiltinClassType[] extendClasses() default {};

    String defineModule() default "";

    /** Create this module when the context starts ({@code builtins}, {@code sys}) instead of on first import. */
    boolean isEager() default false;
}
