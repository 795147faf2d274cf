#!/usr/bin/env bash
# Throwaway SFTP server for upload tests: a private OpenSSH sshd on 127.0.0.1:PORT, public-key
# login only, for the user running the tests. Writes STATEDIR/client_key(.pub), known_hosts and
# user; sessions start in STATEDIR/root (absolute paths work too). stop removes STATEDIR.
set -euo pipefail
. "$(dirname -- "$(realpath -- "$0")")/server-lib.sh"
parse_args "$@"

SSHD=/usr/sbin/sshd
PIDFILE=$STATE/sshd.pid
LOG=$STATE/sshd.log

if [[ $ACTION == stop ]]; then
    PID=$(recorded_pid "$PIDFILE" "$STATE/sshd_config")
    [[ -n $PID ]] && kill_tree "$PID"
    remove_state_dir
    echo "sshd on 127.0.0.1:$PORT stopped"
    exit 0
fi

if [[ -n $(recorded_pid "$PIDFILE" "$STATE/sshd_config") ]]; then
    echo "sshd already running on 127.0.0.1:$PORT ($STATE)"
    exit 0
fi
port_open "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
[[ -x $SSHD ]] || die "$SSHD not found (install openssh-server)"
[[ $STATE != *[[:space:]]* ]] || die "the state directory must not contain whitespace"
prepare_state_dir
USER_NAME=$(id -un)
mkdir -p "$STATE/root"
ssh-keygen -q -t ed25519 -N '' -C channelscope-test-host -f "$STATE/host_key"
ssh-keygen -q -t ed25519 -N '' -C channelscope-test-client -f "$STATE/client_key"
cp "$STATE/client_key.pub" "$STATE/authorized_keys"
echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$STATE/host_key.pub")" >"$STATE/known_hosts"
echo "$USER_NAME" >"$STATE/user"
if ((EUID == 0)) && [[ ! -d /run/sshd ]]; then
    mkdir -p /run/sshd && chmod 0755 /run/sshd
fi
cat >"$STATE/sshd_config" <<EOF
ListenAddress 127.0.0.1:$PORT
HostKey $STATE/host_key
PidFile $PIDFILE
AuthorizedKeysFile $STATE/authorized_keys
AllowUsers $USER_NAME
AuthenticationMethods publickey
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
DisableForwarding yes
PermitTTY no
MaxStartups 100
MaxSessions 100
LogLevel VERBOSE
Subsystem sftp internal-sftp -d $STATE/root
ForceCommand internal-sftp -d $STATE/root
EOF
"$SSHD" -t -f "$STATE/sshd_config" >"$LOG" 2>&1 || die_with_log "$LOG" "invalid sshd configuration"
# shellcheck disable=SC2094 # sshd -E appends, like the redirection of early errors
"$SSHD" -f "$STATE/sshd_config" -E "$LOG" </dev/null >>"$LOG" 2>&1 || die_with_log "$LOG" "sshd failed"
wait_ready "$PIDFILE" "$STATE/sshd_config" "$LOG"
# Prove that a real key login and the sftp subsystem work.
sftp -F /dev/null -q -b - -i "$STATE/client_key" -P "$PORT" -o IdentitiesOnly=yes -o BatchMode=yes \
    -o UserKnownHostsFile="$STATE/known_hosts" -o StrictHostKeyChecking=yes \
    -o ConnectTimeout=10 "$USER_NAME@127.0.0.1" <<<"pwd" >"$STATE/probe.log" 2>&1 || {
    kill_tree "$PID"
    cat "$STATE/probe.log" >>"$LOG"
    die_with_log "$LOG" "sftp login as $USER_NAME failed; sshd stopped"
}
echo "sshd (sftp) running on 127.0.0.1:$PORT for $USER_NAME ($STATE)"
