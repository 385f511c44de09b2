package org.jpy.modules.weakref;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.runtime.JpyContext;

/**
 * Per-interpreter bookkeeping of weak references: the live refs of each referent (for {@code getweakrefcount},
 * {@code getweakrefs} and the reuse of the plain {@code ref(x)}), and the queue on which the JVM reports cleared
 * referents. Callbacks run when the queue is drained: at weakref creation, {@code gc.collect()} and the {@code _weakref}
 * query functions. Python's deterministic "callback right after the last reference dies" is not available on the JVM;
 * this is the documented best effort.
 */
public final class WeakrefRegistry {
    private static final String HOOK = "_weakref.registry";

    final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    final Map<Object, List<PythonObject>> refs = new WeakHashMap<>();

    @TruffleBoundary
    public static WeakrefRegistry get() {
        JpyContext context = JpyContext.get(null);
        Object r = context.getHook(HOOK);
        if (r instanceof WeakrefRegistry w) {
            return w;
        }
        WeakrefRegistry w = new WeakrefRegistry();
        context.setHook(HOOK, w);
        return w;
    }

    @TruffleBoundary
    synchronized List<PythonObject> refsOf(Object referent) {
        return refs.computeIfAbsent(referent, k -> new ArrayList<>());
    }

    @TruffleBoundary
    synchronized List<PythonObject> liveRefsOf(Object referent) {
        List<PythonObject> l = refs.get(referent);
        return l == null ? List.of() : new ArrayList<>(l);
    }

    /** Calls the callbacks of refs whose referents the JVM has cleared ({@code gc.collect()} calls this too). */
    @TruffleBoundary
    public void drain() {
        Reference<?> r;
        while ((r = queue.poll()) != null) {
            if (r instanceof WeakRefState s && s.callback != null && s.callback != PNone.NONE && s.owner != null) {
                try {
                    PyObjectCallNode.callUncached(s.callback, s.owner);
                } catch (RuntimeException e) {
                    // CPython reports exceptions in callbacks through sys.unraisablehook and continues
                }
            }
        }
    }

    /** Runs a JVM collection and then the pending callbacks: the closest jpy gets to {@code gc.collect()}. */
    @TruffleBoundary
    public static void collect() {
        System.gc();
        WeakrefRegistry w = get();
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        w.drain();
    }
}
