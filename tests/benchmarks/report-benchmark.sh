#!/bin/sh
# The report benchmark (issue 3), in one run:
#   tests/benchmarks/report-benchmark.sh [DB.sqlite]
# Builds (or reuses) a ~10-million-record SQLite demo database with the demo generator
# (make-demo-db.sh 20, i.e. "channelscope-cli demo --scale 20"), then prints:
#   - a one-month channel report and a full-year billing-group report (bench_report: median
#     of 7 runs in one process, through the rollups; plus one run on the raw records),
#   - the peak memory of that process (/usr/bin/time -v),
#   - the same full-year GROUP BY written by hand, run by the sqlite3 shell on the same file
#     (.timer on, best of 3), and the ratio.
# Targets: full year < 250 ms, one month < 50 ms, peak memory < 150 MB.
# BUILD_DIR selects the build folder (default: the first one with bench_report).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-}
if [ -z "$build" ]; then
    for candidate in "$root"/build/*/; do
        if [ -x "$candidate/tests/benchmarks/report/bench_report" ]; then
            build=${candidate%/}
            break
        fi
    done
fi
bench=$build/tests/benchmarks/report/bench_report
if [ -z "$build" ] || [ ! -x "$bench" ]; then
    echo "$0: bench_report not found; build the tests or set BUILD_DIR" >&2
    exit 1
fi
db=${1:-$build/bench/demo-20.sqlite}
mkdir -p "$(dirname "$db")"

if [ ! -e "$db" ]; then
    echo "building $db (demo scale 20, about 10 million usage records)..."
    if "$build/app/channelscope-cli" demo --help >/dev/null 2>&1; then
        CHANNELSCOPE_CLI=$build/app/channelscope-cli "$root/tests/benchmarks/make-demo-db.sh" 20 "$db"
    else
        # The same generator and importer, for a CLI without the demo command.
        "$bench" --make-demo 20 "$db"
    fi
fi

sql=$(mktemp)
timing=$(mktemp)
trap 'rm -f "$sql" "$timing"' EXIT

echo "== ChannelScope report engine"
/usr/bin/time -v "$bench" "$db" --runs 7 --sql-out "$sql" 2>"$timing" | tee "$timing.out"
grep -E "Maximum resident set size" "$timing" | sed 's/^\s*/peak memory (\/usr\/bin\/time -v): /'

echo "== the same GROUP BY by hand in the sqlite3 shell ($(sqlite3 --version | cut -d' ' -f1))"
cat "$sql"
best=""
for run in 1 2 3; do
    t=$( (echo ".timer on"; cat "$sql") | sqlite3 "$db" | grep -E '^Run Time' | sed -E 's/.*real ([0-9.]+).*/\1/')
    echo "run $run: ${t} s"
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
year_us=$(sed -nE 's/^RESULT year_us=([0-9]+).*/\1/p' "$timing.out")
rm -f "$timing.out"
echo "sqlite3 shell best: $(echo "$best * 1000" | bc) ms"
echo "ratio sqlite3 GROUP BY / ChannelScope full-year report: $(echo "scale=1; $best * 1000000 / $year_us" | bc)x"
