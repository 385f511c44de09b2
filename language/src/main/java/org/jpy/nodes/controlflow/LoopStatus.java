package org.jpy.nodes.controlflow;

/** How a Python loop ended: the {@code else} suite of {@code for}/{@code while} runs only when it was not broken. */
public enum LoopStatus {
    EXHAUSTED,
    BROKEN
}
