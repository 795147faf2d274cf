#!/usr/bin/env bash
# Throwaway FTP server for upload tests: pyftpdlib (ftp_server.py, Debian's /usr/bin/python3) on
# 127.0.0.1:PORT serving STATEDIR/root, user cs / password secret, write and rename allowed,
# passive ports PORT+1..PORT+20, log in STATEDIR/ftp.log. stop removes STATEDIR.
#
# With FTPS=1 (needs python3-openssl) it serves FTPS instead: implicit TLS (ftps://) on PORT and
# explicit TLS (AUTH TLS, required) on PORT+21, with a server certificate for 127.0.0.1 signed by
# a throwaway CA that the start generates: trust STATEDIR/ca.pem in the client. STATEDIR/
# other-ca.pem is a second, unrelated CA (for "untrusted certificate" tests).
set -euo pipefail
HERE=$(dirname -- "$(realpath -- "$0")")
. "$HERE/server-lib.sh"
parse_args "$@"
FTPS=${FTPS:-0}
if [[ $FTPS == 1 ]]; then
    ((PORT + 21 <= 65535)) || die "PORT+21 (passive ports, explicit TLS) must be <= 65535"
else
    ((PORT + 20 <= 65535)) || die "PORT+20 (passive ports) must be <= 65535"
fi

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
tls=()
if [[ $FTPS == 1 ]]; then
    port_open $((PORT + 21)) && die "port $((PORT + 21)) on 127.0.0.1 is already in use"
    "$PYTHON" -c 'import OpenSSL' 2>/dev/null ||
        die "$PYTHON lacks pyOpenSSL, which pyftpdlib's TLS needs (install python3-openssl)"
fi
prepare_state_dir
mkdir -p "$STATE/root"
if [[ $FTPS == 1 ]]; then
    # A CA, a server certificate it signs (SAN IP:127.0.0.1) and an unrelated second CA.
    (
        set -e
        cd "$STATE"
        for ca in ca other-ca; do
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ChannelScope test $ca" \
                -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign \
                -keyout "$ca-key.pem" -out "$ca.pem"
        done
        openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout key.pem -out server.csr
        printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 \
            -extfile server.ext -out cert.pem
        rm -f ca-key.pem other-ca-key.pem server.csr server.ext
    ) >"$STATE/openssl.log" 2>&1 || die_with_log "$STATE/openssl.log" "generating the certificates failed"
    tls=(--cert "$STATE/cert.pem" --key "$STATE/key.pem")
fi
setsid "$PYTHON" -u "$HERE/ftp_server.py" --root "$STATE/root" --port "$PORT" --pidfile "$PIDFILE" \
    "${tls[@]}" </dev/null >"$LOG" 2>&1 &
wait_ready "$PIDFILE" ftp_server.py "$LOG" $!
if [[ $FTPS == 1 ]]; then
    echo "FTPS server running on 127.0.0.1:$PORT (implicit) and :$((PORT + 21)) (AUTH TLS)," \
        "user cs, root $STATE/root, CA $STATE/ca.pem"
else
    echo "FTP server running on 127.0.0.1:$PORT, user cs, root $STATE/root"
fi
