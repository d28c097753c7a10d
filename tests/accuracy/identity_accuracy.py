#!/usr/bin/env python3
"""Identity accuracy of mieruka-cli (issue 3, item 6).

Part 1 - synthetic plant captures with ground truth.
  Generates captures with ../shared/tools/factory_gen.py (several seeds and sizes, cached in
  --work), runs `mieruka-cli analyze X.pcap --json OUT.json -q`, matches every truth device to a
  Mieruka host (by IP, and by MAC when the host has one) and computes per capture and overall:

    device recall      truth devices that have a Mieruka host
    vendor             host vendor == truth vendor (IEEE name; case-insensitive, trailing
                       punctuation ignored: "Inc." == "Inc")                       target >= 99 %
    OS family          over found hosts WITH OS evidence (os.family != "unknown")    target >= 95 %
    EOL recall         truth eol devices whose host has os.eol == true            target 100 %
    role               truth "server" must be refined to windows_server, linux_server,
                       historian or scada_server; other roles compare exactly     target >= 90 %
    hostname           short name (before the first dot), case-insensitive; reported over all
                       truth hostnames and over hosts with any hostname evidence
                       (the target applies to the latter)                         target >= 98 %

  Denominators: vendor, OS family and role count found devices; EOL recall and "hostname (all)"
  count every truth device (a device without a host is a miss).  A target whose denominator is
  zero counts as missed (nothing was measured).  The last line is `N passed, M failed` over
  every capture x target; the exit status is 1 when M > 0 unless --report-only is given.

Part 2 - real captures (--captures, default ../shared/captures beside the repository).
  For each ICSNPP/Zeek baseline log that states device identities (cip_identity.log,
  s7comm_known_devices.log, bacnet_discovery.log, and the Modbus read-device-identification
  rows of modbus_detailed.log) the capture next to it is analysed and the baseline values are
  compared with the evidence of the Mieruka host with that IP. Per capture: matched values and
  differing values (both printed). Informational: it does not change the pass/fail count.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STAMP_VERSION = 1

# (seed, hosts, duration s, subnets)
SCENARIOS = [
    (1, 20, 600, 1),
    (2, 60, 1200, 3),
    (3, 120, 1800, 5),
]

TARGETS = [  # key, label, threshold (fraction)
    ("vendor", "vendor", 0.99),
    ("os_family", "OS family (hosts with OS evidence)", 0.95),
    ("eol_recall", "EOL recall", 1.00),
    ("role", "role", 0.90),
    ("hostname_evidence", "hostname (hosts with hostname evidence)", 0.98),
]

SERVER_ROLES = {"windows_server", "linux_server", "historian", "scada_server"}
OS_FAMILY_MAP = {
    "windows": {"windows"},
    "linux": {"linux"},
    "cisco ios": {"embedded"},
    "embedded": {"embedded", "rtos"},
    "macos": {"macos"},
    "bsd": {"bsd"},
    "rtos": {"rtos", "embedded"},
}


# ----------------------------------------------------------------------------- helpers
def repo_path(path: str) -> str:
    return path if os.path.isabs(path) else os.path.normpath(os.path.join(REPO_ROOT, path))


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_key(path: str) -> dict:
    st = os.stat(path)
    return {"path": path, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def read_stamp(path: str):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def write_stamp(path: str, data) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, sort_keys=True)


def norm_vendor(text) -> str:
    if not text:
        return ""
    t = " ".join(str(text).split()).casefold()
    return t.rstrip(" .,;")


def short_name(text) -> str:
    if not text:
        return ""
    return str(text).strip().split(".", 1)[0].casefold()


def pct(num: int, den: int) -> str:
    return f"{100.0 * num / den:6.1f} %" if den else "    n/a "


def run_cli(cli: str, pcap: str, out_json: str) -> tuple[bool, str, float]:
    """Runs the analysis unless a JSON for the same capture and CLI binary is cached."""
    stamp_path = out_json + ".stamp"
    key = {"v": STAMP_VERSION, "cli": file_key(cli), "pcap": file_key(pcap)}
    if os.path.exists(out_json) and read_stamp(stamp_path) == key:
        return True, "cached", 0.0
    for p in (out_json, stamp_path):
        if os.path.exists(p):
            os.remove(p)
    t0 = time.monotonic()
    proc = subprocess.run([cli, "analyze", pcap, "--json", out_json, "-q"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    dt = time.monotonic() - t0
    if proc.returncode != 0 or not os.path.exists(out_json):
        msg = (proc.stderr or proc.stdout).strip().splitlines()
        return False, f"exit {proc.returncode}: {msg[-1] if msg else 'no output'}", dt
    write_stamp(stamp_path, key)
    return True, f"{dt:.1f} s", dt


# ------------------------------------------------------------------------- part 1: synthetic
def generate(gen: str, work: str, seed: int, hosts: int, duration: int, subnets: int) -> tuple[str, str]:
    name = f"factory-s{seed}-h{hosts}-d{duration}-k{subnets}"
    pcap, truth = os.path.join(work, name + ".pcap"), os.path.join(work, name + ".json")
    stamp_path = os.path.join(work, name + ".stamp")
    key = {"v": STAMP_VERSION, "gen_sha256": sha256_file(gen), "args": [seed, hosts, duration, subnets]}
    if os.path.exists(pcap) and os.path.exists(truth) and read_stamp(stamp_path) == key:
        return pcap, truth
    cmd = [sys.executable, gen, "--seed", str(seed), "--hosts", str(hosts), "--duration", str(duration),
           "--out", pcap, "--truth", truth]
    if subnets > 1:
        cmd += ["--subnets", str(subnets)]
    print(f"generating {name} ...", flush=True)
    subprocess.run(cmd, check=True)
    write_stamp(stamp_path, key)
    return pcap, truth


def index_hosts(hosts: list) -> tuple[dict, dict]:
    by_mac, by_ip = defaultdict(list), defaultdict(list)
    for h in hosts:
        if h.get("mac"):
            by_mac[h["mac"].lower()].append(h)
        for ip in h.get("ips") or []:
            by_ip[ip].append(h)
    return by_mac, by_ip


def match_device(dev: dict, by_mac: dict, by_ip: dict):
    """The host for a truth device: same MAC and IP; else same MAC; else an IP-only host with
    the IP. A host with the IP but another MAC (e.g. a router's) is not this device."""
    mac, ip = (dev.get("mac") or "").lower(), dev.get("ip")
    same_mac = by_mac.get(mac, [])
    for h in same_mac:
        if ip in (h.get("ips") or []):
            return h
    if same_mac:
        return same_mac[0]
    for h in by_ip.get(ip, []):
        if not h.get("mac"):
            return h
    return None


def expected_roles(dev: dict) -> set:
    role = dev.get("role") or "unknown"
    return set(SERVER_ROLES) if role == "server" else {role}


def truth_role_label(dev: dict) -> str:
    role = dev.get("role") or "unknown"
    return f"server/{dev.get('kind')}" if role == "server" else role


def has_hostname_evidence(host: dict) -> bool:
    if host.get("hostname"):
        return True
    return any(e.get("attribute") == "hostname" and e.get("value") for e in host.get("evidence") or [])


def evaluate(truth: dict, result: dict) -> dict:
    hosts = result.get("hosts") or []
    by_mac, by_ip = index_hosts(hosts)
    c = Counter()
    role_confusion = defaultdict(list)
    os_confusion = defaultdict(list)
    vendor_miss, host_miss, eol_miss, eol_fp = [], [], [], []
    for dev in truth.get("devices") or []:
        h = match_device(dev, by_mac, by_ip)
        c["devices"] += 1
        if dev.get("eol"):
            c["eol_total"] += 1
        if dev.get("hostname"):
            c["hostname_total"] += 1
        if h is None:
            if dev.get("eol"):
                eol_miss.append(f"{dev['ip']} (no host)")
            continue
        c["found"] += 1
        # vendor
        if norm_vendor(h.get("vendor")) == norm_vendor(dev.get("vendor")):
            c["vendor_ok"] += 1
        else:
            vendor_miss.append(f"{dev['ip']}: truth {dev.get('vendor')!r}, mieruka {h.get('vendor')!r}")
        # OS family (hosts with OS evidence only)
        hos = h.get("os") or {}
        fam = (hos.get("family") or "unknown").lower()
        tfam = ((dev.get("os") or {}).get("family") or "").lower()
        if fam != "unknown":
            c["os_evidence"] += 1
            if fam in OS_FAMILY_MAP.get(tfam, {tfam}):
                c["os_ok"] += 1
            else:
                os_confusion[(dev["os"]["family"], fam)].append(dev["ip"])
        # EOL
        if dev.get("eol"):
            if hos.get("eol") is True:
                c["eol_ok"] += 1
            else:
                eol_miss.append(f"{dev['ip']} ({dev['os'].get('name')}; mieruka os {fam}"
                                f"{' ' + hos['name'] if hos.get('name') else ''})")
        elif hos.get("eol") is True:
            eol_fp.append(f"{dev['ip']} ({dev['os'].get('name')}; mieruka {hos.get('name')})")
        # role
        got = h.get("role") or "unknown"
        if got in expected_roles(dev):
            c["role_ok"] += 1
        else:
            role_confusion[(truth_role_label(dev), got)].append(dev["ip"])
        # hostname
        if dev.get("hostname"):
            ok = short_name(h.get("hostname")) == short_name(dev["hostname"])
            c["hostname_ok"] += ok
            if has_hostname_evidence(h):
                c["hostname_evidence"] += 1
                c["hostname_evidence_ok"] += ok
                if not ok:
                    host_miss.append(f"{dev['ip']}: truth {dev['hostname']!r}, mieruka {h.get('hostname')!r}")
    return {"c": c, "role_confusion": role_confusion, "os_confusion": os_confusion,
            "vendor_miss": vendor_miss, "host_miss": host_miss, "eol_miss": eol_miss, "eol_fp": eol_fp,
            "hosts": len(hosts)}


def metric_rows(c: Counter) -> list:
    """(key, label, numerator, denominator) in print order."""
    return [
        ("recall", "device recall", c["found"], c["devices"]),
        ("vendor", "vendor", c["vendor_ok"], c["found"]),
        ("os_coverage", "  OS evidence coverage (info)", c["os_evidence"], c["found"]),
        ("os_family", "OS family (hosts with OS evidence)", c["os_ok"], c["os_evidence"]),
        ("eol_recall", "EOL recall", c["eol_ok"], c["eol_total"]),
        ("role", "role", c["role_ok"], c["found"]),
        ("hostname_all", "hostname (all truth hostnames)", c["hostname_ok"], c["hostname_total"]),
        ("hostname_evidence", "hostname (hosts with hostname evidence)", c["hostname_evidence_ok"],
         c["hostname_evidence"]),
    ]


def print_table(c: Counter, judge: bool) -> tuple[int, int]:
    thresholds = {k: t for k, _, t in TARGETS}
    passed = failed = 0
    print(f"  {'metric':<42} {'value':>8} {'n/d':>11}  {'target':>7}  result")
    for key, label, num, den in metric_rows(c):
        t = thresholds.get(key)
        result, target = "", "" if t is None else (f">={t * 100:.0f} %" if t < 1 else "100 %")
        if t is not None:
            ok = den > 0 and num / den >= t - 1e-12
            result = ("PASS" if ok else "FAIL") if judge else ("met" if ok else "missed")
            if judge:
                passed, failed = passed + ok, failed + (not ok)
        print(f"  {label:<42} {pct(num, den):>8} {f'{num}/{den}':>11}  {target:>7}  {result}")
    return passed, failed


def print_details(ev: dict, limit: int) -> None:
    def listing(title, items):
        if items:
            print(f"  {title}:")
            for s in items[:limit]:
                print(f"    {s}")
            if len(items) > limit:
                print(f"    ... {len(items) - limit} more")

    if ev["role_confusion"]:
        print("  role mismatches (truth -> mieruka: count, first IPs):")
        for (t, g), ips in sorted(ev["role_confusion"].items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"    {t:<34} -> {g:<24} {len(ips):4}  {', '.join(ips[:4])}{' ...' if len(ips) > 4 else ''}")
    if ev["os_confusion"]:
        print("  OS family mismatches (truth -> mieruka: count, first IPs):")
        for (t, g), ips in sorted(ev["os_confusion"].items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"    {t:<34} -> {g:<24} {len(ips):4}  {', '.join(ips[:4])}{' ...' if len(ips) > 4 else ''}")
    listing("vendor mismatches", ev["vendor_miss"])
    listing("EOL devices not flagged", ev["eol_miss"])
    listing("EOL flagged on a supported OS (info)", ev["eol_fp"])
    listing("hostname mismatches (hosts with hostname evidence)", ev["host_miss"])


def synthetic_part(args, cli: str) -> tuple[int, int]:
    gen = repo_path(args.generator)
    if not os.path.exists(gen):
        print(f"factory_gen.py not found at {gen}: synthetic part cannot run")
        return 0, len(SCENARIOS) * len(TARGETS)
    total = Counter()
    passed = failed = 0
    for seed, nhosts, duration, subnets in SCENARIOS:
        pcap, truth_path = generate(gen, args.work, seed, nhosts, duration, subnets)
        out = pcap[:-5] + ".mieruka.json"
        ok, how, _ = run_cli(cli, pcap, out)
        with open(truth_path, encoding="utf-8") as f:
            truth = json.load(f)
        ndev = len(truth.get("devices") or [])
        title = (f"== seed {seed}, {nhosts} hosts, {duration} s, {subnets} subnet{'s' if subnets > 1 else ''}: "
                 f"{os.path.basename(pcap)} ({os.path.getsize(pcap) / 1e6:.1f} MB, {ndev} truth devices)")
        print(title)
        if not ok:
            print(f"  mieruka-cli failed ({how}): every target of this capture counts as missed")
            failed += len(TARGETS)
            continue
        with open(out, encoding="utf-8") as f:
            result = json.load(f)
        ev = evaluate(truth, result)
        print(f"  {ev['hosts']} Mieruka hosts, analysis {how}")
        p, m = print_table(ev["c"], judge=True)
        passed, failed = passed + p, failed + m
        print_details(ev, args.details)
        total.update(ev["c"])
        print()
    print("== overall (all synthetic captures pooled; the pass/fail count is per capture)")
    print_table(total, judge=False)
    print()
    return passed, failed


# ------------------------------------------------------------------------- part 2: real captures
def read_zeek_tsv(path: str, fallback_fields=None) -> list[dict]:
    """Rows of a Zeek TSV log as dicts; `-` (unset) becomes None, `(empty)` becomes ''."""
    fields, rows, sep = None, [], "\t"
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#separator"):
                s = line.split(" ", 1)[1] if " " in line else "\\x09"
                sep = bytes(s, "ascii").decode("unicode_escape") if s.startswith("\\x") else s
                continue
            if line.startswith("#fields"):
                fields = line.split(sep)[1:]
                continue
            if not line or line.startswith("#"):
                continue
            cols = line.split(sep)
            names = fields or fallback_fields
            if not names or len(names) != len(cols):
                continue
            rows.append({k: (None if v == "-" else "" if v == "(empty)" else v) for k, v in zip(names, cols)})
    return rows


# ICSNPP-ENIP cip_identity.log columns (the shipped baseline lacks its #fields header)
CIP_IDENTITY_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "is_orig", "source_h",
                       "source_p", "destination_h", "destination_p", "encapsulation_version", "socket_address",
                       "socket_port", "vendor_id", "vendor_name", "device_type_id", "device_type_name",
                       "product_code", "revision", "device_status", "serial_number", "product_name",
                       "device_state"]


def ident_cip(rows):
    """-> [(ip, label, [accepted baseline values], [mieruka attributes])]"""
    out = []
    for r in rows:
        ip = r.get("source_h") or r.get("socket_address") or r.get("id.resp_h")
        out += [(ip, "vendor_id", [r.get("vendor_id")], ["vendor_id"]),
                (ip, "vendor_name", [r.get("vendor_name")], ["vendor_name"]),
                (ip, "device_type", [r.get("device_type_name"), r.get("device_type_id")], ["device_type"]),
                (ip, "product_code", [r.get("product_code")], ["product_code"]),
                (ip, "revision", [r.get("revision")], ["firmware_version"]),
                (ip, "serial_number", [r.get("serial_number")], ["serial_number"]),
                (ip, "product_name", [r.get("product_name")], ["product_name", "model_name"])]
    return out


def ident_s7(rows):
    out = []
    for r in rows:
        ip = r.get("id.resp_h") if r.get("id.resp_p") == "102" else (r.get("source_h") or r.get("id.resp_h"))
        out += [(ip, "automation_system_name", [r.get("automation_system_name")], ["hostname"]),
                (ip, "module_name", [r.get("module_name")], ["product_name", "model_name"]),
                (ip, "plant_name", [r.get("plant_name")], ["plant_id"]),
                (ip, "module_serial", [r.get("module_serial")], ["serial_number"])]
    return out


def ident_bacnet(rows):
    out = []
    for r in rows:
        ip, svc = r.get("source_h") or r.get("id.orig_h"), r.get("pdu_service")
        if svc == "i-am" and r.get("object_type") == "device":
            out += [(ip, "device_instance", [f"bacnet:{r.get('instance_number')}"], ["station_address"]),
                    (ip, "vendor", [r.get("vendor")], ["vendor_name"])]
        elif svc == "i-have" and r.get("object_type") == "device" and r.get("object_name"):
            out.append((ip, "device object_name", [r.get("object_name")], ["hostname"]))
    return out


def ident_modbus(rows):
    out = []
    for r in rows:
        if (r.get("mei_type") or "").lower() == "read device identification":
            # The baseline logs the request only: no object values to compare.
            out.append((r.get("id.resp_h"), "read device identification (no values in baseline)", [],
                        ["vendor_name", "product_code", "firmware_version", "product_name", "model_name"]))
    return out


BASELINES = [  # log file name, parser of identities, fallback #fields
    ("cip_identity.log", ident_cip, CIP_IDENTITY_FIELDS),
    ("s7comm_known_devices.log", ident_s7, None),
    ("bacnet_discovery.log", ident_bacnet, None),
    ("modbus_detailed.log", ident_modbus, None),
]


def norm_value(v) -> set:
    """Comparable forms of a value: text with case, spacing and punctuation folded ("Acuity
    Brands Lighting, Inc." == "Acuity Brands Lighting Inc.") and, for numbers, the integer
    (hex with a 0x prefix, else decimal)."""
    if v is None:
        return set()
    s = " ".join(str(v).split()).casefold()
    forms = {" ".join(re.sub(r"[^\w]+", " ", s).split())}
    try:
        forms.add(int(s, 16) if s.startswith("0x") else int(s, 10))
    except ValueError:
        pass
    return forms


def shorten(values: list, limit: int = 4) -> str:
    return "; ".join(values[:limit]) + (f"; ... {len(values) - limit} more" if len(values) > limit else "")


def find_baselines(captures: str) -> dict:
    """capture path -> [(log path, parser, fallback fields)]"""
    found = defaultdict(list)
    for root, _dirs, files in os.walk(captures):
        for name, parser, fallback in BASELINES:
            if name in files:
                parts = root.split(os.sep)
                base = next((p for p in reversed(parts) if p.endswith(".zeek-baseline")), None)
                if not base:
                    continue
                idx = len(parts) - 1 - parts[::-1].index(base)
                pcap = os.sep.join(parts[:idx] + [base[: -len(".zeek-baseline")]])
                if os.path.exists(pcap):
                    found[pcap].append((os.path.join(root, name), parser, fallback))
    return found


def real_part(args, cli: str) -> None:
    captures = repo_path(args.captures)
    if not os.path.isdir(captures):
        print(f"== real captures: {captures} not found, part skipped")
        return
    found = find_baselines(captures)
    print(f"== real captures with identity baselines ({captures}): {len(found)}")
    if not found:
        return
    work = os.path.join(args.work, "real")
    os.makedirs(work, exist_ok=True)
    tot_match = tot_diff = 0
    for pcap in sorted(found):
        rel = os.path.relpath(pcap, captures)
        items = []
        for log, parser, fallback in found[pcap]:
            items += [(os.path.basename(log),) + it for it in parser(read_zeek_tsv(log, fallback))]
        if not items:
            continue
        out = os.path.join(work, rel.replace(os.sep, "__") + ".mieruka.json")
        ok, how, _ = run_cli(cli, pcap, out)
        if not ok:
            print(f"-- {rel}: mieruka-cli failed ({how})")
            continue
        with open(out, encoding="utf-8") as f:
            hosts = json.load(f).get("hosts") or []
        by_ip = defaultdict(list)
        for h in hosts:
            for ip in h.get("ips") or []:
                by_ip[ip].append(h)
        seen, matched, differ, info = set(), [], [], []
        for log, ip, label, want, attrs in items:
            want = [w for w in want if w not in (None, "")]
            key = (ip, label, tuple(want))
            if key in seen:
                continue
            seen.add(key)
            wanted = set().union(*(norm_value(w) for w in want)) if want else set()
            got, hits = [], []
            for h in by_ip.get(ip, []):
                for e in h.get("evidence") or []:
                    if e.get("attribute") in attrs and e.get("value") not in (None, ""):
                        v = f"{e['attribute']}={e['value']!r} ({e.get('source')})"
                        if v not in got:
                            got.append(v)
                        if norm_value(e["value"]) & wanted and v not in hits:
                            hits.append(v)
            shared = [len(h.get("ips") or []) for h in by_ip.get(ip, []) if len(h.get("ips") or []) > 1]
            note = f" [host holds {max(shared)} IPs on one MAC: evidence is per MAC]" if shared else ""
            if not want:
                info.append(f"{ip} {label} [{log}]: mieruka {shorten(got) or 'nothing'}")
                continue
            if hits:
                matched.append(f"{ip} {label}: baseline {' | '.join(repr(w) for w in want)}; "
                               f"mieruka {shorten(hits)}{note}")
                continue
            elsewhere = sorted({ips for h in hosts for e in h.get("evidence") or []
                                if e.get("attribute") in attrs and norm_value(e.get("value")) & wanted
                                for ips in [",".join(h.get("ips") or [h.get("mac") or "?"])] if ip not in (h.get("ips") or [])})
            where = f" [value found on host {'; '.join(elsewhere)}]" if elsewhere else ""
            have = shorten(got) if got else ("no host with this IP" if ip not in by_ip else "no " + "/".join(attrs))
            differ.append(f"{ip} {label}: baseline {' | '.join(repr(w) for w in want)}; mieruka {have}{note}{where}")
        tot_match, tot_diff = tot_match + len(matched), tot_diff + len(differ)
        print(f"-- {rel} ({', '.join(sorted({os.path.basename(l) for l, _, _ in found[pcap]}))}): "
              f"{len(matched)} matched, {len(differ)} differing")
        for s in matched:
            print(f"   =  {s}")
        for s in differ:
            print(f"   != {s}")
        for s in info:
            print(f"   i  {s}")
    print(f"== real captures: {tot_match} values matched, {tot_diff} differing (informational)")
    print()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", default="build-tests/app/cli/mieruka-cli", help="mieruka-cli (relative to the repo)")
    ap.add_argument("--work", default="build/accuracy", help="cache folder (relative to the repo)")
    ap.add_argument("--captures", default="../shared/captures", help="real capture corpus (relative to the repo)")
    ap.add_argument("--generator", default="../shared/tools/factory_gen.py", help="factory_gen.py (relative to the repo)")
    ap.add_argument("--report-only", action="store_true", help="exit 0 even when targets are missed")
    ap.add_argument("--no-real", action="store_true", help="skip the real-capture part")
    ap.add_argument("--details", type=int, default=12, help="max listed mismatches per kind (default 12)")
    args = ap.parse_args()
    cli = repo_path(args.cli)
    args.work = repo_path(args.work)
    if not (os.path.isfile(cli) and os.access(cli, os.X_OK)):
        print(f"mieruka-cli not found at {cli} (build it or pass --cli)")
        print(f"0 passed, {len(SCENARIOS) * len(TARGETS)} failed")
        return 0 if args.report_only else 1
    os.makedirs(args.work, exist_ok=True)
    print(f"mieruka-cli: {cli}")
    print(f"targets: " + ", ".join(f"{label} {'>=' if t < 1 else '='}{t * 100:.0f} %" for _, label, t in TARGETS))
    print()
    passed, failed = synthetic_part(args, cli)
    if not args.no_real:
        real_part(args, cli)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 or args.report_only else 1


if __name__ == "__main__":
    sys.exit(main())
