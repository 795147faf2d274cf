#!/usr/bin/env bash
# Takes resources/screenshots/main-window.png: the real GUI on the demo database under Xvfb (or
# Qt's offscreen platform where xvfb-run is missing), billing group NIMBUS, October 2026, Trend
# tab. The demo data ends on a fixed day, so the picture changes only when the program does.
# Then resources/screenshots/billing-export.png: the "Billing export" page on a demo database
# with data up to yesterday, every day exported by channelscope-cli except the last two (so
# they show as missed), the day before yesterday for one channel only, and the last exported
# day run again. That picture follows the calendar: its dates are those of the day it is taken.
#
#   packaging/screenshot.sh [BUILD_DIR] [OUTPUT_PNG] [EXPORT_PNG]
#
# BUILD_DIR defaults to build/release (packaging/bootstrap.sh run builds it), OUTPUT_PNG to
# resources/screenshots/main-window.png, EXPORT_PNG to resources/screenshots/billing-export.png.
# The user's settings and data are not touched: the program runs with its own temporary XDG
# folders and in English.
set -euo pipefail

cd "$(dirname "$0")/.."
build=${1:-build/release}
output=${2:-resources/screenshots/main-window.png}
export_output=${3:-resources/screenshots/billing-export.png}
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
run_gui() {
    if command -v xvfb-run >/dev/null; then
        timeout 600 xvfb-run -a -s "-screen 0 1400x900x24" "$gui" "$@"
    else
        QT_QPA_PLATFORM=offscreen timeout 600 "$gui" "$@"
    fi
}
echo "== taking the screenshot"
run_gui "${args[@]}"

echo "== creating the billing export database"
export_database=$work/export.sqlite
"$cli" demo --db "$export_database" --scale 1
"$cli" config --db "$export_database" export.directory "$work/billing-export"
mapfile -t missed < <("$cli" export --db "$export_database" --missed | sed -n 's/^missed: //p')
if [ "${#missed[@]}" -lt 4 ]; then
    echo "screenshot.sh: the demo database has too few days to export" >&2
    exit 1
fi
for day in "${missed[@]:0:${#missed[@]}-2}"; do
    "$cli" export --db "$export_database" --date "$day" >/dev/null
done
"$cli" export --db "$export_database" --date "${missed[${#missed[@]}-2]}" \
    --channel EUROCLOUD-DE >/dev/null
"$cli" export --db "$export_database" --date "${missed[${#missed[@]}-3]}" >/dev/null
# the page shown at start is the last one shown (the program's own setting)
mkdir -p "$XDG_CONFIG_HOME/ChannelScope"
printf '[window]\npage=billing-export\n' >"$XDG_CONFIG_HOME/ChannelScope/ChannelScope.conf"
echo "== taking the billing export screenshot"
mkdir -p "$(dirname "$export_output")"
run_gui --db "$export_database" --scope billing-group:NIMBUS --size 1280x860 \
    --screenshot "$export_output"
