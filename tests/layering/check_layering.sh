#!/usr/bin/env sh
# SPDX-License-Identifier: GPL-3.0-or-later
# ARCHITECTURE.md: the engine below app/ links no Qt and only ingest/capture know libpcap.
# Fails (exit 1) naming every include that breaks a layer rule.
set -u
root="$1"
status=0
report() { echo "layering: $1"; status=1; }
qt=$(grep -rnE '#include <Q' "$root/core" "$root/capture" 2>/dev/null)
[ -z "$qt" ] || report "Qt included below app/:
$qt"
pcap=$(grep -rnE '#include <pcap' "$root/core" 2>/dev/null)
[ -z "$pcap" ] || report "libpcap included in core/:
$pcap"
upward=$(grep -rnE '#include "(app|capture)/' "$root/core" 2>/dev/null)
[ -z "$upward" ] || report "core/ includes an upper layer:
$upward"
sqlite=$(grep -rnlE '#include <sqlite3.h>' "$root/core" 2>/dev/null | grep -v '/core/store/')
[ -z "$sqlite" ] || report "SQLite used outside core/store: $sqlite"
# The helper holds capture rights, so it stays small: libpcap and std only (capture/protocol too,
# which the app includes from the other side).
for dir in capture/protocol capture/helper; do
  [ -d "$root/$dir" ] || continue
  helper=$(grep -rnE '#include ("(core|app)/|<Q)' "$root/$dir" 2>/dev/null)
  [ -z "$helper" ] || report "$dir may use only std (and libpcap in capture/helper):
$helper"
done
pcapProtocol=$(grep -rnE '#include <pcap' "$root/capture/protocol" 2>/dev/null)
[ -z "$pcapProtocol" ] || report "capture/protocol must stay std only (the app links it):
$pcapProtocol"
[ $status -eq 0 ] && echo "layering: ok"
exit $status
