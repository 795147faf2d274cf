#!/bin/sh
# Runs the whole test suite once under AddressSanitizer + UndefinedBehaviorSanitizer (the asan
# preset: PostgreSQL and transfer servers included, leaks checked), then the CSV fuzz target for
# a bounded time. CI runs it after the README's test command.
#
#   tests/run-sanitizers.sh [FUZZ_SECONDS]      (FUZZ_SECONDS defaults to 60; 0 skips the fuzzer)
#
# Needs the packages of packaging/debian-packages.txt (clang for the fuzzer). Exit 0 only when
# every suite passed with no sanitizer report and the fuzzer found nothing.
set -eu

fuzz_seconds=${1:-60}
cd "$(dirname "$0")/.."

step() {
    echo "== $*"
}

step "building the asan preset (ASan + UBSan, -O1)"
cmake --preset asan >/dev/null
cmake --build --preset asan
step "the whole suite under ASan + UBSan"
ctest --preset asan

if [ "$fuzz_seconds" -gt 0 ]; then
    step "fuzzing the CSV reader for $fuzz_seconds s"
    tests/fuzz/run-fuzz.sh "$fuzz_seconds"
fi
