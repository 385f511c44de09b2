package org.jpy.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The unboxed Java types nodes specialize on: Python {@code bool}, small {@code int} and {@code float}, and
 * {@code str}. No implicit casts: {@code bool} is an {@code int} subclass in Python, but the operators that
 * accept it as 0/1 say so in their own specializations rather than through a global cast.
 */
@TypeSystem({boolean.class, long.class, double.class, String.class})
public abstract class JpyTypes {
}
