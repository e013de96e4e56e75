# Sourced by ./clinic and deploy/launch (bash). find_jdk prints the newest JDK 21+ it can find: JAVA_HOME when it is
# new enough, else the newest in the system's JDK folder; it calls the caller's fail when there is none.
# A JDK's major version, from its release file when it has one (reading it is much quicker than starting a JVM).
java_major() {
    if [ -f "$1/release" ]; then
        awk -F'"' '/^JAVA_VERSION=/ { split($2, v, "."); print v[1]; exit }' "$1/release"
    else
        "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }'
    fi
}
find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
        echo "$JAVA_HOME"; return
    fi
    local best="" best_major=0 jdk major
    for jdk in /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/; do
        [ -x "$jdk/bin/java" ] && [ -x "$jdk/bin/javac" ] || continue
        major=$(java_major "${jdk%/}")
        if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then best=${jdk%/}; best_major=$major; fi
    done
    [ -n "$best" ] || fail "no JDK 21 or newer found (JAVA_HOME is ${JAVA_HOME:-not set}; nothing suitable in /usr/lib/jvm).
Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 25, or point JAVA_HOME at it."
    echo "$best"
}
