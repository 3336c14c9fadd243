#!/bin/sh
# Cross-building for Windows x64 (MinGW): what the Debian archive does not provide.
#
#   packaging/mingw-deps.sh BUILD_DIR
#
# Makes, under BUILD_DIR/mingw/:
#   prefix/      static libxml2 and cppunit for x86_64-w64-mingw32, built from Debian 12's own
#                source packages (apt-get source through a private apt configuration whose
#                deb-src lines are derived from the machine's deb lines; the system's apt
#                configuration is left alone)
#   sdk-overlay/ sal/typesizes.h and sal/types.h for Windows x64, generated with sed from the
#                LibreOffice SDK headers; put it before the SDK in the include path
#   lib/         import libraries libsal3.a and libcppu3.a for sal3.dll and cppu3.dll, the
#                symbol lists taken from the Linux libraries
#   check/       a program checking the UNO C types' sizes and offsets against Linux (run
#                under wine)
# Idempotent: each step leaves a stamp file and is skipped when its stamp exists.
set -eu

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
B=$(cd "$1" && pwd)
M=$B/mingw
HOST=x86_64-w64-mingw32
JOBS=${JOBS:-2}
STAMPS=$M/stamps
PREFIX=$M/prefix
SAL_INC=/usr/include/libreoffice
OFFICE=/usr/lib/libreoffice/program
mkdir -p "$STAMPS"
# The builds below are independent of any make that runs this script (no jobserver to share).
unset MAKEFLAGS MFLAGS MAKELEVEL

log() { echo "mingw-deps: $*"; }
done_already() { [ -e "$STAMPS/$1" ]; }
mark_done() { touch "$STAMPS/$1"; }

# Runs "$@" quietly with its output in a log file; shows the end of it on failure.
quiet() {
    logfile=$1; shift
    if ! "$@" > "$logfile" 2>&1; then
        tail -40 "$logfile" >&2
        echo "mingw-deps: failed: $* (log: $logfile)" >&2
        exit 1
    fi
}

# ---- source packages through a private apt configuration -----------------------------------

APT=$M/apt
apt_private() {
    apt-get -q -o Dir::Etc::SourceList="$APT/sources.list" -o Dir::Etc::SourceParts=/dev/null \
        -o Dir::State::Lists="$APT/lists" -o Dir::Cache="$APT/cache" \
        -o Dir::State::Status=/var/lib/dpkg/status -o APT::Sandbox::User=root "$@"
}

# One-line deb-src entries for the machine's deb entries: the deb822 .sources files and the
# one-line .list files.
derive_deb_src() {
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -e "$f" ] || continue
        awk '
            function flush(  n, m, i, j, opt) {
                if (types ~ /(^|[ \t])deb([ \t]|$)/ && tolower(enabled) != "no" && uris != "") {
                    opt = signed ~ /^\// ? " [signed-by=" signed "]" : ""
                    n = split(uris, u, /[ \t]+/); m = split(suites, s, /[ \t]+/)
                    for (i = 1; i <= n; i++) for (j = 1; j <= m; j++)
                        print "deb-src" opt " " u[i] " " s[j] " " comps
                }
                types = uris = suites = comps = signed = enabled = ""
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            /^[A-Za-z-]+:/ {
                key = tolower(substr($0, 1, index($0, ":") - 1))
                value = substr($0, index($0, ":") + 1); gsub(/^[ \t]+|[ \t]+$/, "", value)
                if (key == "types") types = value; else if (key == "uris") uris = value
                else if (key == "suites") suites = value; else if (key == "components") comps = value
                else if (key == "signed-by") signed = value; else if (key == "enabled") enabled = value
            }
            END { flush() }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -e "$f" ] || continue
        sed -n 's/^[ \t]*deb[ \t]/deb-src /p' "$f"
    done
}

if ! done_already apt-update; then
    mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial"
    derive_deb_src | sort -u > "$APT/sources.list"
    [ -s "$APT/sources.list" ] || { echo "mingw-deps: no deb line found in /etc/apt" >&2; exit 1; }
    log "apt-get update (deb-src, private lists in $APT)"
    quiet "$APT/update.log" apt_private update
    mark_done apt-update
fi

# Fetches and unpacks source package $1 into $M/src/$1 (the newest version the lists know).
fetch_source() {
    pkg=$1
    done_already "source-$pkg" && return 0
    log "apt-get source $pkg"
    rm -rf "$M/src/$pkg" "$M/download/$pkg"
    mkdir -p "$M/download/$pkg" "$M/src"
    (cd "$M/download/$pkg" && quiet "$M/download/$pkg.log" apt_private source --download-only "$pkg")
    dsc=$(ls "$M/download/$pkg"/*.dsc)
    quiet "$M/download/$pkg-extract.log" dpkg-source --no-check -x "$dsc" "$M/src/$pkg"
    basename "$dsc" .dsc > "$M/src/$pkg.version"
    mark_done "source-$pkg"
}

fetch_source libxml2
fetch_source cppunit

# ---- static libxml2 and cppunit ---------------------------------------------------------------

# libxml2: only what the core uses (parser, tree) and its dependencies; no network, no
# compression, no iconv/ICU (the data files are UTF-8, which libxml2 handles itself).
# Threads: native Win32 (no winpthread DLL). LIBXML_STATIC_FOR_DLL selects libxml2's variant
# for a static library inside a DLL: per-thread state is freed by xmlDllMain() called from the
# DLL's DllMain (the core's ab_xml_dll_main()), instead of one helper thread per calling
# thread that would outlive an unloaded DLL.
if ! done_already libxml2; then
    log "building static libxml2 ($(cat "$M/src/libxml2.version")) for $HOST"
    rm -rf "$M/build/libxml2" && mkdir -p "$M/build/libxml2"
    cd "$M/build/libxml2"
    quiet configure.log "$M/src/libxml2/configure" --host=$HOST --prefix="$PREFIX" \
        --disable-maintainer-mode --enable-static --disable-shared --with-threads \
        --without-python --without-http --without-ftp --without-zlib --without-lzma \
        --without-iconv --without-icu --without-catalog --without-debug --without-docbook \
        --without-legacy --without-modules --without-html --without-xptr --without-xinclude \
        --without-schematron --without-schemas --without-c14n --without-writer \
        CFLAGS="-O2 -DLIBXML_STATIC_FOR_DLL"
    quiet make.log make -j"$JOBS" libxml2.la
    quiet install.log make install-libLTLIBRARIES install-pkgconfigDATA
    quiet install-headers.log make -C include install
    cd "$B"
    mark_done libxml2
fi

if ! done_already cppunit; then
    log "building static cppunit ($(cat "$M/src/cppunit.version")) for $HOST"
    rm -rf "$M/build/cppunit" && mkdir -p "$M/build/cppunit"
    cd "$M/build/cppunit"
    quiet configure.log "$M/src/cppunit/configure" --host=$HOST --prefix="$PREFIX" \
        --enable-static --disable-shared --disable-doxygen --disable-html-docs --disable-werror \
        CXXFLAGS="-O2"
    quiet make.log make -j"$JOBS" -C src/cppunit
    quiet install.log make -C src/cppunit install
    quiet install-headers.log make -C include install
    cd "$B"
    mark_done cppunit
fi

# ---- the LibreOffice SDK headers for Windows x64 ---------------------------------------------

# The SDK's headers are generated for Linux. Two differ on Windows x64: long is 4 bytes (LLP64;
# left at 8, sal_Int64 would silently become 4 bytes), and the DLL import/export macros are the
# __declspec ones, which MinGW understands like MSVC.
OVERLAY=$M/sdk-overlay
if ! done_already sdk-overlay; then
    log "SDK header overlay for Windows x64 in $OVERLAY"
    rm -rf "$OVERLAY" && mkdir -p "$OVERLAY/sal"
    sed 's/^#define SAL_TYPES_SIZEOFLONG 8$/#define SAL_TYPES_SIZEOFLONG 4/' \
        "$SAL_INC/sal/typesizes.h" > "$OVERLAY/sal/typesizes.h"
    grep -q '^#define SAL_TYPES_SIZEOFLONG 4$' "$OVERLAY/sal/typesizes.h" \
        || { echo "mingw-deps: SAL_TYPES_SIZEOFLONG not found in sal/typesizes.h" >&2; exit 1; }
    # The "#if defined(_MSC_VER)" opening the block of SAL_DLLPUBLIC_EXPORT & co.
    sed '/^#if defined(_MSC_VER)$/{N;s/^#if defined(_MSC_VER)\n\(# *define SAL_DLLPUBLIC_EXPORT\)/#if defined(_MSC_VER) || defined(__MINGW32__)\n\1/;}' \
        "$SAL_INC/sal/types.h" > "$OVERLAY/sal/types.h"
    [ "$(grep -c '^#if defined(_MSC_VER) || defined(__MINGW32__)$' "$OVERLAY/sal/types.h")" = 1 ] \
        || { echo "mingw-deps: the DLL export block was not found in sal/types.h" >&2; exit 1; }
    mark_done sdk-overlay
fi

# ---- import libraries for sal3.dll and cppu3.dll ---------------------------------------------

# The C functions the Linux libraries export (C++ symbols, _Z..., are of no use to C).
if ! done_already import-libs; then
    log "import libraries for sal3.dll and cppu3.dll in $M/lib"
    mkdir -p "$M/lib"
    for pair in sal:sal3 cppu:cppu3; do
        linux=${pair%%:*} win=${pair#*:}
        {
            echo "LIBRARY $win.dll"
            echo "EXPORTS"
            nm -D --defined-only --without-symbol-versions "$OFFICE/libuno_$linux.so.3" \
                | awk '$2 == "T" && $3 !~ /^_Z/ { print "    " $3 }' | sort -u
        } > "$M/lib/$win.def"
        [ "$(grep -c '^    ' "$M/lib/$win.def")" -gt 50 ] \
            || { echo "mingw-deps: too few symbols in $M/lib/$win.def" >&2; exit 1; }
        $HOST-dlltool -d "$M/lib/$win.def" -D "$win.dll" -l "$M/lib/lib$win.a"
        # The Linux library names too, so "-luno_cppu -luno_sal" links on both platforms.
        ln -sf "lib$win.a" "$M/lib/libuno_$linux.a"
    done
    mark_done import-libs
fi

# ---- check: the UNO C types have the same layout as on Linux ---------------------------------

WINE=${WINE:-wine}
export LC_ALL=C.UTF-8 WINEPREFIX="${WINEPREFIX:-$B/wine}" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# A first run creates the prefix, which takes a while; its chatter goes to a log.
wine_prefix() {
    [ -e "$WINEPREFIX/system.reg" ] && return 0
    log "creating the wine prefix $WINEPREFIX"
    quiet "$M/wineboot.log" "$WINE" wineboot -i
}
SRC=$HERE/uno_abi_check.c
if ! done_already uno-abi || [ -n "$(find "$SRC" -newer "$STAMPS/uno-abi")" ]; then
    log "checking the UNO C types' layout on Windows x64 against Linux (under wine)"
    mkdir -p "$M/check"
    gcc -std=c11 -Wall -Wextra -Werror -DLINUX -DUNX -I"$SAL_INC" "$SRC" -o "$M/check/uno-abi"
    $HOST-gcc -std=c11 -Wall -Wextra -Werror -I"$OVERLAY" -I"$SAL_INC" "$SRC" \
        -o "$M/check/uno-abi.exe"
    "$M/check/uno-abi" > "$M/check/uno-abi-linux.txt"
    wine_prefix
    "$WINE" "$M/check/uno-abi.exe" | tr -d '\r' > "$M/check/uno-abi-windows.txt"
    if ! diff -u "$M/check/uno-abi-linux.txt" "$M/check/uno-abi-windows.txt"; then
        echo "mingw-deps: the UNO C types differ between Linux and Windows x64" >&2
        exit 1
    fi
    log "UNO C types: $(wc -l < "$M/check/uno-abi-linux.txt") sizes and offsets identical"
    mark_done uno-abi
fi
