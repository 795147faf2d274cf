#!/usr/bin/env bash
# Checks the systemd units of the daily export as built (packaging/systemd): systemd-analyze
# verify finds nothing to complain about (with ExecStart pointed from the install location to
# the built channelscope-cli, which also proves the unit names the install location), the timer
# fires at 04:00, and the service's command line, run as systemd would with the example
# environment file, catches up on an empty (existing) database and records the run as scheduled.
# usage: systemd-units.sh SERVICE TIMER ENV_EXAMPLE INSTALLED_CLI BUILT_CLI
set -euo pipefail
[[ $# -eq 5 ]] || { echo "usage: $0 SERVICE TIMER ENV_EXAMPLE INSTALLED_CLI BUILT_CLI" >&2; exit 2; }
SERVICE=$1 TIMER=$2 ENV_EXAMPLE=$3 INSTALLED_CLI=$4 BUILT_CLI=$5
fail() { echo "FAIL: $*" >&2; exit 1; }

# Without the tools: a loud skip, or a failure in CI (packaging/debian-packages.txt lists them).
for tool in systemd-analyze sqlite3; do
    command -v $tool >/dev/null && continue
    [[ -n ${CI:-} ]] && fail "$tool is not installed"
    echo "SKIP: $tool is not installed"
    exit 77
done
WORK=$(mktemp -d)
trap 'rm -rf -- "$WORK"' EXIT

# systemd's quoting of a path with blanks (as packaging/systemd/CMakeLists.txt writes it)
exec_path() { if [[ $1 == *[[:blank:]]* ]]; then echo "\"$1\""; else echo "$1"; fi; }
INSTALLED_CLI=$(exec_path "$INSTALLED_CLI")
grep -qxF "ExecStart=$INSTALLED_CLI export --db \${CHANNELSCOPE_DB} --catch-up --schedule \$CHANNELSCOPE_EXPORT_ARGS" \
    "$SERVICE" || fail "$SERVICE does not run $INSTALLED_CLI export --catch-up --schedule"
sed "s#^ExecStart=$INSTALLED_CLI #ExecStart=$(exec_path "$BUILT_CLI") #" "$SERVICE" >"$WORK/channelscope-export.service"
cp "$TIMER" "$WORK/channelscope-export.timer"
if ! out=$(systemd-analyze verify "$WORK/channelscope-export.timer" "$WORK/channelscope-export.service" 2>&1) ||
    [[ -n $out ]]; then
    fail "systemd-analyze verify: $out"
fi
calendar=$(sed -n 's/^OnCalendar=//p' "$TIMER")
systemd-analyze calendar --iterations=2 "$calendar" | grep -q 'Next elapse: .* 04:00:00' ||
    fail "the timer does not fire at 04:00: OnCalendar=$calendar"
grep -qx 'Persistent=true' "$TIMER" || fail "the timer does not catch up a missed 04:00 (Persistent=)"

# The environment file as an administrator would fill it in, and the command line with
# systemd's expansion: ${VAR} one word, $VAR split into words.
sed -e "s#^CHANNELSCOPE_DB=.*#CHANNELSCOPE_DB=$WORK/channelscope.sqlite#" \
    -e "s#^\#CHANNELSCOPE_EXPORT_ARGS=.*#CHANNELSCOPE_EXPORT_ARGS=--directory $WORK/export#" \
    "$ENV_EXAMPLE" >"$WORK/export.env"
grep -q "^CHANNELSCOPE_EXPORT_ARGS=" "$WORK/export.env" || fail "export.env.example lacks CHANNELSCOPE_EXPORT_ARGS"
command=$(sed -n 's/^ExecStart=//p' "$WORK/channelscope-export.service")
# The export never creates a database: the installation creates it first (here with config).
"$BUILT_CLI" config --db "$WORK/channelscope.sqlite" >/dev/null ||
    fail "creating the empty database failed"
(
    # EnvironmentFile= syntax: NAME=value, the value taken as it is (no shell quoting here).
    while IFS= read -r line; do
        if [[ $line =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]]; then
            export "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"
        fi
    done <"$WORK/export.env"
    eval "$command"
) >"$WORK/out" 2>"$WORK/err" || fail "the service command failed: $(cat "$WORK/out" "$WORK/err")"
yesterday=$(TZ=UTC date -d yesterday +%F)
grep -q "^$yesterday COMPLETED run 1: 0 channels" "$WORK/out" || fail "unexpected output: $(cat "$WORK/out")"
[[ $(sqlite3 "$WORK/channelscope.sqlite" "SELECT business_date, run_trigger, status FROM export_run") == \
    "$yesterday|schedule|COMPLETED" ]] || fail "the run is not recorded as a COMPLETED scheduled run"
echo "systemd units OK: verify clean, timer at 04:00, service command caught up $yesterday"
