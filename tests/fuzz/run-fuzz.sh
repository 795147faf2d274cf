#!/bin/sh
# Builds the CSV fuzz target (clang, libFuzzer, ASan + UBSan; only the core library and the
# target) in its own build folder and runs it for a bounded time.
#
#   tests/fuzz/run-fuzz.sh [SECONDS] [libFuzzer options...]      (SECONDS defaults to 120)
#
# The seeds are the import test data and tests/fuzz/corpus (the inputs the fuzzer once found);
# new inputs go to the build folder, never into the source tree. Exit 0: no finding in the time;
# otherwise the crashing input is in <build>/artifacts/ and the exit code is libFuzzer's.
# CHANNELSCOPE_FUZZ_BUILD_DIR overrides the build folder (default build/fuzz).
set -eu

seconds=${1:-120}
[ $# -gt 0 ] && shift
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${CHANNELSCOPE_FUZZ_BUILD_DIR:-$source_dir/build/fuzz}

launcher=
if command -v ccache >/dev/null 2>&1; then
    launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
cmake -S "$source_dir" -B "$build_dir" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHANNELSCOPE_FUZZ=ON $launcher
cmake --build "$build_dir" --target fuzz_csvreader -j "${CHANNELSCOPE_FUZZ_JOBS:-2}"

mkdir -p "$build_dir/corpus" "$build_dir/artifacts"
cd "$build_dir"
exec "$build_dir/tests/fuzz/fuzz_csvreader" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -dict="$source_dir/tests/fuzz/csv.dict" -artifact_prefix="$build_dir/artifacts/" \
    -print_final_stats=1 "$@" \
    "$build_dir/corpus" "$source_dir/tests/fuzz/corpus" \
    "$source_dir/tests/data/import/base" "$source_dir/tests/data/import/format"
