#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb, end to end, on a machine that does not have Mieruka installed (CI, as root):
#   build it with cpack from BUILD_DIR, look inside, install it with apt (so its Depends resolve),
#   run the CLI, import the installed sample, check the helper's capability and group, capture
#   live WITHOUT root in a network namespace, then purge and check that nothing is left.
# Usage: installer/deb/check_deb.sh BUILD_DIR
# BUILD_DIR is any configured and built tree (tests on or off: tests have no install rules).
# Whatever happens, the package, the namespace and the work folder are removed on exit.
set -euo pipefail
source "$(dirname "$0")/netns_capture.sh"

readonly PACKAGE=mieruka
readonly HELPER=/usr/libexec/mieruka/mieruka-capture
readonly GROUP=mieruka-capture
readonly SAMPLE=/usr/share/mieruka/samples/plant-mixed.pcap
readonly NOBODY=65534
readonly NETNS="mieruka-deb-$$"

started=$(date +%s)
fail() { echo "check_deb: FAIL: $*" >&2; exit 1; }
step() { echo "check_deb: $*"; }

[[ $# -eq 1 ]] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build_dir=$(cd "$1" && pwd) || fail "no build directory $1"
[[ -f "$build_dir/CPackConfig.cmake" ]] || fail "$build_dir has no CPackConfig.cmake (configure it first)"
[[ $(id -u) -eq 0 ]] || fail "run as root: it installs and purges the package and creates a network namespace"
for tool in cpack dpkg-deb apt-get ip setpriv tcpreplay getcap python3 desktop-file-validate appstreamcli man; do
  command -v "$tool" >/dev/null || fail "$tool is missing (installer/install-deps.sh --tests)"
done
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -Eq ' (installed|config-files)$'; then
  fail "$PACKAGE is already installed here: this check needs a machine without it (apt-get purge $PACKAGE)"
fi
getent group "$GROUP" >/dev/null && fail "group $GROUP already exists before installing"

work=$(mktemp -d /tmp/mieruka-deb-check.XXXXXX)
installed_by_us=0
cleanup() {
  local status=$?
  ip netns del "$NETNS" 2>/dev/null || true
  if ((installed_by_us)); then
    # A failed run must not leave a capturing binary on the machine.
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$PACKAGE" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

# --- 1. Build the package -------------------------------------------------------------------
step "cpack -G DEB in $build_dir"
rm -f "$build_dir"/mieruka_*.deb
(cd "$build_dir" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$build_dir"/mieruka_*.deb)
[[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "cpack made no single mieruka_*.deb"
deb=${debs[0]}
size=$(stat -c %s "$deb")

# --- 2. Look inside --------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == "$PACKAGE" ]] || fail "Package is $(field Package)"
[[ $(field Section) == net ]] || fail "Section is $(field Section), not net"
depends=$(field Depends)
for needed in libcap2-bin passwd fonts-noto-cjk libqt6core6 libpcap0.8 libsqlite3-0 libgvc6; do
  grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
has_gui=0
grep -qx /usr/bin/mieruka "$work/contents" && has_gui=1
expected=(/usr/bin/mieruka-cli "$HELPER" /usr/share/man/man1/mieruka-cli.1.gz
          /usr/share/man/man8/mieruka-capture.8.gz /usr/share/doc/mieruka/copyright
          /usr/share/doc/mieruka/README.Debian "$SAMPLE" /usr/share/mieruka/README
          /usr/share/mieruka/os/eol.tsv /usr/share/mieruka/rules/mieruka-ot.rules
          /usr/share/mieruka/detect/ot_command_rules.tsv /usr/share/mieruka/vendors/cip_vendor_ids.tsv)
if ((has_gui)); then
  expected+=(/usr/share/man/man1/mieruka.1.gz /usr/share/applications/org.mieruka.Mieruka.desktop
             /usr/share/metainfo/org.mieruka.Mieruka.metainfo.xml
             /usr/share/icons/hicolor/scalable/apps/org.mieruka.Mieruka.svg)
fi
for path in "${expected[@]}"; do
  grep -qx "$path" "$work/contents" || fail "the package lacks $path"
done
# Nothing of the test build, nothing outside /usr, the helper not in PATH.
grep -E '/tst_|/bench|/fuzz|^/usr/local|^/(etc|var|opt)/' "$work/contents" && fail "unexpected files in the package (above)"
grep -qx /usr/bin/mieruka-capture "$work/contents" && fail "the helper is installed in PATH"

mkdir "$work/control" "$work/root"
dpkg-deb -e "$deb" "$work/control"
for script in postinst prerm postrm; do
  [[ -x "$work/control/$script" ]] || fail "no executable $script in the package"
  sh -n "$work/control/$script" || fail "$script has a syntax error"
done
dpkg-deb -x "$deb" "$work/root"
if ((has_gui)); then
  desktop-file-validate "$work/root/usr/share/applications/org.mieruka.Mieruka.desktop" \
    || fail "desktop-file-validate"
  appstreamcli validate --no-net --no-color "$work/root/usr/share/metainfo/org.mieruka.Mieruka.metainfo.xml" \
    >"$work/appstream.log" 2>&1 || { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
fi
for page in "$work"/root/usr/share/man/man*/*.gz; do
  # man's own warnings (groff -ww) go to stderr; a clean page prints none.
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
  [[ -z "$warnings" ]] || fail "man page $(basename "$page"): $warnings"
done
step "package $(basename "$deb"): $size bytes, $(wc -l <"$work/contents") entries; control, desktop entry, metainfo and man pages valid"

# --- 3. Install with apt, so the declared dependencies are resolved -------------------------
step "apt-get install $(basename "$deb")"
installed_by_us=1
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
  # A fresh machine may have no package lists yet.
  apt-get update -qq >>"$work/apt.log" 2>&1 || true
  apt-get install -y -qq --no-install-recommends "$deb" >>"$work/apt.log" 2>&1 \
    || { tail -30 "$work/apt.log" >&2; fail "apt-get install"; }
fi
[[ $(dpkg-query -W -f='${Status}' "$PACKAGE") == "install ok installed" ]] || fail "dpkg does not list $PACKAGE as installed"
dpkg -L "$PACKAGE" >"$work/installed-files"

# --- 4. Installed programs -------------------------------------------------------------------
[[ $(command -v mieruka-cli) == /usr/bin/mieruka-cli ]] || fail "mieruka-cli is not /usr/bin/mieruka-cli"
version=$(mieruka-cli --version) || fail "mieruka-cli --version"
step "mieruka-cli --version: $version"
programs=(/usr/bin/mieruka-cli "$HELPER")
((has_gui)) && programs+=(/usr/bin/mieruka)
for program in "${programs[@]}"; do
  missing=$(ldd "$program" | grep 'not found' || true)
  [[ -z "$missing" ]] || fail "$program: unresolved libraries: $missing"
done

# --- 5. The capture right: cap_net_raw only, group-restricted --------------------------------
getent group "$GROUP" >/dev/null || fail "postinst created no group $GROUP"
gid=$(getent group "$GROUP" | cut -d: -f3)
ownership=$(stat -c '%U:%G %a' "$HELPER")
[[ "$ownership" == "root:$GROUP 750" ]] || fail "helper is $ownership, expected root:$GROUP 750"
getcap_line=$(getcap "$HELPER")
grep -Eq 'cap_net_raw[=+]ep$' <<<"$getcap_line" || fail "getcap: '$getcap_line' (expected cap_net_raw=ep)"
grep -q cap_net_admin <<<"$getcap_line" && fail "the helper has CAP_NET_ADMIN: $getcap_line"
step "getcap: $getcap_line; $ownership"

# --- 6. Import the installed sample as an ordinary user -------------------------------------
chmod 0755 "$work"
home="$work/nobody"
mkdir -m 0700 "$home"
chown "$NOBODY:$NOBODY" "$home"
as_nobody() { setpriv --reuid=$NOBODY --regid=$NOBODY --clear-groups env HOME="$home" "$@"; }
packets_in() { # survey -> totals.packets of its JSON export
  as_nobody mieruka-cli analyze --survey "$1" --json - | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["packets"])'
}
as_nobody mieruka-cli analyze "$SAMPLE" --survey "$home/sample.mieruka" -q >"$work/analyze.log" 2>&1 \
  || { cat "$work/analyze.log" >&2; fail "analyze of the installed sample"; }
sample_packets=$(packets_in "$home/sample.mieruka")
((sample_packets > 0)) || fail "the sample survey holds no packets"
step "sample imported as uid $NOBODY: $sample_packets packets"
if ((has_gui)); then
  # Without a display the app imports and writes its exports instead of opening a window.
  as_nobody env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/mieruka --out "$home/gui-out" "$SAMPLE" \
    >"$work/gui.log" 2>&1 || { cat "$work/gui.log" >&2; fail "mieruka (no display) on the sample"; }
  for export in assets.csv analysis.json summary.html; do
    [[ -s "$home/gui-out/$export" ]] || fail "mieruka (no display) wrote no $export"
  done
  step "mieruka (no display) wrote assets.csv, analysis.json, summary.html"
fi

# --- 7. Capture without root in a network namespace -----------------------------------------
make_capture_netns "$NETNS"

# Not in the group: the helper must not even run.
if ip netns exec "$NETNS" setpriv --reuid=$NOBODY --regid=$NOBODY --clear-groups env HOME="$home" \
     mieruka-cli capture --interface vb --duration 1 --survey "$home/denied.mieruka" -q >"$work/denied.log" 2>&1; then
  fail "uid $NOBODY outside $GROUP could capture"
fi
# The refusal must come from the installed helper's mode, not from some other mieruka-capture
# the programs found (a build-tree path compiled into app/live would be one): a helper outside
# the package that ran says so in its "fix: sudo setcap ... PATH" line.
ran=$(grep -o 'setcap cap_net_raw[^ ]* [^ ]*' "$work/denied.log" | awk '{print $3}' | sort -u || true)
if [[ -n "$ran" && "$ran" != "$HELPER" ]]; then
  fail "the installed mieruka-cli ran a capture helper outside the package: $ran (app/live/helper_locator must not fall back to the build tree in an installed program)"
fi
step "outside $GROUP: refused ($(head -c 160 "$work/denied.log" | tr '\n' ' '))"

# In the group (and only that): capture while the sample is replayed into the other veth end.
survey="$home/live.mieruka"
ip netns exec "$NETNS" setpriv --reuid=$NOBODY --regid=$NOBODY --groups="$gid" env HOME="$home" \
  mieruka-cli capture --interface vb --duration 8 --survey "$survey" >"$work/capture.out" 2>"$work/capture.err" &
capture_pid=$!
replay_into_capture "$NETNS" "$capture_pid" "$home/live.captures/*.pcapng" "$SAMPLE" \
  "$work/capture.out" "$work/capture.err" "$work/tcpreplay.log"
ring_file=$(compgen -G "$home/live.captures/*.pcapng" | head -1)
ring_owner=$(stat -c '%u %a' "$ring_file")
[[ "$ring_owner" == "$NOBODY 600" ]] || fail "ring file $ring_file is '$ring_owner', expected '$NOBODY 600'"
live_packets=$(packets_in "$survey")
((live_packets > 0)) || { cat "$work/capture.out" >&2; fail "the live survey holds no packets"; }
capture_summary=$(grep -m1 '^Captured' "$work/capture.out" || true)
step "capture as uid $NOBODY in $GROUP: $live_packets packets in the survey ($capture_summary)"
ip netns del "$NETNS"

# --- 8. Purge: nothing may be left ----------------------------------------------------------
step "apt-get purge $PACKAGE"
apt-get purge -y -qq "$PACKAGE" >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "apt-get purge"; }
installed_by_us=0
dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -Eq ' (installed|config-files)$' && fail "dpkg still knows $PACKAGE"
left=()
while read -r path; do
  # Shared directories (/usr/share/man/man1, …) stay; anything that was ours must be gone.
  [[ -d "$path" && ! "$path" =~ mieruka ]] && continue
  [[ -e "$path" || -L "$path" ]] && left+=("$path")
done <"$work/installed-files"
((${#left[@]} == 0)) || fail "left after purge: ${left[*]}"
getent group "$GROUP" >/dev/null && fail "group $GROUP left after purge"
dpkg-statoverride --list "$HELPER" >/dev/null 2>&1 && fail "dpkg-statoverride entry for $HELPER left after purge"
[[ -e "$HELPER" ]] && fail "$HELPER (and its capability) left after purge"

elapsed=$(( $(date +%s) - started ))
cat <<EOF
check_deb: PASS in ${elapsed}s
  package:  $(basename "$deb"), $size bytes
  Depends:  $depends
  getcap:   $getcap_line ($ownership)
  sample:   $sample_packets packets imported as uid $NOBODY
  capture:  $live_packets packets captured and imported as uid $NOBODY (group $GROUP, no root)
  purge:    no files, no capability, no group, no statoverride left
EOF
