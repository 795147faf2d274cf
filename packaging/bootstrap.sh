#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for ChannelScope (the packages of debian-packages.txt that
# are missing) and then either
#   run   builds the release, creates a demo database (once) and starts the GUI on it; with
#         --screenshot FILE it saves a picture of the window on it instead (no person needed), or
#   test  builds with warnings as errors and runs the whole test suite (also used by CI).
# Works as root or as a user with sudo.
set -euo pipefail

usage() {
    echo "usage: $0 run [--screenshot FILE] | test" >&2
    exit 2
}
mode=${1:-}
screenshot=
case "$mode" in
run)
    if [ $# -eq 3 ] && [ "$2" = --screenshot ]; then
        screenshot=$(realpath -m -- "$3")
    elif [ $# -ne 1 ]; then
        usage
    fi
    ;;
test) [ $# -eq 1 ] || usage ;;
*) usage ;;
esac

cd "$(dirname "$0")/.."

fail() {
    echo "bootstrap.sh: $*" >&2
    exit 1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        fail "installing packages needs root: run as root or install sudo"
    fi
}

# Installs the missing packages; on failure names the package (or apt's first error) in one line.
install_packages() {
    local log
    log=$(mktemp)
    echo "== installing Debian packages: $missing"
    as_root apt-get update -qq >"$log" 2>&1 ||
        fail "apt-get update failed: $(grep -m 1 -E '^(E|W|Err):' "$log" || tail -n 1 "$log")"
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        $missing >"$log" 2>&1; then
        local culprit
        culprit=$(sed -n -E -e "s/^E: Unable to locate package (.*)/\1 (no such package)/p" \
            -e "s/^E: Package '(.*)' has no installation candidate/\1 (no installation candidate)/p" \
            -e 's/^ *([^ ]+) : Depends: (.*)/\1 (unmet dependency \2)/p' "$log" | head -n 1)
        [ -n "$culprit" ] || culprit=$(grep -m 1 -E '^E:' "$log" || tail -n 1 "$log")
        fail "cannot install $culprit; apt-get's output: $log"
    fi
    rm -f "$log"
}

packages=$(grep -v '^#' packaging/debian-packages.txt | tr '\n' ' ')
# dpkg-query prints nothing for packages it has never heard of: those are missing too.
installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $packages 2>/dev/null |
    awk '$1 == "ii" { print $2 }' || true)
missing=$(for package in $packages; do
    echo "$installed" | grep -qxF "$package" || echo "$package"
done | tr '\n' ' ')
[ -z "$missing" ] || install_packages

if [ "$mode" = run ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release
    # The folder in which the GUI itself creates its demo database on first start.
    data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/ChannelScope/ChannelScope
    database=$data_dir/demo.sqlite
    if [ ! -f "$database" ]; then
        mkdir -p "$data_dir"
        echo "== creating the demo database $database"
        build/release/app/channelscope-cli demo --db "$database"
    fi
    if [ -n "$screenshot" ]; then
        echo "== taking a screenshot of ChannelScope on $database"
        xvfb-run -a -s "-screen 0 1400x900x24" build/release/app/channelscope --db "$database" \
            --scope billing-group:NIMBUS --size 1280x800 --screenshot "$screenshot"
        echo "== screenshot: $screenshot"
        exit 0
    fi
    echo "== starting ChannelScope on $database"
    exec build/release/app/channelscope --db "$database"
fi

cmake --preset ci >/dev/null
cmake --build --preset ci
cd build/ci
ctest --output-on-failure --timeout 900
