package org.jpy.nodes.function;

import org.jpy.runtime.JpyContext;

/**
 * The Python call depth and {@code sys.setrecursionlimit} value of one interpreter (held by its {@link JpyContext}, so
 * contexts running side by side on other threads never see each other's depth or limit). When Python threads arrive,
 * the depth becomes per thread and the limit stays per interpreter.
 */
public final class CallDepth {
    int depth;
    int limit = 1000;

    public static CallDepth current() {
        return JpyContext.get(null).getCallDepth();
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getDepth() {
        return depth;
    }

    public void reset() {
        depth = 0;
    }
}
