#!/usr/bin/env python3
"""Conformance run of mieruka-cli against tshark 4.0 (the oracle).

For every capture listed in MANIFEST.tsv of the capture corpus this script
compares what Mieruka reports with what tshark reports for the same file:

  * packets            (tshark: frames of `-z io,stat,0`)
  * bytes              (tshark: bytes of `-z io,stat,0` = sum of frame.len)
  * IP endpoints       (`-z endpoints,ip` + `-z endpoints,ipv6`)
  * MAC endpoints      (`-z endpoints,eth`)
  * TCP conversations  (`-z conv,tcp`), unordered {(addr, port), (addr, port)}
  * UDP conversations  (`-z conv,udp`), same form

A difference either fails the file or is excused by one of the explicit,
narrowly scoped rules below (see docs/conformance.md). A rule only excuses the
specific comparison it is about and only when its condition is verified on the
data of that file; packets and bytes are never excused. Files tshark cannot
read must make mieruka-cli exit non-zero with an error line naming the file.

Prints one line per failing file, a count per rule, and finally
`N passed, M failed`; exits 1 when M > 0.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import csv
import hashlib
import ipaddress
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CACHE_VERSION = 6  # bump when the tshark extraction changes

# --------------------------------------------------------------------------
# Normalisation helpers
# --------------------------------------------------------------------------


def norm_ip(text: str) -> str | None:
    """Compressed lower-case form (RFC 5952 for IPv6); None if not an IP."""
    try:
        return str(ipaddress.ip_address(text.strip().strip("[]")))
    except ValueError:
        return None


MAC_RE = re.compile(r"^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$")


def norm_mac(text: str) -> str | None:
    text = text.strip().lower()
    return text if MAC_RE.match(text) else None


def conv_key(a: str, ap: int, b: str, bp: int) -> tuple:
    """Unordered pair {(a, ap), (b, bp)} as a sorted tuple."""
    x, y = (a, int(ap)), (b, int(bp))
    return (x, y) if x <= y else (y, x)


def fmt_conv(c) -> str:
    (a, ap), (b, bp) = c
    ap = "?" if ap == -1 else ap
    bp = "?" if bp == -1 else bp
    fa = f"[{a}]:{ap}" if ":" in a else f"{a}:{ap}"
    fb = f"[{b}]:{bp}" if ":" in b else f"{b}:{bp}"
    return f"{fa}<->{fb}"


# --------------------------------------------------------------------------
# tshark side
# --------------------------------------------------------------------------

TSHARK_STATS = ["-z", "io,stat,0",
                "-z", "endpoints,eth", "-z", "endpoints,ip", "-z", "endpoints,ipv6",
                "-z", "conv,tcp", "-z", "conv,udp"]


def parse_tshark_tables(out: str) -> dict:
    """Parse the text output of the -z tables requested in TSHARK_STATS."""
    res = {"packets": None, "bytes": None, "ip": set(), "mac": set(),
           "tcp": set(), "udp": set(), "unparsed": []}
    section = None
    for line in out.splitlines():
        s = line.strip()
        if not s:
            continue
        if s.startswith("===") or s.startswith("Filter:") or s.startswith("|  Packets") \
                or s.startswith("| Frames") or s.startswith("|       <-"):
            continue
        if s == "Ethernet Endpoints":
            section = "mac"; continue
        if s in ("IPv4 Endpoints", "IPv6 Endpoints"):
            section = "ip"; continue
        if s == "TCP Conversations":
            section = "tcp"; continue
        if s == "UDP Conversations":
            section = "udp"; continue
        if s.startswith("| IO Statistics"):
            section = "io"; continue
        if section == "io":
            m = re.match(r"^\|\s*[\d.]+\s*<>\s*\S+\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|", s)
            if m:
                res["packets"] = int(m.group(1))
                res["bytes"] = int(m.group(2))
            continue
        if section in ("mac", "ip"):
            tok = s.split()[0]
            v = norm_mac(tok) if section == "mac" else norm_ip(tok)
            if v is None:
                res["unparsed"].append(f"{section}: {s}")
            else:
                res[section].add(v)
            continue
        if section in ("tcp", "udp"):
            m = re.match(r"^(\S+)\s+<->\s+(\S+)\s", s + " ")
            ok = False
            if m:
                a, ap = m.group(1).rsplit(":", 1)
                b, bp = m.group(2).rsplit(":", 1)
                na, nb = norm_ip(a), norm_ip(b)
                if na and nb and ap.isdigit() and bp.isdigit():
                    res[section].add(conv_key(na, int(ap), nb, int(bp)))
                    ok = True
            if not ok:
                res["unparsed"].append(f"{section}: {s}")
            continue
    return res


def run_tshark_raw(path: str) -> dict:
    """Run tshark; the raw text is what gets cached (parsing is cheap)."""
    cmd = ["tshark", "-n", "-r", path, "-q"] + TSHARK_STATS
    p = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    stderr = "\n".join(l for l in p.stderr.splitlines()
                       if "could be dangerous" not in l).strip()
    raw = {"rc": p.returncode, "stderr": stderr, "stdout": p.stdout, "fields": ""}
    # Per-frame wire length (packets/bytes: io,stat prints no row for a
    # zero-length interval), link encapsulation and protocol stack (rules).
    q = subprocess.run(["tshark", "-n", "-r", path, "-T", "fields", "-E", "occurrence=l",
                        "-e", "frame.len", "-e", "frame.encap_type", "-e", "frame.protocols",
                        "-e", "ip.src", "-e", "ip.dst", "-e", "ipv6.src", "-e", "ipv6.dst",
                        "-e", "tcp.srcport", "-e", "tcp.dstport", "-e", "_ws.malformed"],
                       capture_output=True, text=True, errors="replace")
    raw["fields"] = q.stdout
    raw["fields_rc"] = q.returncode
    return raw


def parse_tshark(raw: dict) -> dict:
    res = parse_tshark_tables(raw["stdout"])
    encap, protos, stacks = set(), set(), set()
    malformed_tcp = set()   # conversations of frames whose TCP header tshark aborted on
    packets = nbytes = 0
    for l in raw["fields"].splitlines():
        parts = l.split("\t")
        if not parts or not parts[0].isdigit():
            continue
        packets += 1
        nbytes += int(parts[0])
        if len(parts) > 1 and parts[1]:
            encap.add(parts[1])
        if len(parts) > 2 and parts[2]:
            protos.update(parts[2].split(":"))
            stacks.add(parts[2])
            # Malformed exception raised while tshark was still inside the
            # TCP header (TCP is the last protocol of the frame).
            if parts[2].endswith(":tcp") and len(parts) >= 10 and parts[9]:
                src = parts[5] or parts[3]
                dst = parts[6] or parts[4]
                ns, nd = norm_ip(src), norm_ip(dst)
                if ns and nd and parts[7].isdigit() and parts[8].isdigit():
                    malformed_tcp.add(conv_key(ns, int(parts[7]), nd, int(parts[8])))
    if res["packets"] is not None and (res["packets"], res["bytes"]) != (packets, nbytes):
        res["unparsed"].append(f"io,stat {res['packets']}/{res['bytes']} != frame.len sum {packets}/{nbytes}")
    return {
        "rc": raw["rc"], "stderr": raw["stderr"],
        "packets": packets, "bytes": nbytes,
        "ip": res["ip"], "mac": res["mac"], "tcp": res["tcp"], "udp": res["udp"],
        "encap": encap, "protocols": protos, "stacks": stacks,
        "malformed_tcp": malformed_tcp,
        "unparsed": res["unparsed"],
    }


def tshark_cached(path: str, sha: str, cache_dir: str) -> dict:
    cfile = os.path.join(cache_dir, f"{sha}.v{CACHE_VERSION}.json")
    if sha and os.path.exists(cfile):
        with open(cfile, encoding="utf-8") as f:
            return parse_tshark(json.load(f))
    raw = run_tshark_raw(path)
    if sha:
        os.makedirs(cache_dir, exist_ok=True)
        tmp = cfile + f".{os.getpid()}.{threading.get_ident()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(raw, f)
        os.replace(tmp, cfile)
    return parse_tshark(raw)


# --------------------------------------------------------------------------
# Mieruka side
# --------------------------------------------------------------------------


def run_mieruka(cli: str, path: str, workdir: str) -> dict:
    out = os.path.join(workdir, "out.json")
    p = subprocess.run([cli, "analyze", path, "--json", out, "-q"],
                       capture_output=True, text=True, errors="replace", cwd=workdir)
    res = {"rc": p.returncode, "stderr": p.stderr.strip(), "json": None}
    if os.path.exists(out):
        try:
            with open(out, encoding="utf-8") as f:
                res["json"] = json.load(f)
        except (OSError, ValueError) as e:
            res["stderr"] += f"\n(conformance) unreadable JSON: {e}"
    return res


def mieruka_sets(j: dict) -> dict:
    ip = set()
    for a in j.get("endpoints", {}).get("ip", []):
        n = norm_ip(a)
        ip.add(n if n else "BAD:" + a)
    mac = set()
    for a in j.get("endpoints", {}).get("mac", []):
        n = norm_mac(a)
        mac.add(n if n else "BAD:" + a)
    tcp, udp = set(), set()
    for c in j.get("conversations", []):
        proto = c.get("proto")
        if proto not in ("tcp", "udp"):
            continue
        a, b = norm_ip(c.get("a") or ""), norm_ip(c.get("b") or "")
        # A TCP/UDP conversation without ports is kept (port -1, shown as
        # "?") so that it shows up as a difference instead of vanishing.
        ap_ = c.get("a_port")
        bp_ = c.get("b_port")
        key = conv_key(a or str(c.get("a")), -1 if ap_ is None else ap_,
                       b or str(c.get("b")), -1 if bp_ is None else bp_)
        (tcp if proto == "tcp" else udp).add(key)
    caps = j.get("captures", [])
    return {
        "packets": j.get("totals", {}).get("packets"),
        "bytes": j.get("totals", {}).get("bytes"),
        "ip": ip, "mac": mac, "tcp": tcp, "udp": udp,
        "captures": caps,
        "link_types": sorted({lt for c in caps for lt in (c.get("link_types") or [])}),
        "unsupported_packets": sum(int(c.get("unsupported_packets") or 0) for c in caps),
        "warnings": [c.get("warning") for c in caps if c.get("warning")],
        "truncated": any(c.get("truncated") for c in caps),
    }


# --------------------------------------------------------------------------
# Explained-difference rules (documented in docs/conformance.md)
# --------------------------------------------------------------------------


@dataclass
class Ctx:
    path: str           # path relative to the corpus (for messages only)
    row: dict           # MANIFEST row
    ts: dict            # tshark result (sets already converted)
    mk: dict            # Mieruka result (sets)
    mk_rc: int
    mk_stderr: str
    corpus: str = ""
    mk_json: dict = field(default_factory=dict)


class Rule:
    """Base class. `excuse` returns the set of comparison names it explains
    for this file (subset of the differing ones), or an empty set."""
    name = "rule"

    def excuse(self, ctx: Ctx, diffs: dict) -> set:
        raise NotImplementedError


# Rules are appended by the section "Rule registry" further down.
RULES: list[Rule] = []

# --------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------

SET_KEYS = ("ip", "mac", "tcp", "udp")


@dataclass
class Outcome:
    path: str
    passed: bool
    lines: list = field(default_factory=list)
    excused_by: dict = field(default_factory=dict)  # rule name -> [keys]
    checks: list = field(default_factory=list)       # expected-error checks that held
    seconds: float = 0.0


def fmt_items(items, fmt, limit=4) -> str:
    items = sorted(items)
    s = ", ".join(fmt(i) for i in items[:limit])
    if len(items) > limit:
        s += f", ... (+{len(items) - limit})"
    return s


def set_diff_text(key: str, ts_set: set, mk_set: set) -> str:
    f = fmt_conv if key in ("tcp", "udp") else str
    parts = []
    missing = ts_set - mk_set
    extra = mk_set - ts_set
    if missing:
        parts.append(f"missing {len(missing)} [{fmt_items(missing, f)}]")
    if extra:
        parts.append(f"extra {len(extra)} [{fmt_items(extra, f)}]")
    return f"{key}: " + "; ".join(parts)


def mieruka_names_error(path: str, stderr: str) -> bool:
    base = os.path.basename(path)
    return any(base in l for l in stderr.splitlines())


def check_file(row: dict, corpus: str, cli: str, cache_dir: str) -> Outcome:
    t0 = time.monotonic()
    rel = row["path"]
    path = os.path.join(corpus, rel)
    out = Outcome(rel, False)
    ts = tshark_cached(path, row.get("sha256", ""), cache_dir)
    with tempfile.TemporaryDirectory(prefix="mieruka-conf-") as wd:
        mr = run_mieruka(cli, path, wd)
    out.seconds = time.monotonic() - t0

    # tshark cannot read the file at all (no frame), versus reads some frames
    # and then reports an error (cut-short file): the latter is compared
    # normally and Mieruka must also report a problem naming the file.
    tshark_unreadable = ts["rc"] != 0 and not ts["packets"]
    if tshark_unreadable:
        # tshark cannot read the file: Mieruka must fail clearly as well.
        if mr["rc"] != 0 and mieruka_names_error(rel, mr["stderr"]):
            out.passed = True
            out.checks.append("tshark-unreadable: mieruka-cli failed naming the file")
        else:
            out.lines.append(f"tshark cannot read it ({ts['stderr'].splitlines()[-1] if ts['stderr'] else 'rc=%d' % ts['rc']}) "
                             f"but mieruka-cli exited {mr['rc']} without an error naming the file")
        return out
    if ts["unparsed"]:
        out.lines.append("could not parse tshark output: " + "; ".join(ts["unparsed"][:3]))
        return out
    if mr["json"] is None:
        out.lines.append(f"mieruka-cli wrote no JSON (rc={mr['rc']}): {mr['stderr'][:200]}")
        return out

    mk = mieruka_sets(mr["json"])
    ctx = Ctx(rel, row, ts, mk, mr["rc"], mr["stderr"], corpus, mr["json"])

    diffs = {}
    for k in ("packets", "bytes"):
        if ts[k] != mk[k]:
            diffs[k] = f"{k}: tshark {ts[k]}, mieruka {mk[k]}"
    for k in SET_KEYS:
        if ts[k] != mk[k]:
            diffs[k] = set_diff_text(k, ts[k], mk[k])

    # A file tshark reads completely must import without error in Mieruka,
    # unless Mieruka's problem is one a rule explains (e.g. unsupported link
    # type warning, which is a warning on the capture, not an error exit).
    if ts["rc"] == 0 and mr["rc"] != 0:
        diffs["exit"] = f"exit: mieruka-cli exited {mr['rc']}: {mr['stderr'][:200]}"
    if ts["rc"] != 0:
        # tshark read frames, then failed (e.g. last record cut short).
        if mr["rc"] == 0 or not mieruka_names_error(rel, mr["stderr"]) or not mk["truncated"]:
            diffs["exit"] = (f"exit: tshark reports an error after {ts['packets']} frames "
                             f"({ts['stderr'].splitlines()[-1] if ts['stderr'] else ''}) "
                             f"but mieruka-cli exited {mr['rc']} (truncated={mk['truncated']})")
        else:
            out.checks.append("tshark-error-after-frames: mieruka-cli reported truncation naming the file")

    remaining = dict(diffs)
    for rule in RULES:
        if not remaining:
            break
        keys = rule.excuse(ctx, remaining) & set(remaining)
        keys -= {"packets", "bytes"}   # never excusable
        if keys:
            out.excused_by[rule.name] = sorted(keys)
            for k in keys:
                remaining.pop(k, None)

    if remaining:
        out.lines = [remaining[k] for k in remaining]
        if out.excused_by:
            out.lines.append("(excused: " + ", ".join(
                f"{n}={'/'.join(v)}" for n, v in out.excused_by.items()) + ")")
    else:
        out.passed = True
    return out


# --------------------------------------------------------------------------
# Rule registry
# --------------------------------------------------------------------------

# Link types (pcap LINKTYPE_ values) Mieruka deliberately does not decode:
# they carry no Ethernet/IP traffic an OT asset inventory can use, or carry
# it through a stack Mieruka does not implement. tshark dissects them.
UNSUPPORTED_LINK_TYPES = {
    7: "ARCNET (BSD)",
    127: "IEEE 802.11 + radiotap",
    195: "IEEE 802.15.4 with FCS",
    215: "IEEE 802.15.4 non-ASK PHY",
    230: "IEEE 802.15.4 without FCS",
    250: "SEL RTAC serial",
    253: "Linux netlink",
}


def file_link_types(path: str) -> set | None:
    """Link types declared by the capture file itself (pcap header or pcapng
    interface description blocks), read independently of both tools."""
    import gzip
    import struct
    try:
        with open(path, "rb") as f:
            head = f.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as f:
            data = f.read(64 * 1024 * 1024)
    except OSError:
        return None
    if len(data) < 24:
        return None
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        return {struct.unpack("<I", data[20:24])[0] & 0x0FFFFFFF}
    if magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        return {struct.unpack(">I", data[20:24])[0] & 0x0FFFFFFF}
    if magic == b"\x0a\x0d\x0d\x0a":
        types, off, endian = set(), 0, "<"
        while off + 12 <= len(data):
            btype_raw = data[off:off + 4]
            if btype_raw == b"\x0a\x0d\x0d\x0a":
                bom = data[off + 8:off + 12]
                endian = "<" if bom == b"\x4d\x3c\x2b\x1a" else ">"
            btype, blen = struct.unpack(endian + "II", data[off:off + 8])
            if btype == 1 and off + 10 <= len(data):
                types.add(struct.unpack(endian + "H", data[off + 8:off + 10])[0])
            if blen < 12:
                break
            off += blen
        return types
    return None


class UnsupportedLinkType(Rule):
    """The file's link type is one Mieruka deliberately does not decode.
    Excused: the endpoint/conversation sets tshark derives from inside that
    link layer, and the non-zero exit, provided Mieruka (a) counts every
    packet and byte (checked separately, never excused), (b) reports all of
    them as unsupported_packets on a capture of that link type with a
    warning on stderr, (c) exits non-zero with an error line naming the file and the
    unsupported link type, and (d) invents nothing (its own sets are empty)."""
    name = "unsupported-link-type"

    def excuse(self, ctx: Ctx, diffs: dict) -> set:
        mk, ts = ctx.mk, ctx.ts
        declared = file_link_types(os.path.join(ctx.corpus, ctx.path))
        if not declared or not declared <= set(UNSUPPORTED_LINK_TYPES):
            return set()
        if set(mk["link_types"]) != declared:
            return set()
        if mk["packets"] != ts["packets"] or mk["unsupported_packets"] != mk["packets"]:
            return set()
        base = os.path.basename(ctx.path)
        if ctx.mk_rc == 0 or not any(base in l and "unsupported link type" in l
                                     for l in ctx.mk_stderr.splitlines()):
            return set()
        if any(mk[k] for k in SET_KEYS):
            return set()
        return {"exit"} | {k for k in SET_KEYS if k in diffs}


class TsharkAbortedMalformedTcp(Rule):
    """tshark queues its TCP tap only after it has parsed the TCP options; a
    frame whose TCP data offset points past the end of the IP payload throws
    a "Malformed Packet" exception first, so `-z conv,tcp` never sees that
    segment although it read its ports. Mieruka reads the ports, flags the
    anomaly bad_tcp_header_length and keeps the conversation.
    Excused: only TCP conversations Mieruka has in excess (none missing),
    each of which tshark itself attributes to frames ending in
    tcp:_ws.malformed (same addresses and ports), and only when Mieruka
    reported bad_tcp_header_length."""
    name = "tshark-aborted-malformed-tcp"

    def excuse(self, ctx: Ctx, diffs: dict) -> set:
        if "tcp" not in diffs:
            return set()
        ts, mk = ctx.ts, ctx.mk
        missing = ts["tcp"] - mk["tcp"]
        extra = mk["tcp"] - ts["tcp"]
        if missing or not extra:
            return set()
        if not extra <= ts["malformed_tcp"]:
            return set()
        anomalies = ctx.mk_json.get("anomalies") or {}
        if not anomalies.get("bad_tcp_header_length"):
            return set()
        return {"tcp"}


def build_rules() -> list:
    return [UnsupportedLinkType(), TsharkAbortedMalformedTcp()]


RULES.extend(build_rules())


# Files tshark cannot read at all. The corpus has none (its empty and
# cut-short files are readable), so the requirement "files tshark cannot read
# give a clear error in Mieruka too" is exercised on these synthetic files on
# every run. They are not counted in N; a failure is counted in M.
SYNTHETIC_UNREADABLE = {
    "not-a-capture.pcap": bytes(range(7, 207)),
    "text.pcapng": b"hello, this is a text file and not a capture at all\n" * 3,
    "short-pcap-header.pcap": b"\xd4\xc3\xb2\xa1\x02\x00",
    "bad-byte-order-magic.pcapng": (b"\x0a\x0d\x0d\x0a\x1c\x00\x00\x00\x11\x22\x33\x44"
                                    + b"\x00" * 12 + b"\x1c\x00\x00\x00"),
    "pcapng-major-version-9.pcapng": (b"\x0a\x0d\x0d\x0a\x1c\x00\x00\x00\x4d\x3c\x2b\x1a"
                                      b"\x09\x00\x00\x00" + b"\xff" * 8 + b"\x1c\x00\x00\x00"),
    "bad-gzip.pcap.gz": b"\x1f\x8b\x63" + bytes(range(40)),
}


def run_synthetic(cli: str) -> list:
    outs = []
    with tempfile.TemporaryDirectory(prefix="mieruka-conf-synth-") as d:
        for name, data in SYNTHETIC_UNREADABLE.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
            o = check_file({"path": name, "sha256": ""}, d, cli, "")
            if not o.checks and o.passed:
                # tshark could read it after all: not a test of this requirement.
                o = Outcome(name, False, ["synthetic file meant to be unreadable was read by tshark"])
            o.path = "(synthetic) " + name
            outs.append(o)
    return outs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--captures", default=os.path.join(REPO_ROOT, "..", "shared", "captures"))
    ap.add_argument("--cli", default=os.path.join(REPO_ROOT, "build", "app", "cli", "mieruka-cli"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default=None, help="only captures whose path contains this")
    ap.add_argument("--cache", default=os.path.join(REPO_ROOT, "build", "conformance-cache"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    corpus = os.path.abspath(args.captures)
    manifest = os.path.join(corpus, "MANIFEST.tsv")
    if not os.path.exists(manifest):
        print(f"conformance: no corpus at {corpus} (MANIFEST.tsv missing)", file=sys.stderr)
        return 2
    for tool in ("tshark",):
        if not shutil.which(tool):
            print(f"conformance: {tool} not found", file=sys.stderr)
            return 2
    args.cli = os.path.abspath(args.cli)  # the checks run from other working directories
    if not os.access(args.cli, os.X_OK):
        print(f"conformance: mieruka-cli not found at {args.cli}", file=sys.stderr)
        return 2

    with open(manifest, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r.get("path")]
    if args.only:
        rows = [r for r in rows if args.only in r["path"]]

    t0 = time.monotonic()
    results: list[Outcome] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = {ex.submit(check_file, r, corpus, args.cli, args.cache): r for r in rows}
        for fut in concurrent.futures.as_completed(futs):
            r = futs[fut]
            try:
                o = fut.result()
            except Exception as e:  # a crash of the script itself is a failure
                o = Outcome(r["path"], False, [f"conformance script error: {e!r}"])
            results.append(o)
            if not o.passed:
                print(f"FAIL {o.path}: " + " | ".join(o.lines), flush=True)
            elif args.verbose:
                ex_txt = (" (excused: " + ", ".join(f"{n}={'/'.join(v)}" for n, v in o.excused_by.items()) + ")") \
                    if o.excused_by else ""
                ex_txt += "".join(f" [{c}]" for c in o.checks)
                print(f"ok   {o.path}{ex_txt}", flush=True)

    synth = run_synthetic(args.cli)
    for o in synth:
        if not o.passed:
            print(f"FAIL {o.path}: " + " | ".join(o.lines), flush=True)
    print(f"synthetic unreadable files: {sum(o.passed for o in synth)} of {len(synth)} "
          "rejected by tshark and by mieruka-cli with an error naming the file")

    per_rule: dict[str, int] = {}
    for o in results:
        if o.passed:
            for n in o.excused_by:
                per_rule[n] = per_rule.get(n, 0) + 1
    per_check: dict[str, int] = {}
    for o in results:
        if o.passed:
            for c in o.checks:
                n = c.split(":")[0]
                per_check[n] = per_check.get(n, 0) + 1
    print("explained differences (files excused per rule):")
    for r in RULES:
        print(f"  {r.name}: {per_rule.get(r.name, 0)}")
    if per_check:
        print("expected tshark errors matched by mieruka-cli errors:")
        for n in sorted(per_check):
            print(f"  {n}: {per_check[n]}")
    passed = sum(1 for o in results if o.passed)
    failed = len(results) - passed + sum(1 for o in synth if not o.passed)
    if args.verbose:
        print(f"elapsed {time.monotonic() - t0:.1f}s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
