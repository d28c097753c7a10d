#!/usr/bin/env python3
"""Period diff accuracy of mieruka-cli (issue 7): the "done when" judge for `mieruka-cli diff`.

For each plant below, ../shared/tools/factory_gen.py writes the same plant twice with the same
seed: once with --no-anomalies (period A) and once with its scheduled anomalies (period B).
Both are imported (two surveys, and one survey with two imports) and compared:

  diff A.mieruka B.mieruka --json        and    diff AB.mieruka --period import-1 --period import-2
  must give the same devices, communications and alerts, and the JSON must validate against
  docs/diff-schema.json (when the jsonschema module is available).

The diff must hold exactly what the truth's anomalies explain, nothing else:
  devices added          exactly the new_device anomalies' devices (by MAC)
  devices removed        none (a device that goes silent was still seen in B)
  devices changed        only the new_pair anomalies' client and server, only in client_ports /
                         server_ports (the new link's port)
  communications added   every new_pair anomaly's link (client IP -> server IP, port) and links of
                         added devices; nothing else
  communications removed none
  communications changed only links of a broadcast_storm source or of a volume_spike pair
  alerts new             each involves an anomaly's host; every anomaly is covered by at least one
                         item of the diff
The last line is `N passed, M failed`; exit status 1 when M > 0.  Python 3 standard library
(plus jsonschema when installed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FACTORY_GEN = ROOT.parent / "shared" / "tools" / "factory_gen.py"
PLANTS = [
    ("plant-41", ["--seed", "41", "--hosts", "40", "--duration", "3600", "--subnets", "2"]),
    ("plant-44", ["--seed", "44", "--hosts", "60", "--duration", "3600", "--subnets", "3"]),
]


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 1):  # 1: the CLI reported a problem but wrote its output
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")


def anomaly_hosts(anomaly: dict) -> set[str]:
    hosts = set()
    for side in ("src", "dst"):
        end = anomaly.get(side) or {}
        hosts.update(v for k, v in end.items() if k in ("ip", "mac") and v)
    return hosts


def judge(diff: dict, truth: dict) -> tuple[int, list[str]]:
    passed, failures = 0, []

    def check(ok: bool, what: str) -> None:
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(what)

    anomalies = truth["anomalies"]
    new_devices = {a["src"]["mac"] for a in anomalies if a["type"] == "new_device"}
    new_pairs = [a for a in anomalies if a["type"] == "new_pair"]
    storm_macs = {a["src"]["mac"] for a in anomalies if a["type"] == "broadcast_storm"}
    spikes = [a for a in anomalies if a["type"] == "volume_spike"]
    added_macs = {d["mac"] for d in diff["devices"]["added"]}
    added_ips = {ip for d in diff["devices"]["added"] for ip in d["ips"]}

    check(added_macs == new_devices, f"devices added {sorted(added_macs)} != new_device anomalies {sorted(new_devices)}")
    check(not diff["devices"]["removed"], f"devices removed: {diff['devices']['removed']}")
    pair_hosts = {a[s]["mac"] for a in new_pairs for s in ("src", "dst")}
    for device in diff["devices"]["changed"]:
        attributes = {c["attribute"] for c in device["changes"]}
        check(device["mac"] in pair_hosts and attributes <= {"client_ports", "server_ports"},
              f"unexplained device change {device['mac']} {device['changes']}")
    links = {(c["client"]["address"], c["server"]["address"], c["port"]) for c in diff["communications"]["added"]}
    for pair in new_pairs:
        key = (pair["src"]["ip"], pair["dst"]["ip"], int(pair["details"]["port"]))
        check(key in links, f"new_pair link {key} missing from communications added")
    explained = {(p["src"]["ip"], p["dst"]["ip"], int(p["details"]["port"])) for p in new_pairs}
    for c in diff["communications"]["added"]:
        ends = {c["client"]["address"], c["server"]["address"], c["client"]["mac"], c["server"]["mac"]}
        key = (c["client"]["address"], c["server"]["address"], c["port"])
        check(key in explained or bool(ends & (added_ips | added_macs)), f"unexplained new link {key} {c['protocol']}")
    check(not diff["communications"]["removed"], f"communications removed: {diff['communications']['removed']}")
    spike_pairs = [{s["src"]["ip"], s["dst"]["ip"]} for s in spikes]
    for c in diff["communications"]["changed"]:
        ends = {c["client"]["address"], c["server"]["address"], c["client"]["mac"], c["server"]["mac"]}
        check(bool(ends & storm_macs) or any(pair <= ends for pair in spike_pairs),
              f"unexplained volume change {c['client']['address']} -> {c['server']['address']} x{c['factor']:.2f}")
    every_host = set().union(*(anomaly_hosts(a) for a in anomalies)) if anomalies else set()
    for alert in diff["alerts"]["new"]:
        check(bool({alert["src"], alert["dst"]} & every_host), f"unexplained new alert {alert}")
    for anomaly in anomalies:
        hosts = anomaly_hosts(anomaly)
        covered = any({a["src"], a["dst"]} & hosts for a in diff["alerts"]["new"]) or any(
            d["mac"] in hosts for d in diff["devices"]["added"])
        check(covered, f"anomaly {anomaly['type']} at {anomaly['time']} not covered by the diff")
    return passed, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="path of mieruka-cli")
    parser.add_argument("--work", required=True, help="folder for captures and surveys (cached)")
    parser.add_argument("--require-schema", action="store_true", help="fail when jsonschema is not installed")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        import jsonschema  # noqa: PLC0415 - optional
        schema = json.loads((ROOT / "docs" / "diff-schema.json").read_text())
    except ImportError:
        # Debian's python3-jsonschema serves the system interpreter; another python3 may lack it.
        system = "/usr/bin/python3"
        if Path(system).exists() and Path(sys.executable).resolve() != Path(system).resolve():
            os.execv(system, [system, *sys.argv])
        if args.require_schema:
            sys.exit("the jsonschema module is needed (Debian package python3-jsonschema)")
        jsonschema, schema = None, None
        print("note: python jsonschema module not installed, schema validation skipped")
    passed, failed = 0, 0
    for name, options in PLANTS:
        folder = work / name
        folder.mkdir(exist_ok=True)
        for side, extra in (("a", ["--no-anomalies"]), ("b", [])):
            pcap = folder / f"{side}.pcap"
            if not pcap.exists():
                run([sys.executable, str(FACTORY_GEN), *options, *extra, "--out", str(pcap), "--truth", str(folder / f"{side}.json")])
        for survey in folder.glob("*.mieruka*"):
            survey.unlink()
        run([args.cli, "analyze", str(folder / "a.pcap"), "--survey", str(folder / "a.mieruka"), "-q"])
        run([args.cli, "analyze", str(folder / "b.pcap"), "--survey", str(folder / "b.mieruka"), "-q"])
        run([args.cli, "analyze", str(folder / "a.pcap"), "--survey", str(folder / "ab.mieruka"), "-q"])
        run([args.cli, "analyze", str(folder / "b.pcap"), "--survey", str(folder / "ab.mieruka"), "-q"])
        run([args.cli, "diff", str(folder / "a.mieruka"), str(folder / "b.mieruka"), "--json", str(folder / "diff.json"),
             "--csv", str(folder / "diff.csv")])
        run([args.cli, "diff", str(folder / "ab.mieruka"), "--period", "import-1", "--period", "import-2", "--json",
             str(folder / "diff-periods.json")])
        diff = json.loads((folder / "diff.json").read_text())
        periods = json.loads((folder / "diff-periods.json").read_text())
        truth = json.loads((folder / "b.json").read_text())
        good, failures = judge(diff, truth)
        same = all(diff[k] == periods[k] for k in ("devices", "communications", "alerts"))
        good += same
        if not same:
            failures.append("two surveys and two periods of one survey give different diffs")
        if jsonschema:
            for document in (diff, periods):
                try:
                    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
                    good += 1
                except jsonschema.ValidationError as error:
                    failures.append(f"schema: {error.message} at {list(error.absolute_path)}")
        counts = {k: {kind: len(v) for kind, v in diff[k].items()} for k in ("devices", "communications", "alerts")}
        print(f"{name}: {good} passed, {len(failures)} failed; {counts}")
        for failure in failures:
            print(f"  FAIL {failure}")
        passed += good
        failed += len(failures)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
