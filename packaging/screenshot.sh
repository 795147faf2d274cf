#!/usr/bin/env bash
# Takes resources/screenshots/main-window.png: the real GUI on the demo database under Xvfb (or
# Qt's offscreen platform where xvfb-run is missing), billing group NIMBUS, October 2026, Trend
# tab. The demo data ends on a fixed day, so the picture changes only when the program does.
#
#   packaging/screenshot.sh [BUILD_DIR] [OUTPUT_PNG]
#
# BUILD_DIR defaults to build/release (packaging/bootstrap.sh run builds it), OUTPUT_PNG to
# resources/screenshots/main-window.png. The user's settings and data are not touched: the
# program runs with its own temporary XDG folders and in English.
set -euo pipefail

cd "$(dirname "$0")/.."
build=${1:-build/release}
output=${2:-resources/screenshots/main-window.png}
gui=$build/app/channelscope
cli=$build/app/channelscope-cli
for program in "$gui" "$cli"; do
    if [ ! -x "$program" ]; then
        echo "screenshot.sh: $program is missing; build first (cmake --build $build)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
database=$work/demo.sqlite
echo "== creating the demo database"
"$cli" demo --db "$database" --scale 1 --until 2026-10-31

mkdir -p "$(dirname "$output")"
args=(--db "$database" --scope billing-group:NIMBUS --from 2026-10-01 --to 2026-10-31
    --tab trend --size 1280x800 --screenshot "$output")
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export LANG=C.UTF-8 LANGUAGE= LC_ALL=C.UTF-8
echo "== taking the screenshot"
if command -v xvfb-run >/dev/null; then
    timeout 600 xvfb-run -a -s "-screen 0 1400x900x24" "$gui" "${args[@]}"
else
    QT_QPA_PLATFORM=offscreen timeout 600 "$gui" "${args[@]}"
fi
