package org.jpy.modules.sre;

/** A matching session: the engine state plus whether its scanner is exhausted (CPython's {@code state->start == NULL}). */
final class Session {
    final SreState state;
    boolean exhausted;

    Session(SreState state) {
        this.state = state;
    }
}
