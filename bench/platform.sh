# shellcheck shell=bash
# Sourced by the benchmarks that run a platform of their own (bench/start-up, bench/memory, bench/all): a private
# database on a free port in a temporary folder, and the apps started as deployed (deploy/launch), never the data
# folder or the ports of ./clinic start. Everything started is stopped when the sourcing script exits.
#
# The caller sets ROOT (the repository) and defines fail (prints and exits); then:
#   platform_begin                     a work folder, the jars built when missing, JAVA, a signing secret
#   platform_database                  PostgreSQL on a free port: DB_URL, DB_PORT
#   platform_prepare <app>             extract <app>'s jar into the work folder and train its AOT cache
#   platform_start <app> <name> [args] start it as deployed (PLATFORM_PLAIN=1: the bare jar with no options), wait until it is ready and answers: <NAME>_PORT,
#                                      <NAME>_MANAGEMENT, <NAME>_PID, <NAME>_MS (from exec to ready and answering)
#   platform_stop <name>               SIGTERM, wait
#   rss_mb <pid>                       resident memory in MB

PLATFORM_PIDS=()
PLATFORM_WORK=""

platform_cleanup() {
    local i
    for ((i = ${#PLATFORM_PIDS[@]} - 1; i >= 0; i--)); do
        kill -TERM "${PLATFORM_PIDS[$i]}" 2>/dev/null || true
    done
    for ((i = ${#PLATFORM_PIDS[@]} - 1; i >= 0; i--)); do
        wait "${PLATFORM_PIDS[$i]}" 2>/dev/null || true
    done
    [ -n "$PLATFORM_WORK" ] && [ -z "${BENCH_KEEP:-}" ] && rm -rf "$PLATFORM_WORK"
}

platform_begin() {
    # shellcheck source=../deploy/find-jdk.sh
    source "$ROOT/deploy/find-jdk.sh"
    JAVA_HOME=$(find_jdk)
    export JAVA_HOME
    JAVA=$JAVA_HOME/bin/java
    local jar
    for jar in public-site/target/public-site.jar web-admin/target/web-admin.jar dev/target/clinic-dev.jar; do
        [ -f "$ROOT/$jar" ] || fail "$jar is missing: build the jars first (./clinic build)"
    done
    PLATFORM_WORK=$(mktemp -d "${TMPDIR:-/tmp}/clinic-bench.XXXXXX")
    trap platform_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM HUP
    export CLINIC_SIGNING_SECRET
    CLINIC_SIGNING_SECRET=$(head -c 32 /dev/urandom | base64 | tr -d '\n=')
    export CLINIC_DATA_DIR=$PLATFORM_WORK/data
    mkdir -p "$CLINIC_DATA_DIR"
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        listening "$port" || { echo "$port"; return; }
    done
    fail "no free port found"
}

platform_database() {
    DB_PORT=$(free_port)
    local log=$PLATFORM_WORK/database.log
    CLINIC_DB_PORT=$DB_PORT "$JAVA" -jar "$ROOT/dev/target/clinic-dev.jar" >"$log" 2>&1 &
    PLATFORM_PIDS+=($!)
    for _ in $(seq 1 120); do
        grep -q 'ready on' "$log" && break
        kill -0 "${PLATFORM_PIDS[-1]}" 2>/dev/null || { cat "$log" >&2; fail "the database did not start"; }
        sleep 0.5
    done
    grep -q 'ready on' "$log" || fail "the database was not ready within a minute"
    DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/clinic"
    export SPRING_DATASOURCE_URL=$DB_URL SPRING_DATASOURCE_USERNAME=clinic SPRING_DATASOURCE_PASSWORD=clinic
}

platform_prepare() {
    "$ROOT/deploy/launch" prepare "$1" "$ROOT/$1/target/$1.jar" "$PLATFORM_WORK/$1" ||
        fail "could not prepare $1 (log: $PLATFORM_WORK/$1/training.log)"
}

# Milliseconds since the epoch.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

platform_start() {
    local app=$1 name=$2
    shift 2
    local port management log started pid path=/
    [ "$app" = web-admin ] && path=/login
    port=$(free_port)
    management=$(free_port)
    log=$PLATFORM_WORK/$name.log
    started=$(now_ms)
    if [ -n "${PLATFORM_PLAIN:-}" ]; then
        # the jar as ./clinic start runs it: no options at all
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port MANAGEMENT_SERVER_PORT=$management \
            "$JAVA" "$@" -jar "$ROOT/$app/target/$app.jar" >"$log" 2>&1 &
    else
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port MANAGEMENT_SERVER_PORT=$management \
            "$ROOT/deploy/launch" run "$app" "$PLATFORM_WORK/$app" "$@" >"$log" 2>&1 &
    fi
    pid=$!
    PLATFORM_PIDS+=("$pid")
    # ready = the readiness probe says UP and the first page answers 200: what a load balancer waits for
    until curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$management/actuator/health/readiness" 2>/dev/null &&
        curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port$path" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; fail "$name stopped (log: $log)"; }
        (($(now_ms) - started < 180000)) || fail "$name was not ready within 3 minutes (log: $log)"
        sleep 0.02
    done
    local var=${name//-/_}
    var=${var^^}
    printf -v "${var}_PORT" %s "$port"
    printf -v "${var}_MANAGEMENT" %s "$management"
    printf -v "${var}_PID" %s "$pid"
    printf -v "${var}_MS" %s "$(($(now_ms) - started))"
}

platform_stop() {
    local var=${1//-/_}
    var=${var^^}_PID
    kill -TERM "${!var}" 2>/dev/null || true
    wait "${!var}" 2>/dev/null || true
}

rss_mb() { awk '/^VmRSS:/ { printf "%d\n", $2 / 1024 }' "/proc/$1/status"; }
