#!/bin/sh
# Builds a demo database for benchmarks with the CLI:
#   tests/benchmarks/make-demo-db.sh SCALE OUT.sqlite [SEED]
# Scale 1 is about 500,000 usage records over one year, scale 20 about 10 million. The data end
# on a fixed day (UNTIL, default 2026-06-30) so that runs on different days are comparable.
# The CLI is $CHANNELSCOPE_CLI, or channelscope-cli of the first build folder that has one.
set -eu

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 SCALE OUT.sqlite [SEED]" >&2
    exit 2
fi
scale=$1
out=$2
seed=${3:-1}
until=${UNTIL:-2026-06-30}

root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${CHANNELSCOPE_CLI:-}
if [ -z "$cli" ]; then
    for candidate in "$root"/build/release/app/channelscope-cli "$root"/build/dev/app/channelscope-cli \
        "$root"/build/*/app/channelscope-cli; do
        if [ -x "$candidate" ]; then
            cli=$candidate
            break
        fi
    done
fi
if [ -z "$cli" ] || [ ! -x "$cli" ]; then
    echo "$0: channelscope-cli not found; build it or set CHANNELSCOPE_CLI" >&2
    exit 1
fi

# A new database every time: the demo ids would otherwise update an older dataset in place.
if [ -e "$out" ]; then
    echo "$0: $out exists; remove it first" >&2
    exit 1
fi
start=$(date +%s)
"$cli" demo --db "sqlite://$(realpath -m "$out")" --scale "$scale" --seed "$seed" --until "$until"
end=$(date +%s)
echo "$out: $(du -h "$out" | cut -f1), $((end - start)) s"
