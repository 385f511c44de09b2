# Sourced by jpy's scripts: sets JPY_JAVA to a `java` of JDK >= 21 and exports JAVA_HOME for Maven.
# Order: $JAVA_HOME if it is >= 21, else the newest JDK under /usr/lib/jvm. Fails with a clear message.
jpy_java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1 | cut -d. -f1
}
jpy_find_java() {
    local cand major best="" bestmajor=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major=$(jpy_java_major "$JAVA_HOME/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            JPY_JAVA="$JAVA_HOME/bin/java"; JPY_JAVA_MAJOR=$major; export JAVA_HOME; return 0
        fi
    fi
    for cand in /usr/lib/jvm/*/bin/java; do
        [ -x "$cand" ] || continue
        major=$(jpy_java_major "$cand")
        if [ -n "$major" ] && [ "$major" -gt "$bestmajor" ]; then best=$cand; bestmajor=$major; fi
    done
    if [ -z "$best" ] || [ "$bestmajor" -lt 21 ]; then
        echo "jpy: no JDK >= 21 found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm)." >&2
        echo "jpy: install one (e.g. Temurin 25) or point JAVA_HOME at it." >&2
        return 1
    fi
    JPY_JAVA=$best; JPY_JAVA_MAJOR=$bestmajor
    JAVA_HOME=$(cd "$(dirname "$best")/.." && pwd); export JAVA_HOME
}
jpy_find_java || exit 1
# Maven itself runs on this JDK; silence the JDK 24+ Unsafe warnings from Maven's own libraries.
if [ "$JPY_JAVA_MAJOR" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi
