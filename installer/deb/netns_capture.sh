# SPDX-License-Identifier: GPL-3.0-or-later
# The live-capture part shared by check_deb.sh and check_fresh_debian.sh (sourced; they define
# fail). The capture runs inside a network namespace on one end of a veth pair while tcpreplay
# sends the sample into the other end.

# make_capture_netns NETNS: lo and the veth pair va <-> vb up; IPv6 off, so no router
# solicitations or DAD frames mix into what is captured.
make_capture_netns() {
  local netns="$1"
  ip netns add "$netns" || fail "ip netns add (needs a kernel and container that allow namespaces)"
  ip netns exec "$netns" sh -c 'echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6; echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6' || true
  ip -n "$netns" link set lo up
  ip -n "$netns" link add va mtu 9000 type veth peer name vb mtu 9000
  ip -n "$netns" link set va up
  ip -n "$netns" link set vb up
}

# replay_into_capture NETNS CAPTURE_PID RING_GLOB SAMPLE OUT ERR LOG: waits for the capture's first
# ring file (the helper is capturing), replays SAMPLE into va, then waits for the capture (started
# in the background by the caller, writing OUT and ERR) to end by its own duration, successfully.
replay_into_capture() {
  local netns="$1" capture_pid="$2" ring_glob="$3" sample="$4" out="$5" err="$6" log="$7" status=0
  for _ in $(seq 1 100); do
    compgen -G "$ring_glob" >/dev/null && break
    kill -0 "$capture_pid" 2>/dev/null || break
    sleep 0.1
  done
  compgen -G "$ring_glob" >/dev/null || { cat "$err" >&2; fail "the unprivileged capture did not start"; }
  ip netns exec "$netns" tcpreplay -q -i va --mbps 20 "$sample" >"$log" 2>&1 || { cat "$log" >&2; fail "tcpreplay"; }
  wait "$capture_pid" || status=$?
  ((status == 0)) || { cat "$out" "$err" >&2; fail "mieruka-cli capture exited $status"; }
}
