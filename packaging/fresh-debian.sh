#!/usr/bin/env bash
# Proves the README's two set-up commands on a brand-new Debian 12. Builds a minimal Debian root
# (mmdebstrap, variant minbase, from this machine's Debian sources), clones this repository's
# committed HEAD into /root/channelscope inside it, mounts proc, sys, dev, dev/pts and dev/shm,
# and runs
#
#   test   packaging/bootstrap.sh test: every package installed by the script itself, the build
#          with warnings as errors and the whole test suite (PostgreSQL and transfer servers
#          included). Then tests/run-sanitizers.sh: the suite again under ASan + UBSan and the
#          CSV fuzzer for 60 s. Then the package check: CPack makes the .deb of the tested build,
#          which is installed with apt into a second brand-new root and used (CLI, manual pages,
#          demo, report, export, GUI screenshot, desktop-file-validate, appstreamcli,
#          systemd-analyze, lintian, purge).
#   run    packaging/bootstrap.sh run --screenshot: build, demo database and a screenshot of the
#          GUI on it instead of a window waiting for a person.
#   package DEB
#          only the package check, of a .deb built before (cmake --preset package, cpack).
#
# Options:
#   --user NAME       run the command as NAME, a new user with sudo and a 0700 home, from a
#                     clone in that home (default: as root from /root/channelscope)
#   --clone-dir DIR   clone into DIR inside the root instead (spaces and non-ASCII allowed)
#   --no-package      test: skip the package check
#   --no-sanitizers   test: skip the sanitizer run and the fuzzer
#   --output DIR      where screenshots, the .deb and logs are copied (default: a new folder
#                     below ${TMPDIR:-/tmp}, printed at the end)
#   --keep            keep the roots for a look inside (printed at the end)
#
# Needs root (or sudo), mmdebstrap (installed if missing), unshare and about 8 GB of disk below
# ${TMPDIR:-/var/tmp}. Every process started in a root lives in its own PID and mount namespace:
# nothing outlives a step, and the mounts vanish with it.
set -euo pipefail
# The whole script is one block, read before it runs: editing the file during a run of 40
# minutes cannot change what that run does.
{
usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}

mode=${1:-}
[[ $mode == test || $mode == run || $mode == package ]] || usage
shift
deb_file=
if [[ $mode == package ]]; then
    [[ -f ${1:-} ]] || usage
    deb_file=$(realpath -- "$1")
    shift
fi
user=root
clone_dir=
package=yes
sanitizers=yes
output=
keep=no
while (($#)); do
    case $1 in
    --user) user=${2:?}; shift 2 ;;
    --clone-dir) clone_dir=${2:?}; shift 2 ;;
    --no-package) package=no; shift ;;
    --no-sanitizers) sanitizers=no; shift ;;
    --output) output=${2:?}; shift 2 ;;
    --keep) keep=yes; shift ;;
    *) usage ;;
    esac
done
[[ $user =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || { echo "fresh-debian.sh: bad user name: $user" >&2; exit 2; }
if [[ -z $clone_dir ]]; then
    if [[ $user == root ]]; then clone_dir=/root/channelscope; else clone_dir=/home/$user/channelscope; fi
fi
[[ $clone_dir == /* ]] || { echo "fresh-debian.sh: --clone-dir must be absolute" >&2; exit 2; }

if ((EUID != 0)); then
    exec sudo -- "$0" "$mode" $deb_file --user "$user" --clone-dir "$clone_dir" \
        $([[ $package == no ]] && echo --no-package) $([[ $sanitizers == no ]] && echo --no-sanitizers) \
        $([[ $keep == yes ]] && echo --keep) \
        ${output:+--output "$(realpath -m -- "$output")"}
fi

source=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$source" rev-parse HEAD)
if [[ -n $(git -C "$source" status --porcelain --untracked-files=no) ]]; then
    echo "fresh-debian.sh: note: uncommitted changes are not part of the check (HEAD $commit)" >&2
fi
work=$(mktemp -d "${TMPDIR:-/var/tmp}/channelscope-fresh.XXXXXX")
chmod 0755 "$work"
output=${output:-$work/output}
mkdir -p "$output"
log=$output/fresh-debian.log
: >"$log"

timings=()
say() { echo "== $*" | tee -a "$log"; }
fail() {
    echo "fresh-debian.sh: $*" | tee -a "$log" >&2
    exit 1
}

# Times a step: step NAME COMMAND... (its output goes to the log and the terminal).
step() {
    local name=$1 start=$SECONDS
    shift
    say "$name"
    if ! "$@" 2>&1 | tee -a "$log"; then
        timings+=("$(printf '%-44s %5d s  FAILED' "$name" $((SECONDS - start)))")
        print_timings
        fail "$name failed (log: $log)"
    fi
    timings+=("$(printf '%-44s %5d s' "$name" $((SECONDS - start)))")
}
print_timings() {
    printf '\nfresh-debian.sh %s (HEAD %s):\n' "$mode" "${commit:0:12}" | tee -a "$log"
    printf '  %s\n' "${timings[@]}" | tee -a "$log"
}

# Kills whatever still runs in a root (a step that was interrupted), then removes the roots; a
# root with a mount still below it is left alone rather than risk deleting through the mount.
cleanup() {
    local root pid
    for root in "$work"/root-*; do
        [[ -d $root ]] || continue
        for pid in $(ls /proc | grep -E '^[0-9]+$'); do
            [[ $(readlink "/proc/$pid/root" 2>/dev/null) == "$root" ]] && kill -KILL "$pid" 2>/dev/null
        done
        if [[ $keep == no ]]; then
            if findmnt -rn -o TARGET | grep -qF -- "$root/"; then
                echo "fresh-debian.sh: $root still has mounts; left in place" >&2
            else
                rm -rf --one-file-system -- "$root"
            fi
        fi
    done
    [[ $keep == yes ]] || rm -f -- "$work/base.tar" "$work/debian.sources"
    [[ $keep == yes ]] || rmdir -- "$work" 2>/dev/null || true
}
trap cleanup EXIT

command -v mmdebstrap >/dev/null || step "installing mmdebstrap on this machine" \
    bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null'

# This machine's Debian sources: the deb822 stanzas and one-line entries signed by (or pointing
# at) the Debian archive, without third-party repositories.
debian_sources() {
    local file
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -f $file ]] && awk 'BEGIN { RS = ""; ORS = "\n\n" } /debian-archive-keyring|\/debian(-security)?[ \n\/]/' "$file"
    done
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $file ]] && grep -E '^deb[[:space:]].*/debian(-security)?/?[[:space:]]' "$file"
    done
    return 0
}
debian_sources >"$work/debian.sources"
grep -qE 'bookworm|stable' "$work/debian.sources" ||
    fail "no Debian 12 (bookworm) source found in /etc/apt/sources.list{,.d}"

step "creating a minimal Debian 12 root (mmdebstrap)" \
    mmdebstrap --quiet --variant=minbase --mode=root bookworm "$work/base.tar" "$work/debian.sources"

# new_root NAME: a brand-new root from the bootstrap; prints its path.
new_root() {
    local root=$work/root-$1
    mkdir "$root"
    tar -xf "$work/base.tar" -C "$root"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # A package's maintainer scripts must not start services inside the root (a PostgreSQL
    # cluster on port 5432, sshd on 22 of this machine's network).
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 0755 "$root/usr/sbin/policy-rc.d"
    echo "$root"
}

# in_root ROOT USER COMMAND: runs the shell command in ROOT as USER, with a login's clean
# environment (and CI=true, so that a test that cannot run fails rather than skips), in private
# PID and mount namespaces.
in_root() {
    local root=$1 as=$2 command=$3 home=/root
    [[ $as == root ]] || home=/home/$as
    unshare --mount --pid --fork --kill-child --propagation private -- bash -euc '
        root=$1; shift
        # the root a mount point of its own, as / is on a real machine (unshare -m needs that)
        mount --bind "$root" "$root"
        mount -t proc proc "$root/proc"
        mount -t sysfs sys "$root/sys"
        mount --bind /dev "$root/dev"
        mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
        mount --bind /dev/pts "$root/dev/pts"
        # pivot_root rather than a bare chroot: a chrooted process may not create user
        # namespaces, which the suite uses as an ordinary user (unshare -rm) as on a real machine.
        cd "$root"
        pivot_root . mnt
        /mnt/usr/bin/umount --lazy /mnt
        exec /usr/sbin/chroot / "$@"' bash "$root" \
        /usr/sbin/runuser -u "$as" -- /usr/bin/env -i HOME="$home" USER="$as" LOGNAME="$as" \
        SHELL=/bin/bash TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CI="${CI:-true}" /bin/bash -euo pipefail -c "$command"
}

# The user and the clone, as a new user would have them.
prepare_clone() {
    local root=$1
    if [[ $user != root ]]; then
        in_root "$root" root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sudo >/dev/null
            useradd --create-home --shell /bin/bash $user
            chmod 0700 /home/$user
            echo '$user ALL=(ALL) NOPASSWD: ALL' >/etc/sudoers.d/$user
            chmod 0440 /etc/sudoers.d/$user"
    fi
    chmod 0700 "$root/root"
    mkdir -p "$(dirname "$root$clone_dir")"
    git clone --quiet --no-hardlinks "$source" "$root$clone_dir"
    git -C "$root$clone_dir" checkout --quiet "$commit"
    if [[ $user != root ]]; then
        local uid
        uid=$(chroot "$root" id -u "$user")
        chown -R "$uid:$uid" "$root$clone_dir"
    fi
}

# check_package DEB: installs DEB into a second brand-new root and uses it (check-package.sh).
check_package() {
    local deb=$1 package_root
    package_root=$(new_root package)
    cp "$deb" "$source/packaging/check-package.sh" "$package_root/tmp/"
    step "installing and using $(basename "$deb") in a fresh root" in_root "$package_root" root \
        "/tmp/check-package.sh /tmp/$(basename "$deb") /tmp/package-check"
    cp -r "$package_root/tmp/package-check/." "$output/"
}

if [[ $mode == package ]]; then
    check_package "$deb_file"
    print_timings
    echo "output (screenshot, report, lintian): $output"
    exit 0
fi

quoted_dir=$(printf '%q' "$clone_dir")
root=$(new_root build)
step "cloning into $clone_dir (as $user)" prepare_clone "$root"

if [[ $mode == run ]]; then
    step "packaging/bootstrap.sh run --screenshot (as $user)" in_root "$root" "$user" \
        "cd $quoted_dir && packaging/bootstrap.sh run --screenshot /tmp/channelscope-run.png"
    cp "$root/tmp/channelscope-run.png" "$output/bootstrap-run.png"
    print_timings
    echo "screenshot of the GUI on the demo database: $output/bootstrap-run.png"
    exit 0
fi

step "packaging/bootstrap.sh test (as $user)" in_root "$root" "$user" \
    "cd $quoted_dir && packaging/bootstrap.sh test"
if [[ $sanitizers == yes ]]; then
    step "tests/run-sanitizers.sh 60 (as $user)" in_root "$root" "$user" \
        "cd $quoted_dir && tests/run-sanitizers.sh 60"
fi

# ctest's summaries, as the closing lines: the README's command, then the sanitizer run
print_test_summary() {
    local label summary
    for label in tests "under ASan + UBSan"; do
        summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log" |
            if [[ $label == tests ]]; then head -n 1; else sed -n 2p; fi)
        if [[ $summary =~ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
            echo "$label: $((BASH_REMATCH[2] - BASH_REMATCH[1])) passed, ${BASH_REMATCH[1]} failed"
        fi
    done
}
if [[ $package == no ]]; then
    print_timings
    print_test_summary
    exit 0
fi

# The package of the build just tested (the ci preset installs under /usr like the package
# preset; its CPack settings are the same): what is shipped is what passed.
step "building the .deb (cpack in the tested build)" in_root "$root" "$user" \
    "cd $quoted_dir/build/ci && cpack -G DEB >/dev/null && cp channelscope_*.deb /tmp/"
deb=$(cd "$root/tmp" && ls channelscope_*.deb)
cp "$root/tmp/$deb" "$output/"

check_package "$output/$deb"
print_timings
echo "output (the .deb, screenshots, log): $output"
print_test_summary
exit 0
}
