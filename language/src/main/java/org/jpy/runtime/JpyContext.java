package org.jpy.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.JpyLanguage;

/** One Python interpreter: its environment, its home (standard library location) and, later, its module table. */
public final class JpyContext {
    private static final ContextReference<JpyContext> REFERENCE = ContextReference.create(JpyLanguage.class);

    private final JpyLanguage language;
    private final TruffleLanguage.Env env;

    public JpyContext(JpyLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
    }

    public static JpyContext get(Node node) {
        return REFERENCE.get(node);
    }

    public JpyLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }
}
