#!/usr/bin/env bash
# Throwaway FTP server for upload tests: pyftpdlib (ftp_server.py, Debian's /usr/bin/python3) on
# 127.0.0.1:PORT serving STATEDIR/root, user cs / password secret, write and rename allowed,
# passive ports PORT+1..PORT+20, log in STATEDIR/ftp.log. stop removes STATEDIR.
set -euo pipefail
HERE=$(dirname -- "$(realpath -- "$0")")
. "$HERE/server-lib.sh"
parse_args "$@"
((PORT + 20 <= 65535)) || die "PORT+20 (passive ports) must be <= 65535"

PYTHON=/usr/bin/python3
PIDFILE=$STATE/ftp.pid
LOG=$STATE/ftp.log

if [[ $ACTION == stop ]]; then
    PID=$(recorded_pid "$PIDFILE" ftp_server.py)
    [[ -n $PID ]] && kill_tree "$PID"
    remove_state_dir
    echo "FTP server on 127.0.0.1:$PORT stopped"
    exit 0
fi

if [[ -n $(recorded_pid "$PIDFILE" ftp_server.py) ]]; then
    echo "FTP server already running on 127.0.0.1:$PORT ($STATE)"
    exit 0
fi
port_open "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
"$PYTHON" -c 'import pyftpdlib' 2>/dev/null || die "$PYTHON lacks pyftpdlib (install python3-pyftpdlib)"
prepare_state_dir
mkdir -p "$STATE/root"
setsid "$PYTHON" -u "$HERE/ftp_server.py" --root "$STATE/root" --port "$PORT" --pidfile "$PIDFILE" \
    </dev/null >"$LOG" 2>&1 &
wait_ready "$PIDFILE" ftp_server.py "$LOG" $!
echo "FTP server running on 127.0.0.1:$PORT, user cs, root $STATE/root"
