#!/bin/bash
# make check-current: the Calc tests (tests/calc/run_calc_tests.py) in the LibreOffice of
# Debian 13 "trixie" (25.x), inside a chroot built once under build/ with debootstrap.
#
#     packaging/check-current.sh BUILD/assobudget.oxt
#
# The .oxt is the one the host built; it must lie inside the repository, which the chroot
# sees at /src. Results: build/results-current/calc.log; Calc's work files:
# build/calc-tests-current/.
#
# The chroot is build/trixie-root; build/trixie-root.stamp is written only once it is
# complete (and names the packages it holds). An interrupted debootstrap is left in
# build/trixie-root.partial and started afresh at the next run; an interrupted package
# installation is resumed. Every mount (the repository at /src, /proc, a minimal /dev) is
# made in a mount namespace of our own (unshare --mount) and undone on exit; nothing
# reaches the host's mount table, even if this script is killed. Needs root.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
B=$REPO/build
SUITE=trixie
MIRROR=http://deb.debian.org/debian
ROOT=$B/$SUITE-root
PARTIAL=$ROOT.partial
STAMP=$ROOT.stamp
# What the Calc tests use: LibreOffice Calc, its Python bridge, the French UI and locale,
# the fonts; zip/unzip for packages; poppler-utils for the CERFA PDF checks. --no-install-recommends keeps the chroot small.
PACKAGES="libreoffice-calc python3-uno libreoffice-l10n-fr fonts-dejavu-core locales python3 zip unzip poppler-utils"
# The locales the tests start offices in (tests/office.py): French UTF-8, and a French locale
# that is not UTF-8 for the path test.
LOCALES="fr_FR.UTF-8 UTF-8,fr_FR ISO-8859-1"
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

say() { echo "check-current: $*" >&2; }
die() { say "$*"; exit 1; }

# Fails if anything is mounted at or below $1 in our mount table: never rm -rf through a mount.
assert_no_mounts() {
    local dir
    dir=$(realpath -m "$1")
    if awk -v d="$dir" '$5 == d || index($5, d "/") == 1 { found = 1 } END { exit !found }' \
        /proc/self/mountinfo; then
        die "something is mounted under $dir (see findmnt); unmount it first"
    fi
}

# ---- inside our own mount namespace (this script, run again by unshare) -------------------

MOUNTED=()

undo_mounts() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount -R "${MOUNTED[i]}" 2>/dev/null || umount -R -l "${MOUNTED[i]}" || true
    done
    MOUNTED=()
}

mount_at() {  # mount ARGS... TARGET; remembers TARGET for undo_mounts
    mount "$@"
    MOUNTED+=("${*: -1}")
}

# A /dev with only what programs need, rather than the host's disks.
minimal_dev() {
    local dev=$1 node
    mount_at -t tmpfs -o mode=755,nosuid,size=64k dev "$dev"
    for node in null zero full random urandom tty; do
        touch "$dev/$node"
        mount --bind "/dev/$node" "$dev/$node"
    done
    mkdir "$dev/pts" "$dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$dev/pts" 2>/dev/null ||
        mount --bind /dev/pts "$dev/pts"
    ln -s pts/ptmx "$dev/ptmx"
    mount -t tmpfs -o mode=1777,nosuid,nodev shm "$dev/shm"
    ln -s /proc/self/fd "$dev/fd"
    ln -s /proc/self/fd/0 "$dev/stdin"
    ln -s /proc/self/fd/1 "$dev/stdout"
    ln -s /proc/self/fd/2 "$dev/stderr"
}

# in_namespace ROOT [--src] -- COMMAND...: COMMAND in the chroot, with /proc, /dev (and the
# repository at /src), for the duration of COMMAND only.
in_namespace() {
    local root=$1 src=0
    shift
    if [ "$1" = --src ]; then src=1; shift; fi
    [ "$1" = -- ] && shift
    # unshare execs us: our parent is the caller, which must be in another mount namespace.
    local ours theirs
    ours=$(readlink /proc/self/ns/mnt) && theirs=$(readlink "/proc/$PPID/ns/mnt") &&
        [ -n "$ours" ] && [ "$ours" != "$theirs" ] ||
        die "--in-namespace is only for a mount namespace of our own (unshare --mount)"
    trap undo_mounts EXIT
    trap 'exit 130' INT TERM
    # unshare makes the namespace private already; say it again, it costs nothing.
    mount --make-rprivate /
    mount_at -t proc -o nosuid,nodev,noexec proc "$root/proc"
    minimal_dev "$root/dev"
    if [ $src = 1 ]; then
        mkdir -p "$root/src"
        mount_at --bind "$REPO" "$root/src"
    fi
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    chroot "$root" /usr/bin/env -i PATH=$CHROOT_PATH HOME=/root LANG=C.UTF-8 TERM=dumb \
        DEBIAN_FRONTEND=noninteractive PYTHONDONTWRITEBYTECODE=1 "$@"
}

if [ "${1:-}" = --in-namespace ]; then
    shift
    in_namespace "$@"
    exit
fi

in_chroot() {  # in_chroot [--src] -- COMMAND...
    unshare --mount --propagation private -- "$REPO/packaging/check-current.sh" --in-namespace "$ROOT" "$@"
}

# ---- the chroot, built once ------------------------------------------------------------

WANT="$SUITE $MIRROR minbase: $PACKAGES; locales: $LOCALES"

chroot_ready() { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && [ -d "$ROOT" ]; }

build_chroot() {
    chroot_ready && return 0
    mkdir -p "$B"
    exec 9>"$ROOT.lock"
    flock 9  # another check-current may be building it
    chroot_ready && return 0
    rm -f "$STAMP"
    local start=$SECONDS
    if [ ! -d "$ROOT" ]; then
        if [ -e "$PARTIAL" ]; then
            say "removing the unfinished $PARTIAL"
            assert_no_mounts "$PARTIAL"
            rm -rf --one-file-system "$PARTIAL"
        fi
        say "debootstrap $SUITE into $PARTIAL (several minutes)"
        # debootstrap mounts /proc and /sys in the target: keep them out of the host's table.
        unshare --mount --propagation private -- \
            debootstrap --variant=minbase "$SUITE" "$PARTIAL" "$MIRROR" > "$ROOT.debootstrap.log" 2>&1 ||
            { tail -20 "$ROOT.debootstrap.log" >&2; die "debootstrap failed (log: $ROOT.debootstrap.log)"; }
        mv "$PARTIAL" "$ROOT"
    fi
    say "installing $PACKAGES in $ROOT"
    # No daemon may start in the chroot.
    printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
    chmod 755 "$ROOT/usr/sbin/policy-rc.d"
    # Resumes an interrupted installation: dpkg first finishes what it had begun.
    in_chroot -- /usr/bin/env LOCALES="$LOCALES" /bin/sh -euc '
        dpkg --configure -a
        apt-get -q update
        apt-get -q -y --no-install-recommends install '"$PACKAGES"'
        IFS=,; for l in $LOCALES; do sed -i "s/^# *$l\$/$l/" /etc/locale.gen; done; unset IFS
        locale-gen
        apt-get clean
        rm -rf /var/lib/apt/lists/*' > "$ROOT.install.log" 2>&1 ||
        { tail -20 "$ROOT.install.log" >&2; die "package installation failed (log: $ROOT.install.log);" \
            "run again to resume, or remove $ROOT to start afresh"; }
    mkdir -p "$ROOT/src"
    echo "$WANT" > "$STAMP"
    say "chroot ready in $((SECONDS - start)) s, $(du -sh --one-file-system "$ROOT" | cut -f1)," \
        "$(in_chroot -- /usr/lib/libreoffice/program/soffice --version)"
}

# ---- the tests -------------------------------------------------------------------------

main() {
    [ $# -eq 1 ] || die "usage: $0 BUILD/assobudget.oxt"
    [ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, mount)"
    local oxt
    oxt=$(realpath "$1")
    [ -f "$oxt" ] || die "no $1: run make first"
    case $oxt in
        "$REPO"/*) ;;
        *) die "$oxt is not inside $REPO, which is all the chroot sees" ;;
    esac
    build_chroot
    assert_no_mounts "$ROOT"
    mkdir -p "$B/results-current"
    say "$(in_chroot -- /usr/lib/libreoffice/program/soffice --version | head -1)"
    in_chroot --src -- /usr/bin/python3 /src/tests/calc/run_calc_tests.py \
        "/src/${oxt#"$REPO"/}" /src/build/calc-tests-current | tee "$B/results-current/calc.log"
}

main "$@"
