#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Mieruka needs that are not installed yet.
# Usage: installer/install-deps.sh [--tests]   (--tests adds what the test suite and CI use)
set -euo pipefail

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
          libpcap-dev libgraphviz-dev libsqlite3-dev libqcustomplot-dev zlib1g-dev libpcre2-dev ieee-data
          fonts-noto-cjk)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(tshark python3 python3-jsonschema sqlite3 poppler-utils)
  # The live capture tests replay traffic into veth pairs inside a network namespace and run
  # the helper with only a file capability (tcpreplay, ip, setpriv, setcap).
  packages+=(tcpreplay iproute2 util-linux libcap2-bin)
  # Fuzzing (libFuzzer from clang) and the .deb check (dpkg-shlibdeps, AppStream and desktop
  # entry validators, lintian-free man page check with groff's man).
  packages+=(clang libclang-rt-14-dev dpkg-dev appstream desktop-file-utils man-db)
  # The .deb on a fresh minimal Debian 12 (installer/deb/check_fresh_debian.sh).
  packages+=(debootstrap)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "install-deps: missing packages: ${missing[*]}; run as root" >&2; exit 1; fi
else
  SUDO=
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
# tshark asks whether non-root users may capture; the default (no) is right for a build machine.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
