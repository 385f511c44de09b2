package org.jpy.runtime;

/** One keyword argument at a call site ({@code f(name=value)}); call sites pass them as {@code PKeyword[]}. */
public record PKeyword(String name, Object value) {
    public static final PKeyword[] EMPTY = new PKeyword[0];
}
