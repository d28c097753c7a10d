#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Live capture benchmark: loss at rising replay rates, through the CLI and through the GUI.

Makes its own network namespace with a veth pair (va -> vb), generates a ~200 MB factory capture
with ../shared/tools/factory_gen.py (or takes --pcap), and for each rate replays it with
`tcpreplay --mbps R` (and --topspeed) into va while (i) `mieruka-cli capture -i vb` and (ii)
bench_live_capture (a MainWindow whose views reload while it captures) capture vb. Prints a
Markdown table and the highest loss-free rate of each. Root only. Usage:
  sudo tests/bench/run_live_capture_bench.py --build build-tests [--rates 100,200,500] [--pcap X.pcap]
"""
import argparse
import glob
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NETNS = f"mieruka-bench-{os.getpid()}"


def ip(*arguments, check=True):
    return subprocess.run(["ip", *arguments], check=check, capture_output=True, text=True)


def in_netns(*command):
    return ["ip", "netns", "exec", NETNS, *command]


def make_netns():
    ip("netns", "add", NETNS)
    # No IPv6: otherwise the kernel sends its own frames (router solicitation, MLD) on the pair.
    subprocess.run(in_netns("sh", "-c", "echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6; "
                                        "echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6"),
                   capture_output=True)
    ip("-n", NETNS, "link", "add", "va", "mtu", "9000", "type", "veth", "peer", "name", "vb", "mtu", "9000")
    for link in ("va", "vb", "lo"):
        ip("-n", NETNS, "link", "set", link, "up")


def remove_netns():
    pids = ip("netns", "pids", NETNS, check=False).stdout.split()
    for pid in pids:  # only ever our own children live in our namespace
        try:
            os.kill(int(pid), signal.SIGKILL)
        except (ProcessLookupError, ValueError):
            pass
    ip("netns", "del", NETNS, check=False)


def count_frames(path):
    """Frames in a little-endian classic pcap file, by walking the record headers."""
    frames = 0
    with open(path, "rb") as file:
        if struct.unpack("<I", file.read(24)[:4])[0] not in (0xA1B2C3D4, 0xA1B23C4D):
            sys.exit(f"{path}: not a little-endian classic pcap file")
        while header := file.read(16):
            file.seek(struct.unpack("<IIII", header)[2], os.SEEK_CUR)
            frames += 1
    return frames


def ring_bytes(survey):
    return sum(os.path.getsize(p) for p in glob.glob(survey[:-len(".mieruka")] + ".captures/*.pcapng"))


def wait_for_ring_file(survey, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if glob.glob(survey[:-len(".mieruka")] + ".captures/*.pcapng"):
            return
        if process.poll() is not None:
            raise RuntimeError(f"capture ended before writing: {process.stderr.read()}")
        time.sleep(0.05)
    raise RuntimeError("no ring file after 60 s")


def wait_until_quiet(survey, quiet=2.0):
    """Until the ring files stop growing: the helper has written all it is going to get."""
    last, since = -1, time.monotonic()
    while time.monotonic() - since < quiet:
        size = ring_bytes(survey)
        if size != last:
            last, since = size, time.monotonic()
        time.sleep(0.2)


def replay(pcap, rate):
    speed = ["--topspeed"] if rate == "topspeed" else ["--mbps", str(rate)]
    out = subprocess.run(in_netns("tcpreplay", "-i", "va", *speed, pcap), check=True, capture_output=True,
                         text=True).stdout
    sent = re.search(r"Successful packets:\s+(\d+)", out)
    rated = re.search(r"([\d.]+) Mbps", out)
    return int(sent.group(1)) if sent else 0, float(rated.group(1)) if rated else 0.0


def run_cli(args, survey, pcap, rate):
    process = subprocess.Popen(in_netns(args.cli, "capture", "-i", "vb", "--survey", survey, "-q"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_ring_file(survey, process)
        sent, achieved = replay(pcap, rate)
        wait_until_quiet(survey)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=900)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    captured = re.search(r"Captured (\d+) packets .*; (\d+) frames imported", out)
    dropped = re.search(r"Dropped: (\d+) by the kernel, (\d+) by the interface", out)
    if process.returncode != 0 or not captured or not dropped:
        raise RuntimeError(f"CLI failed ({process.returncode}): {out} {err}")
    return sent, achieved, int(captured.group(1)), int(captured.group(2)), int(dropped.group(1)), int(dropped.group(2))


def run_gui(args, survey, pcap, rate):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", MIERUKA_CAPTURE_HELPER=args.helper)
    process = subprocess.Popen(in_netns(args.gui, "--interface", "vb", "--survey", survey), stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        wait_for_ring_file(survey, process)
        sent, achieved = replay(pcap, rate)
        wait_until_quiet(survey)
        out, err = process.communicate(input="", timeout=900)  # closing stdin stops the capture
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if process.returncode != 0 or not lines:
        raise RuntimeError(f"GUI bench failed ({process.returncode}): {out} {err}")
    result = json.loads(lines[-1])
    return (sent, achieved, result["captured"], result["imported"], result["kernel_drops"],
            result["interface_drops"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build-tests"), help="CMake build folder")
    parser.add_argument("--pcap", help="capture to replay (default: generate one)")
    parser.add_argument("--target-bytes", type=int, default=200_000_000)
    parser.add_argument("--rates", default="100,200,500,1000,2000", help="Mbit/s, comma-separated")
    parser.add_argument("--no-topspeed", action="store_true")
    parser.add_argument("--modes", default="cli,gui")
    parser.add_argument("--generator", default=os.path.join(ROOT, "..", "shared", "tools", "factory_gen.py"))
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: the benchmark makes a network namespace and captures in it")
    for tool in ("ip", "tcpreplay"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed (installer/install-deps.sh --tests)")
    args.cli = os.path.join(args.build, "app", "cli", "mieruka-cli")
    args.helper = os.path.join(args.build, "capture", "helper", "mieruka-capture")
    args.gui = os.path.join(args.build, "tests", "bench", "bench_live_capture")
    rates = [int(r) for r in args.rates.split(",")] + ([] if args.no_topspeed else ["topspeed"])

    with tempfile.TemporaryDirectory(prefix="mieruka-live-bench-") as folder:
        pcap = args.pcap
        if not pcap:
            pcap = os.path.join(folder, "factory.pcap")
            subprocess.run([sys.executable, args.generator, "--seed", "7", "--hosts", "120", "--duration", "3600",
                            "--subnets", "6", "--target-bytes", str(args.target_bytes), "--out", pcap,
                            "--truth", pcap + ".json"], check=True, stdout=subprocess.DEVNULL)
        frames = count_frames(pcap)
        print(f"replaying {pcap}: {frames:,} frames, {os.path.getsize(pcap):,} bytes", file=sys.stderr)
        rows, best = [], {}
        try:
            make_netns()
            for mode in args.modes.split(","):
                runner = run_cli if mode == "cli" else run_gui
                for rate in rates:
                    survey = os.path.join(folder, f"{mode}-{rate}", "s.mieruka")
                    os.makedirs(os.path.dirname(survey))
                    sent, achieved, captured, imported, kernel, interface = runner(args, survey, pcap, rate)
                    # tcpreplay may fail to send some frames at top speed; loss is what was sent but not kept.
                    clean = captured == sent and imported == sent and kernel == 0 and interface == 0
                    rows.append((mode, rate, achieved, sent, captured, imported, kernel, interface, clean))
                    print(f"{mode} {rate}: {rows[-1][2:]}", file=sys.stderr)
                    if clean:
                        best[mode] = max(best.get(mode, 0), achieved)
                    shutil.rmtree(os.path.dirname(survey))
        finally:
            remove_netns()

    print("| capture by | rate asked | achieved (tcpreplay) | frames sent | captured | imported | kernel drops "
          "| interface drops | loss-free |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for mode, rate, achieved, sent, captured, imported, kernel, interface, clean in rows:
        asked = "topspeed" if rate == "topspeed" else f"{rate} Mbit/s"
        print(f"| {mode} | {asked} | {achieved:.1f} Mbit/s | {sent:,} | {captured:,} | {imported:,} | {kernel:,} "
              f"| {interface:,} | {'yes' if clean else 'no'} |")
    print()
    for mode in args.modes.split(","):
        shown = f"{best[mode]:.1f} Mbit/s (achieved)" if mode in best else "none"
        print(f"Highest loss-free rate, {mode}: {shown}")


if __name__ == "__main__":
    main()
