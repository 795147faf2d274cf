#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the database tests (ctest fixture): STATEDIR/pgdata on
# 127.0.0.1:PORT, role channelscope/channelscope (scram over TCP, CREATEDB) owning the database
# channelscope_test. Runs as the "postgres" user when started by root. stop removes STATEDIR.
set -euo pipefail
. "$(dirname -- "$(realpath -- "$0")")/server-lib.sh"
parse_args "$@"

PG_BIN=${PG_BIN:-$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
[[ -x $PG_BIN/initdb ]] || die "no PostgreSQL server found in /usr/lib/postgresql/*/bin"
DATA=$STATE/pgdata
LOG=$STATE/postgresql.log

# Runs a command as the cluster owner, from a directory that owner can enter.
if ((EUID == 0)); then
    as_owner() { (cd / && runuser -u postgres -- "$@"); }
else
    as_owner() { (cd / && "$@"); }
fi
running() { [[ -f $DATA/PG_VERSION ]] && as_owner "$PG_BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1; }

if [[ $ACTION == stop ]]; then
    if running; then
        as_owner "$PG_BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 15 >/dev/null ||
            as_owner "$PG_BIN/pg_ctl" stop -D "$DATA" -m immediate -w -t 15 >/dev/null
    fi
    socket_dir=$(cat "$STATE/socket_dir" 2>/dev/null || true)
    [[ $socket_dir == /tmp/cs-pg.* ]] && rm -rf -- "$socket_dir"
    remove_state_dir
    echo "PostgreSQL on 127.0.0.1:$PORT stopped"
    exit 0
fi

if running; then
    echo "PostgreSQL already running on 127.0.0.1:$PORT ($DATA)"
    exit 0
fi
port_open "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
prepare_state_dir
# The server socket path must fit into sockaddr_un (107 bytes); use a short directory if not.
SOCKET_DIR=$STATE
((${#STATE} + 20 < 100)) || SOCKET_DIR=$(mktemp -d /tmp/cs-pg.XXXXXX)
echo "$SOCKET_DIR" >"$STATE/socket_dir"
if ((EUID == 0)); then
    chown postgres: "$STATE" "$SOCKET_DIR"
    as_owner test -w "$STATE" ||
        die "user postgres cannot write $STATE (are its parent directories searchable?)"
fi

as_owner "$PG_BIN/initdb" -D "$DATA" -E UTF8 --no-locale --auth-local=peer \
    --auth-host=scram-sha-256 >"$STATE/initdb.log" 2>&1 || die_with_log "$STATE/initdb.log" "initdb failed"
cat >>"$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKET_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
# On failure from here on, stop the server again before reporting.
fail() {
    as_owner "$PG_BIN/pg_ctl" stop -D "$DATA" -m immediate -w >/dev/null 2>&1 || true
    die_with_log "$LOG" "$1"
}
as_owner "$PG_BIN/pg_ctl" start -D "$DATA" -l "$LOG" -w -t 15 >/dev/null || fail "PostgreSQL did not start"

as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PORT" -d postgres \
    -U "$(as_owner id -un)" <<'EOF' >/dev/null ||
CREATE ROLE channelscope LOGIN CREATEDB PASSWORD 'channelscope';
CREATE DATABASE channelscope_test OWNER channelscope;
EOF
    fail "creating the role and database failed"
# Prove that the password login over TCP works, as the tests use it.
PGPASSWORD=channelscope PGCONNECT_TIMEOUT=10 "$PG_BIN/psql" -X -q -At -w -h 127.0.0.1 -p "$PORT" \
    -U channelscope -d channelscope_test -c 'SELECT 1' >/dev/null ||
    fail "password login over 127.0.0.1:$PORT failed"
echo "PostgreSQL $(cat "$DATA/PG_VERSION") running on 127.0.0.1:$PORT ($DATA)"
