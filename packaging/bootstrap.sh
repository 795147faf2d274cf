#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for ChannelScope and then either
#   run   builds the release, creates a demo database (once) and starts the GUI on it, or
#   test  builds with warnings as errors and runs the whole test suite (also used by CI).
# Works as root or as a user with sudo.
set -euo pipefail

mode=${1:-}
case "$mode" in
run | test) ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")/.."

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages=$(grep -v '^#' packaging/debian-packages.txt | tr '\n' ' ')
missing=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $packages 2>/dev/null |
    awk '$1 != "ii" { print $2 }' || true)
# dpkg-query prints nothing for packages it has never heard of: compare the counts too.
known=$(dpkg-query -W -f='${Package}\n' $packages 2>/dev/null | wc -l || true)
if [ -n "$missing" ] || [ "$known" -lt "$(echo $packages | wc -w)" ]; then
    echo "== installing Debian packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        $packages >/dev/null
fi

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
    echo "== starting ChannelScope on $database"
    exec build/release/app/channelscope --db "$database"
fi

cmake --preset ci >/dev/null
cmake --build --preset ci
cd build/ci
ctest --output-on-failure --timeout 900
