#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb on a FRESH Debian 12: a minimal bookworm made with debootstrap (nothing but the
# essential packages, no Qt, no libpcap, no Graphviz), where apt must find every dependency the
# package declares; then, in that system, the CLI and the app run, the installed sample imports
# as an ordinary user, and that user, in the mieruka-capture group and without root, captures.
# check_deb.sh covers the rest (contents, validators, refusal outside the group, purge) on the
# build machine, whose libraries are already there and so cannot show a missing Depends.
# Usage (root, network to a Debian mirror): installer/deb/check_fresh_debian.sh DEB
# Environment: MIERUKA_DEBIAN_MIRROR (default http://deb.debian.org/debian),
#   MIERUKA_FRESH_ROOT (reuse a debootstrap'd bookworm copied from there, to save the download).
set -euo pipefail
source "$(dirname "$0")/netns_capture.sh"

readonly GROUP=mieruka-capture
readonly SAMPLE=/usr/share/mieruka/samples/plant-mixed.pcap
readonly NOBODY=65534
readonly NETNS="mieruka-fresh-$$"
readonly MIRROR="${MIERUKA_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

started=$(date +%s)
fail() { echo "check_fresh_debian: FAIL: $*" >&2; exit 1; }
step() { echo "check_fresh_debian: $*"; }

[[ $# -eq 1 && -f "$1" ]] || { echo "usage: $0 DEB" >&2; exit 2; }
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[[ $(id -u) -eq 0 ]] || fail "run as root: it builds a chroot, mounts into it and creates a network namespace"
for tool in debootstrap chroot ip tcpreplay python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing (installer/install-deps.sh --tests)"
done

root=$(mktemp -d /tmp/mieruka-fresh.XXXXXX)
chmod 0755 "$root" # it becomes /, which every user must be able to enter
mounted=()
cleanup() {
  local status=$? mount
  ip netns del "$NETNS" 2>/dev/null || true
  for mount in "${mounted[@]}"; do umount -l "$mount" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
  exit "$status"
}
trap cleanup EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# --- 1. A fresh bookworm ----------------------------------------------------------------------
if [[ -n "${MIERUKA_FRESH_ROOT:-}" ]]; then
  step "copying the bookworm in $MIERUKA_FRESH_ROOT"
  cp -a "$MIERUKA_FRESH_ROOT"/. "$root"/
else
  step "debootstrap --variant=minbase bookworm from $MIRROR"
  debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log" >&2; rm -f "$root.debootstrap.log"; fail "debootstrap"; }
  rm -f "$root.debootstrap.log"
fi
[[ -x "$root/usr/bin/apt-get" ]] || fail "$root is no Debian system"
in_root dpkg-query -W libqt6core6 >/dev/null 2>&1 && fail "the fresh system already has Qt: not fresh"
# What a Debian 12 installation's sources hold: the release, its updates and security.
security=${MIRROR%/debian}/debian-security
cat >"$root/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb $security bookworm-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount_in() { # mount_in TARGET MOUNT-ARGS...: unmounted in reverse order on exit
  local target="$root$1"
  shift
  mount "$@" "$target" || fail "mount $* $target"
  mounted=("$target" "${mounted[@]}")
}
mount_in /proc -t proc proc
mount_in /dev --bind /dev
mount_in /sys -t sysfs sysfs
base_packages=$(in_root dpkg-query -W -f='.\n' | wc -l)

# --- 2. Install: apt resolves what the package declares ---------------------------------------
cp "$deb" "$root/tmp/"
step "apt-get install $(basename "$deb") into a system of $base_packages packages"
in_root apt-get update -qq >"$root/tmp/apt.log" 2>&1 || { tail -20 "$root/tmp/apt.log" >&2; fail "apt-get update"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" \
  >>"$root/tmp/apt.log" 2>&1 || { tail -30 "$root/tmp/apt.log" >&2; fail "apt-get install on the fresh system"; }
packages=$(in_root dpkg-query -W -f='.\n' | wc -l)
step "installed with $((packages - base_packages - 1)) dependencies pulled by apt"

# --- 3. Programs run ------------------------------------------------------------------------
for program in /usr/bin/mieruka /usr/bin/mieruka-cli /usr/libexec/mieruka/mieruka-capture; do
  [[ -x "$root$program" ]] || fail "$program is not installed"
  missing=$(in_root ldd "$program" | grep 'not found' || true)
  [[ -z "$missing" ]] || fail "$program: libraries no declared dependency brought: $missing"
done
version=$(in_root mieruka-cli --version) || fail "mieruka-cli --version"
step "mieruka-cli --version: $version"
getcap_line=$(in_root getcap /usr/libexec/mieruka/mieruka-capture)
grep -Eq 'cap_net_raw[=+]ep$' <<<"$getcap_line" || fail "getcap: '$getcap_line'"
gid=$(in_root getent group "$GROUP" | cut -d: -f3)
[[ -n "$gid" ]] || fail "postinst created no group $GROUP"
step "getcap: $getcap_line; group $GROUP is $gid"

home=/tmp/nobody
mkdir -m 0700 "$root$home"
chown "$NOBODY:$NOBODY" "$root$home"
as_nobody() { in_root setpriv --reuid=$NOBODY --regid=$NOBODY --clear-groups env HOME="$home" "$@"; }
packets_in() {
  as_nobody mieruka-cli analyze --survey "$1" --json - | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["packets"])'
}
as_nobody mieruka-cli analyze "$SAMPLE" --survey "$home/sample.mieruka" -q >"$root/tmp/analyze.log" 2>&1 \
  || { cat "$root/tmp/analyze.log" >&2; fail "analyze of the installed sample"; }
sample_packets=$(packets_in "$home/sample.mieruka")
((sample_packets > 0)) || fail "the sample survey holds no packets"
as_nobody mieruka --out "$home/gui-out" "$SAMPLE" >"$root/tmp/gui.log" 2>&1 \
  || { cat "$root/tmp/gui.log" >&2; fail "mieruka (no display) on the sample"; }
[[ -s "$root$home/gui-out/assets.csv" ]] || fail "mieruka (no display) wrote no assets.csv"
step "as uid $NOBODY: sample imported ($sample_packets packets), the app wrote its exports"

# --- 4. Capture without root ------------------------------------------------------------------
make_capture_netns "$NETNS"
survey="$home/live.mieruka"
ip netns exec "$NETNS" chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" \
  setpriv --reuid=$NOBODY --regid=$NOBODY --groups="$gid" \
  mieruka-cli capture --interface vb --duration 8 --survey "$survey" >"$root/tmp/capture.out" 2>"$root/tmp/capture.err" &
capture_pid=$!
replay_into_capture "$NETNS" "$capture_pid" "$root$home/live.captures/*.pcapng" "$root$SAMPLE" \
  "$root/tmp/capture.out" "$root/tmp/capture.err" "$root/tmp/tcpreplay.log"
live_packets=$(packets_in "$survey")
((live_packets > 0)) || { cat "$root/tmp/capture.out" >&2; fail "the live survey holds no packets"; }
step "capture as uid $NOBODY in $GROUP, no root: $live_packets packets in the survey"

elapsed=$(( $(date +%s) - started ))
cat <<EOF
check_fresh_debian: PASS in ${elapsed}s
  system:   debootstrap minbase bookworm, $base_packages packages; apt added $((packages - base_packages - 1)) for $(basename "$deb")
  programs: mieruka-cli --version = $version; the app ran without a display
  getcap:   $getcap_line
  sample:   $sample_packets packets imported as uid $NOBODY
  capture:  $live_packets packets captured and imported as uid $NOBODY (group $GROUP, no root)
EOF
