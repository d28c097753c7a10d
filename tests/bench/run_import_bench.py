#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Import benchmark: throughput and peak RSS of Mieruka's import against a bare libpcap loop.

Generates factory captures with ../shared/tools/factory_gen.py (~100 MiB and ~1 GiB by default),
runs `bench_import bare` (the ceiling) and `bench_import import` on each, best of N runs, and
prints a Markdown table. Usage:
  tests/bench/run_import_bench.py --bench build-tests/tests/bench/bench_import [--sizes 100,1024] [--runs 3]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def generate(generator, size_mib, folder):
    path = os.path.join(folder, f"factory-{size_mib}MiB.pcap")
    if not os.path.exists(path):
        hosts = 250 if size_mib >= 512 else 120
        subprocess.run([sys.executable, generator, "--seed", "7", "--hosts", str(hosts), "--duration", "3600",
                        "--subnets", "6", "--target-bytes", str(size_mib * 1024 * 1024),
                        "--out", path, "--truth", path + ".json"], check=True, stdout=subprocess.DEVNULL)
    return path


def run(bench, mode, path):
    out = subprocess.run([bench, mode, path], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True)
    parser.add_argument("--generator", default=os.path.join(ROOT, "..", "shared", "tools", "factory_gen.py"))
    parser.add_argument("--sizes", default="100,1024", help="capture sizes in MiB")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", default=None, help="where to keep the generated captures")
    args = parser.parse_args()
    folder = args.folder or tempfile.mkdtemp(prefix="mieruka-bench-")
    os.makedirs(folder, exist_ok=True)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        path = generate(args.generator, size, folder)
        file_mb = os.path.getsize(path) / 1e6
        best = {}
        for mode in ("bare", "import"):
            results = [run(args.bench, mode, path) for _ in range(args.runs)]
            best[mode] = min(results, key=lambda r: r["seconds"])
            best[mode]["peak_rss_kib"] = max(r["peak_rss_kib"] for r in results)
        bare, imp = best["bare"], best["import"]
        assert bare["packets"] == imp["packets"], "import and bare loop disagree on the frame count"
        rows.append((size, file_mb, bare, imp))

    print("| capture | frames | bare libpcap loop | Mieruka import | share of bare rate | import peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for size, file_mb, bare, imp in rows:
        bare_pps = bare["packets"] / bare["seconds"]
        imp_pps = imp["packets"] / imp["seconds"]
        print(f"| factory_gen {size} MiB ({file_mb:.0f} MB) | {imp['packets']:,} | "
              f"{bare_pps / 1e6:.2f} Mpkt/s, {file_mb / bare['seconds']:.0f} MB/s | "
              f"{imp_pps / 1e6:.2f} Mpkt/s, {file_mb / imp['seconds']:.0f} MB/s ({imp['seconds']:.2f} s) | "
              f"{100 * imp_pps / bare_pps:.0f} % | {imp['peak_rss_kib'] / 1024:.0f} MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
