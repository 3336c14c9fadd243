#!/bin/sh
# Installs the Debian 12 packages AssoBudget needs to build, test and demo, and to cross-build
# for Windows (MinGW, wine to run the tests, dpkg-dev for packaging/mingw-deps.sh), and debootstrap
# for `make check-current`; poppler-utils (pdftotext, pdftoppm) for the checks of the CERFA PDF.
# Idempotent: does nothing when everything is already there.
set -eu

PACKAGES="
  build-essential pkg-config zip unzip
  libxml2-dev libxml2-utils libcppunit-dev
  clang libclang-rt-14-dev
  libreoffice-calc libreoffice-dev python3-uno
  libreoffice-l10n-fr fonts-dejavu-core locales
  gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 binutils-mingw-w64-x86-64 wine64 wine dpkg-dev
  debootstrap
  poppler-utils
"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  echo "install-deps: installing:$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # dpkg's thousand lines go to a log, shown only if the installation fails.
  log=$(mktemp)
  # shellcheck disable=SC2086
  if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends $missing; } > "$log" 2>&1; then
    tail -40 "$log"
    rm -f "$log"
    echo "install-deps: apt-get failed" >&2
    exit 1
  fi
  rm -f "$log"
  echo "install-deps: done"
fi

# The French-UI test needs a fr_FR.UTF-8 locale; the path test a French locale that is not UTF-8.
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf8$' || ! locale -a 2>/dev/null | grep -qi '^fr_FR\.iso88591$'; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO sed -i 's/^# *fr_FR.UTF-8 UTF-8/fr_FR.UTF-8 UTF-8/; s/^# *fr_FR ISO-8859-1/fr_FR ISO-8859-1/' /etc/locale.gen
  $SUDO locale-gen >/dev/null
fi
