/** The jpy Truffle language: Python 3.12 on Truffle. */
module org.jpy.language {
    requires java.logging;
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;

    exports org.jpy;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.jpy.JpyLanguageProvider;
}
