package org.jpy.nodes.function;

/**
 * The Python call depth and {@code sys.setrecursionlimit} value. TODO: one per context and thread (needs a field
 * in JpyContext); a single instance is correct while contexts run on one thread at a time.
 */
public final class CallDepth {
    private static final CallDepth INSTANCE = new CallDepth();

    int depth;
    int limit = 1000;

    public static CallDepth current() {
        return INSTANCE;
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
