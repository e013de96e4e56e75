# Sourced by deploy/postgres15/run-suite and deploy/backup-restore-check (bash): a private, throw-away cluster of
# Debian's PostgreSQL 15 in a temporary folder, on a free loopback port, with a password-protected superuser. Never
# the package's own cluster (15/main, port 5432), which these scripts leave alone.
#
#   pg15_start [name=value ...]   initdb and start; the settings go into postgresql.conf. Sets PG15_PORT,
#                                 PG15_SUPERUSER, PG15_PASSWORD, PG15_DIR and PG15_BIN
#   pg15_psql [psql args]         psql as the superuser (add -d for a database other than postgres)
#   pg15_psql_as user password [psql args]   the same as another role
#   pg15_jdbc_url database        the JDBC URL of database on the cluster, without credentials
#   pg15_stop                     stop the cluster and delete its folder (safe to call twice, or before a start)
#
# The caller names its own fail function (print and exit) and calls pg15_stop from its EXIT trap.

PG15_BIN=${PG15_BIN:-/usr/lib/postgresql/15/bin}
PG15_SUPERUSER=clinic_admin
PG15_DIR="" PG15_PORT="" PG15_PASSWORD=""

# Debian's initdb and postgres refuse root: as root they run as the postgres user, otherwise as the caller.
pg15_as_owner() {
    if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

pg15_require() {
    local missing=""
    for tool in initdb pg_ctl postgres psql pg_dump pg_restore; do
        [ -x "$PG15_BIN/$tool" ] || missing="$missing $tool"
    done
    if [ -n "$missing" ]; then
        fail "PostgreSQL 15 is missing (no$missing in $PG15_BIN). On Debian 12 install it with:
  apt-get install -y postgresql-15 postgresql-client-15
(the package also creates and starts its own cluster, 15/main on port 5432, as a service; this script does not use
it: 'pg_ctlcluster 15 main stop' stops it, 'systemctl disable --now postgresql' keeps it stopped.)
Elsewhere, point PG15_BIN at a folder holding PostgreSQL 15's initdb, pg_ctl, postgres, psql, pg_dump and pg_restore."
    fi
    if ((EUID == 0)) && ! id postgres >/dev/null 2>&1; then
        fail "run as root, this needs the 'postgres' system user (Debian's postgresql-15 package makes it)"
    fi
}

# A port nothing on this machine listens on now.
pg15_free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 30000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    fail "found no free port"
}

pg15_start() {
    pg15_require
    PG15_DIR=$(mktemp -d "${TMPDIR:-/tmp}/clinic-pg15-XXXXXX")
    PG15_PASSWORD=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$PG15_PASSWORD" >"$PG15_DIR/password"
    if ((EUID == 0)); then chown -R postgres: "$PG15_DIR"; fi
    chmod 700 "$PG15_DIR"
    chmod 600 "$PG15_DIR/password"
    # peer for the owner over the socket, a password over TCP; UTF-8 in C.UTF-8 as the embedded test server has it
    if ! pg15_as_owner "$PG15_BIN/initdb" -D "$PG15_DIR/data" -U "$PG15_SUPERUSER" --pwfile="$PG15_DIR/password" \
        -E UTF8 --locale=C.UTF-8 --auth-local=peer --auth-host=scram-sha-256 >"$PG15_DIR/initdb.log" 2>&1; then
        cat "$PG15_DIR/initdb.log" >&2
        fail "initdb failed"
    fi
    rm -f "$PG15_DIR/password"
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$PG15_DIR'"
        local setting
        for setting in "$@"; do echo "${setting%%=*} = '${setting#*=}'"; done
    } | pg15_as_owner tee -a "$PG15_DIR/data/postgresql.conf" >/dev/null
    # another process may take the port between the check and the start: then try another
    for _ in 1 2 3 4 5; do
        PG15_PORT=$(pg15_free_port)
        if pg15_as_owner "$PG15_BIN/pg_ctl" -D "$PG15_DIR/data" -l "$PG15_DIR/server.log" -w -t 60 \
            -o "-p $PG15_PORT" start >/dev/null; then
            return
        fi
    done
    tail -n 20 "$PG15_DIR/server.log" >&2
    fail "PostgreSQL 15 did not start (its log is above)"
}

pg15_psql_as() {
    local user=$1 password=$2
    shift 2
    PGPASSWORD=$password "$PG15_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG15_PORT" -U "$user" \
        -d postgres "$@"
}

pg15_psql() {
    pg15_psql_as "$PG15_SUPERUSER" "$PG15_PASSWORD" "$@"
}

pg15_jdbc_url() {
    echo "jdbc:postgresql://127.0.0.1:$PG15_PORT/$1"
}

pg15_stop() {
    [ -n "$PG15_DIR" ] || return 0
    if [ -f "$PG15_DIR/data/postmaster.pid" ]; then
        pg15_as_owner "$PG15_BIN/pg_ctl" -D "$PG15_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            pg15_as_owner "$PG15_BIN/pg_ctl" -D "$PG15_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG15_DIR"
    PG15_DIR=""
}
