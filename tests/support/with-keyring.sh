#!/usr/bin/env bash
# Runs COMMAND with a real system keychain of its own: a private D-Bus session bus and an unlocked
# GNOME Keyring (the Secret Service QtKeychain talks to on Linux desktops), both in a throwaway
# home that is removed afterwards. Sets CHANNELSCOPE_TEST_KEYCHAIN=1 so that the suites require
# the keychain to work instead of accepting its absence.
#
#   with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

[[ $# -ge 1 ]] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null ||
        { echo "$(basename "$0"): $tool is missing (packages dbus-daemon, gnome-keyring)" >&2; exit 1; }
done

home=$(mktemp -d "${TMPDIR:-/tmp}/channelscope-keyring.XXXXXX")
trap 'rm -rf -- "$home"' EXIT
mkdir -m 0700 "$home/runtime"

# Inside the bus: the daemon creates the "login" collection (the Secret Service's default) with
# the password given on stdin and keeps it unlocked; then the command runs.
HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/runtime \
    CHANNELSCOPE_TEST_KEYCHAIN=1 dbus-run-session -- bash -euo pipefail -c '
        eval "$(printf %s keyring-of-the-tests |
            gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
        exec "$@"' bash "$@"
