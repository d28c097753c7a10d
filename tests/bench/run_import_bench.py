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


def run(bench, mode, path, rules=None):
    command = [bench, mode, path] + ([rules] if rules else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True)
    parser.add_argument("--generator", default=os.path.join(ROOT, "..", "shared", "tools", "factory_gen.py"))
    parser.add_argument("--sizes", default="100,1024", help="capture sizes in MiB")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", default=None, help="where to keep the generated captures")
    parser.add_argument("--content-rules", type=int, default=1000,
                        help="generated content rules for the signature run (0: skip it)")
    args = parser.parse_args()
    folder = args.folder or tempfile.mkdtemp(prefix="mieruka-bench-")
    os.makedirs(folder, exist_ok=True)
    rules = None
    if args.content_rules:
        rules = os.path.join(folder, f"content-{args.content_rules}.rules")
        subprocess.run([sys.executable, os.path.join(HERE, "make_content_rules.py"), "--count", str(args.content_rules),
                        "--seed", "1", "--out", rules], check=True)
    modes = [("bare", "bare", None), ("lean", "lean", None), ("import", "import", None)]
    if rules:
        modes.append(("rules", "import", rules))
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        path = generate(args.generator, size, folder)
        file_mb = os.path.getsize(path) / 1e6
        results = {name: [] for name, _, _ in modes}
        for _ in range(args.runs):  # interleaved, so a slow spell of the machine hits every mode alike
            for name, mode, extra in modes:
                results[name].append(run(args.bench, mode, path, extra))
        best = {}
        for name, runs in results.items():
            best[name] = dict(min(runs, key=lambda r: r["seconds"]))
            best[name]["peak_rss_kib"] = max(r["peak_rss_kib"] for r in runs)
        assert len({r["packets"] for r in best.values()}) == 1, "the modes disagree on the frame count"
        rows.append((size, file_mb, best))

    print("| capture | frames | bare libpcap loop | Mieruka import | share of bare rate | import peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for size, file_mb, best in rows:
        bare, imp = best["bare"], best["import"]
        bare_pps = bare["packets"] / bare["seconds"]
        imp_pps = imp["packets"] / imp["seconds"]
        print(f"| factory_gen {size} MiB ({file_mb:.0f} MB) | {imp['packets']:,} | "
              f"{bare_pps / 1e6:.2f} Mpkt/s, {file_mb / bare['seconds']:.0f} MB/s | "
              f"{imp_pps / 1e6:.2f} Mpkt/s, {file_mb / imp['seconds']:.0f} MB/s ({imp['seconds']:.2f} s) | "
              f"{100 * imp_pps / bare_pps:.0f} % | {imp['peak_rss_kib'] / 1024:.0f} MiB |")

    print()
    print("| capture | lean import (no operations, no detections) | import (operations, detections, bundled rules) "
          "| + %d content rules | cost of the rules |" % args.content_rules)
    print("|---|---:|---:|---:|---:|")
    for size, file_mb, best in rows:
        lean, imp = best["lean"], best["import"]
        line = f"| factory_gen {size} MiB | {lean['seconds']:.2f} s | {imp['seconds']:.2f} s " \
               f"(+{100 * (imp['seconds'] / lean['seconds'] - 1):.0f} %) | "
        if "rules" in best:
            with_rules = best["rules"]
            line += f"{with_rules['seconds']:.2f} s | +{100 * (with_rules['seconds'] / imp['seconds'] - 1):.0f} % |"
        else:
            line += "– | – |"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
