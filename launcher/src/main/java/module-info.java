/** The jpy command-line launcher; compiled against the polyglot API only. */
module org.jpy.launcher {
    requires org.graalvm.polyglot;
    exports org.jpy.launcher;
}
