#!/usr/bin/env bash
# Throwaway HTTP upload server for tests: http_put_server.py (PUT/MOVE/DELETE/MKCOL/GET/HEAD,
# Basic auth cs/secret) on 127.0.0.1:PORT serving STATEDIR/root, log in STATEDIR/http.log.
# With HTTPS=1 it serves TLS with the self-signed STATEDIR/cert.pem (always generated; use it as
# the client's CA). STATEDIR/url holds the base URL. stop removes STATEDIR.
set -euo pipefail
HERE=$(dirname -- "$(realpath -- "$0")")
. "$HERE/server-lib.sh"
parse_args "$@"

PYTHON=/usr/bin/python3
PIDFILE=$STATE/http.pid
LOG=$STATE/http.log

if [[ $ACTION == stop ]]; then
    PID=$(recorded_pid "$PIDFILE" http_put_server.py)
    [[ -n $PID ]] && kill_tree "$PID"
    remove_state_dir
    echo "HTTP server on 127.0.0.1:$PORT stopped"
    exit 0
fi

if [[ -n $(recorded_pid "$PIDFILE" http_put_server.py) ]]; then
    echo "HTTP server already running: $(cat "$STATE/url") ($STATE)"
    exit 0
fi
port_open "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
prepare_state_dir
mkdir -p "$STATE/root"
if [[ ! -f $STATE/cert.pem ]]; then
    openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 \
        -addext subjectAltName=IP:127.0.0.1 -days 2 \
        -keyout "$STATE/key.pem" -out "$STATE/cert.pem" >"$STATE/openssl.log" 2>&1 ||
        die_with_log "$STATE/openssl.log" "generating the certificate failed"
fi
tls=()
scheme=http
if [[ ${HTTPS:-0} == 1 ]]; then
    tls=(--cert "$STATE/cert.pem" --key "$STATE/key.pem")
    scheme=https
fi
echo "$scheme://127.0.0.1:$PORT" >"$STATE/url"
setsid "$PYTHON" -u "$HERE/http_put_server.py" --root "$STATE/root" --port "$PORT" \
    --pidfile "$PIDFILE" "${tls[@]}" </dev/null >"$LOG" 2>&1 &
wait_ready "$PIDFILE" http_put_server.py "$LOG" $!
echo "HTTP server running: $scheme://127.0.0.1:$PORT, user cs, root $STATE/root"
