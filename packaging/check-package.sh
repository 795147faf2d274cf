#!/usr/bin/env bash
# Installs the ChannelScope .deb into the Debian root this runs in (as root, with its
# dependencies from Debian only, no recommends), uses it as an administrator would, validates
# it, and purges it again. Run by packaging/fresh-debian.sh in a brand-new root; it changes the
# system it runs on, so do not run it on a machine you care about.
#
#   check-package.sh DEB OUTPUT_DIR
#
# OUTPUT_DIR receives the GUI screenshot, the report and the lintian output.
set -euo pipefail
[[ $# -eq 2 && -f $1 ]] || { echo "usage: $0 DEB OUTPUT_DIR" >&2; exit 2; }
deb=$(realpath -- "$1")
out=$2
mkdir -p "$out"
fail() { echo "check-package.sh: FAIL: $*" >&2; exit 1; }
say() { echo "-- $*"; }
apt_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }

say "apt-get install ./$(basename "$deb")"
apt-get update -qq
apt_install "$deb"
dpkg-query -L channelscope | sort >/tmp/channelscope.files
cli=/usr/bin/channelscope-cli

say "the service user"
id channelscope >/dev/null 2>&1 || fail "the package did not create the user channelscope"
[[ $(getent passwd channelscope | cut -d: -f7) == */nologin ]] || fail "channelscope can log in"
[[ -f /etc/channelscope/export.env ]] || fail "/etc/channelscope/export.env is missing"
[[ $(stat -c '%a %U' /etc/channelscope/export.env) == "600 root" ]] ||
    fail "/etc/channelscope/export.env is not 0600 root: $(stat -c '%a %U' /etc/channelscope/export.env)"

say "channelscope-cli --version, channelscope --help without a display, the manual pages"
"$cli" --version
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/channelscope --help | grep -q -- --screenshot ||
    fail "channelscope --help does not work without a display"
for page in channelscope channelscope-cli; do
    zcat "/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH SYNOPSIS' || fail "no manual page $page(1)"
done
zcat /usr/share/man/man1/channelscope-cli.1.gz | grep -qF 'catch\-up' ||
    fail "channelscope-cli(1) lacks the export command's options"

say "channelscope-cli demo, report, export"
work=$(mktemp -d)
"$cli" demo --db "$work/demo.sqlite" >/dev/null
"$cli" report --db "$work/demo.sqlite" --billing-group NIMBUS \
    --from "$(date -d 'last month' +%Y-%m-01)" --to "$(date -d "$(date +%Y-%m-01) - 1 day" +%F)" \
    -o "$out/report.csv"
[[ $(wc -l <"$out/report.csv") -gt 1 ]] || fail "the report has no rows"
yesterday=$(date -u -d yesterday +%F)
"$cli" export --db "$work/demo.sqlite" --date "$yesterday" --directory "$work/export" |
    tee "$out/export.txt"
grep -q "COMPLETED" "$out/export.txt" || fail "the export of $yesterday did not complete"
[[ -n $(find "$work/export" -path '*/target/*' -type f -name "*$yesterday*") ]] ||
    fail "the export of $yesterday wrote no files"

say "channelscope --screenshot (offscreen)"
QT_QPA_PLATFORM=offscreen timeout 300 /usr/bin/channelscope --db "$work/demo.sqlite" \
    --scope billing-group:NIMBUS --size 1280x800 --screenshot "$out/package-gui.png"
[[ -s $out/package-gui.png ]] || fail "no screenshot"

say "desktop-file-validate, appstreamcli validate, systemd-analyze verify, lintian"
apt_install desktop-file-utils appstream systemd lintian
desktop-file-validate /usr/share/applications/org.channelscope.ChannelScope.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.channelscope.ChannelScope.metainfo.xml
units=$(grep -E '/systemd/system/channelscope-export\.(service|timer)$' /tmp/channelscope.files)
[[ $(wc -l <<<"$units") -eq 2 ]] || fail "the systemd units are not installed: $units"
# shellcheck disable=SC2086 # one unit per word
verify=$(systemd-analyze verify $units 2>&1) || fail "systemd-analyze verify: $verify"
[[ -z $verify ]] || fail "systemd-analyze verify: $verify"
lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" >"$out/lintian.txt" 2>&1 ||
    { cat "$out/lintian.txt"; fail "lintian reports errors"; }
cat "$out/lintian.txt"

say "apt-get purge channelscope"
mkdir -p /var/lib/channelscope
touch /var/lib/channelscope/channelscope.sqlite # as the service leaves it after a run
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq channelscope >/dev/null
left=$(while read -r path; do
    [[ -e $path || -L $path ]] || continue
    # a folder stays while other packages' files are in it
    [[ -d $path && ! -L $path ]] && { [[ -n $(ls -A "$path") ]] || dpkg-query -S "$path" >/dev/null 2>&1; } && continue
    echo "$path"
done </tmp/channelscope.files)
[[ -z $left ]] || fail "left behind after purge: $left"
for path in /etc/channelscope /var/lib/channelscope; do
    [[ ! -e $path ]] || fail "left behind after purge: $path"
done
! id channelscope >/dev/null 2>&1 || fail "the user channelscope is left after purge"
! getent group channelscope >/dev/null || fail "the group channelscope is left after purge"
echo "package check OK: $(basename "$deb") installed, used, validated and purged without a trace"
