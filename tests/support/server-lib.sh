# Shared helpers for the throwaway test servers in this folder (sourced by *-server.sh and
# pg-cluster.sh, not run). A state directory is only ever reused or deleted if it carries the
# marker file written by prepare_state_dir, so a wrong path can never wipe unrelated files.

# shellcheck shell=bash disable=SC2034
MARKER=.channelscope-test-server
SELF=$(basename "$0")

die() { echo "$SELF: $*" >&2; exit 1; }

# parse_args "$@": sets ACTION, STATE (absolute) and PORT, or exits with the usage.
parse_args() {
    [[ $# -eq 3 && ($1 == start || $1 == stop) ]] || die "usage: $SELF start|stop STATEDIR PORT"
    ACTION=$1
    STATE=$(realpath -m -- "$2")
    PORT=$3
    if ! [[ $PORT =~ ^[0-9]+$ ]] || ((PORT < 1024 || PORT > 65535)); then die "bad port: $PORT"; fi
    [[ $STATE != / ]] || die "refusing to use / as the state directory"
}

# Prints the log file $1 (last 50 lines) to stderr and exits with the message $2.
die_with_log() {
    if [[ -f $1 ]]; then
        echo "---- $1 ----" >&2
        tail -n 50 "$1" >&2
        echo "----" >&2
    fi
    die "$2"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True if process $1 is alive and its command line contains $2.
pid_matches() {
    [[ $1 =~ ^[0-9]+$ ]] && [[ -r /proc/$1/cmdline ]] || return 1
    tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$2"
}

# The pid recorded in file $1 if that process is alive and matches $2, else nothing.
recorded_pid() {
    local pid
    pid=$(cat "$1" 2>/dev/null || true)
    pid=${pid//[!0-9]/}
    if [[ -n $pid ]] && pid_matches "$pid" "$2"; then echo "$pid"; fi
}

# Direct children of process $1.
child_pids() {
    local stat rest
    for stat in /proc/[0-9]*/stat; do
        read -r rest 2>/dev/null <"$stat" || continue
        rest=${rest##*) }
        read -r _ ppid _ <<<"$rest"
        [[ $ppid == "$1" ]] && { stat=${stat#/proc/}; echo "${stat%/stat}"; }
    done
    return 0
}

# Terminates process $1 and its descendants (SIGTERM, SIGKILL after 5 s).
kill_tree() {
    local pids=() queue=("$1") pid i
    while ((${#queue[@]})); do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        pids+=("$pid")
        mapfile -t -O "${#queue[@]}" queue < <(child_pids "$pid")
    done
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        kill -0 "${pids[@]}" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "${pids[@]}" 2>/dev/null || true
}

# Creates an empty, marked state directory (removing a stale one of ours first). Below a shared
# folder such as /tmp, every folder on the way must belong to this user or to root, so that
# nobody else can swap one for a link.
prepare_state_dir() {
    remove_state_dir
    mkdir -p -- "$STATE"
    local dir=$STATE owner
    while [[ $dir != / ]]; do
        owner=$(stat -c %u -- "$dir")
        [[ $owner == "$EUID" || $owner == 0 ]] || die "$dir belongs to another user; refusing to use it"
        dir=$(dirname -- "$dir")
    done
    echo "$SELF" >"$STATE/$MARKER"
}

# Removes the state directory if it is ours (or empty); refuses anything else.
remove_state_dir() {
    [[ -e $STATE ]] || return 0
    if [[ -f $STATE/$MARKER ]] || [[ -d $STATE && -z $(ls -A -- "$STATE") ]]; then
        rm -rf -- "$STATE"
        # and the folders the fixtures made around it, once they are empty
        local dir
        dir=$(dirname -- "$STATE")
        while [[ $dir == */channelscope-tests-* ]] && rmdir -- "$dir" 2>/dev/null; do
            dir=$(dirname -- "$dir")
        done
    else
        die "$STATE exists but was not created by this script; refusing to touch it"
    fi
}

# Waits up to 15 s until pid file $1 names a live process matching $2 and PORT accepts
# connections; prints the log $3 and fails otherwise (at once if the optional process $4, the
# one just launched, has died). Sets PID.
wait_ready() {
    local i
    for ((i = 0; i < 150; i++)); do
        PID=$(recorded_pid "$1" "$2")
        if [[ -n $PID ]] && port_open "$PORT"; then return 0; fi
        if [[ -n ${4:-} ]] && ! kill -0 "$4" 2>/dev/null; then
            die_with_log "$3" "server exited during startup"
        fi
        sleep 0.1
    done
    [[ -n $PID ]] && kill_tree "$PID"
    die_with_log "$3" "server did not start on 127.0.0.1:$PORT within 15 s"
}
