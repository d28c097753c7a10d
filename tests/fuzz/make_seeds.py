#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seed corpora for the fuzz targets of tests/fuzz (docs/fuzzing.md), from capture files.

    make_seeds.py OUT_DIR CAPTURE_DIR [CAPTURE_DIR ...]

Writes OUT_DIR/<target>/<sha1> for every target:
  pcap, pcapng, snoop    whole small files (cut at 64 KiB); snoop and pcapng seeds are also
                         converted from pcap files, since few such files exist
  decode                 one frame per file: [link type index] + frame (fuzz_decode.cpp)
  proto_<decoder>        one application payload: [flags] + payload (fuzz_protocol.cpp),
                         picked by port / ethertype as protocol_table.cpp registers them
Deterministic: files are visited in sorted order and named by content hash. Debian python3 only.
"""
import gzip
import hashlib
import os
import struct
import sys

MAX_FILE = 64 * 1024
MAX_PAYLOAD = 4096
FRAMES_PER_FILE = 64        # distinct frame shapes kept per capture for decode
PAYLOADS_PER_DECODER = 400
PAYLOADS_PER_FILE = 40      # per decoder and capture, so one long poll does not fill the quota

# fuzz_decode.cpp kLinkTypes: the index is the seed's first byte.
LINK_INDEX = {1: 0, 0: 1, 9: 2, 101: 3, 108: 4, 113: 5, 228: 6, 229: 7, 276: 8}
# protocol_table.cpp, as (transport, port) -> decoders; fuzz_protocol.cpp names.
PORTS = {}
def _add(transports, ports, name):
    for t in transports:
        for p in ports:
            PORTS.setdefault((t, p), []).append(name)
_add("u", [67, 68], "dhcp"); _add("u", [546, 547], "dhcpv6"); _add("u", [137], "nbns")
_add("u", [138], "cifs_browser"); _add("t", [139, 445], "smb_session"); _add("ut", [53, 5355], "dns_names")
_add("u", [5353], "dns_names"); _add("u", [1900], "ssdp"); _add("t", [80, 8000, 8080], "http_headers")
_add("t", [21, 22, 23], "service_banner"); _add("u", [161, 162], "snmp"); _add("ut", [44818], "enip_cip")
_add("t", [102], "s7comm"); _add("t", [102], "mms"); _add("t", [502], "modbus"); _add("u", [47808], "bacnet")
_add("ut", [9600], "omron_fins"); _add("ut", [1025, 5000, 5001, 5007, 5010], "slmp"); _add("t", [4840], "opcua")
_add("ut", [20000], "dnp3"); _add("t", [2404], "iec104"); _add("ut", [5094, 5095], "hart_ip")
_add("u", [61450], "cclink_ief_basic")
ETHERTYPES = {0x88CC: "lldp", 0x8892: "profinet_dcp"}


def read_records(data):
    """Yields (linktype, frame) from pcap or pcapng bytes; stops quietly at damage."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            return
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        e = "<" if magic[0] in (0xD4, 0x4D) else ">"
        if len(data) < 24:
            return
        link = struct.unpack(e + "I", data[20:24])[0] & 0xFFFF
        off = 24
        while off + 16 <= len(data):
            incl = struct.unpack(e + "I", data[off + 8:off + 12])[0]
            if incl > 262144 or off + 16 + incl > len(data):
                return
            yield link, data[off + 16:off + 16 + incl]
            off += 16 + incl
    elif magic == b"\x0a\x0d\x0d\x0a":
        off, e, links = 0, "<", []
        while off + 12 <= len(data):
            btype = struct.unpack(e + "I", data[off:off + 4])[0]
            if btype == 0x0A0D0D0A:
                e = "<" if data[off + 8:off + 12] == b"\x4d\x3c\x2b\x1a" else ">"
                links = []
            blen = struct.unpack(e + "I", data[off + 4:off + 8])[0]
            if blen < 12 or off + blen > len(data):
                return
            body = data[off + 8:off + blen - 4]
            if btype == 1 and len(body) >= 2:
                links.append(struct.unpack(e + "H", body[:2])[0])
            elif btype == 6 and len(body) >= 20:
                iface, _, _, incl, _ = struct.unpack(e + "IIIII", body[:20])
                if iface < len(links):
                    yield links[iface], body[20:20 + incl]
            elif btype == 3 and len(body) >= 4 and links:
                yield links[0], body[4:]
            off += blen


def transport_payload(link, frame):
    """(kind, key, payload, flags) for a frame: kind 'port' with (transport, src, dst) or
    'ether' with the ethertype / 'llc'; None when nothing a decoder would see."""
    ether, off, v6 = None, 0, False
    if link == 1:
        if len(frame) < 14:
            return None
        ether, off = struct.unpack(">H", frame[12:14])[0], 14
        while ether in (0x8100, 0x88A8, 0x9100) and off + 4 <= len(frame):
            ether, off = struct.unpack(">H", frame[off + 2:off + 4])[0], off + 4
        if ether <= 1500:
            # The decode layer hands LLC decoders what follows the SNAP header, up to the length field.
            llc = frame[off:off + ether]
            if llc[:3] == b"\xaa\xaa\x03" and llc[3:6] == b"\x00\x00\x0c":
                return "ether", "llc", llc[8:], 0
            return None
    elif link == 113 and len(frame) >= 16:
        ether, off = struct.unpack(">H", frame[14:16])[0], 16
    elif link == 276 and len(frame) >= 20:
        ether, off = struct.unpack(">H", frame[0:2])[0], 20
    elif link in (101, 228, 229) and frame:
        ether = 0x86DD if frame[0] >> 4 == 6 else 0x0800
    elif link in (0, 108) and len(frame) >= 4:
        ether, off = (0x0800 if 2 in frame[:4] else 0x86DD), 4
    if ether is None:
        return None
    if ether in ETHERTYPES:
        return "ether", ether, frame[off:], 0
    ip = frame[off:]
    if ether == 0x0800 and len(ip) >= 20 and ip[0] >> 4 == 4:
        ihl = (ip[0] & 15) * 4
        if struct.unpack(">H", ip[6:8])[0] & 0x1FFF:
            return None
        proto, rest = ip[9], ip[ihl:]
    elif ether == 0x86DD and len(ip) >= 40:
        proto, rest, v6 = ip[6], ip[40:], True
    else:
        return None
    if proto == 17 and len(rest) >= 8:
        src, dst = struct.unpack(">HH", rest[:4])
        return "port", ("u", src, dst), rest[8:], (2 | (4 if v6 else 0))
    if proto == 6 and len(rest) >= 20:
        src, dst = struct.unpack(">HH", rest[:4])
        return "port", ("t", src, dst), rest[(rest[12] >> 4) * 4:], (4 if v6 else 0)
    return None


def to_snoop(records):
    """A snoop file (RFC 1761) of Ethernet records, for the snoop reader's seeds."""
    out = [b"snoop\0\0\0", struct.pack(">II", 2, 4)]
    for _, frame in records:
        pad = (4 - len(frame) % 4) % 4
        out.append(struct.pack(">IIIIII", len(frame), len(frame), 24 + len(frame) + pad, 0, 0, 0) + frame + b"\0" * pad)
    return b"".join(out)


def to_pcapng(records):
    """A little-endian pcapng file of the records, one IDB per link type, for the pcapng reader."""
    def block(btype, body):
        body += b"\0" * ((4 - len(body) % 4) % 4)
        return struct.pack("<II", btype, len(body) + 12) + body + struct.pack("<I", len(body) + 12)
    out = [block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))]
    ifaces = {}
    for link, frame in records:
        if link not in ifaces:
            ifaces[link] = len(ifaces)
            out.append(block(1, struct.pack("<HHI", link, 0, 0)))
        out.append(block(6, struct.pack("<IIIII", ifaces[link], 0, 0, len(frame), len(frame)) + frame))
    return b"".join(out)


class Corpus:
    def __init__(self, root):
        self.root, self.count = root, {}

    def add(self, target, data):
        folder = os.path.join(self.root, target)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, hashlib.sha1(data).hexdigest())
        if os.path.exists(path):
            return False
        with open(path, "wb") as f:
            f.write(data)
        self.count[target] = self.count.get(target, 0) + 1
        return True


def capture_files(dirs):
    for top in dirs:
        for root, subdirs, files in os.walk(top):
            subdirs[:] = sorted(d for d in subdirs if not d.endswith((".zeek-logs", ".zeek-baseline")))
            for name in sorted(files):
                if name.endswith((".pcap", ".pcapng", ".cap", ".snoop", ".gz", ".pcap.gz")):
                    yield os.path.join(root, name)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    corpus = Corpus(sys.argv[1])
    per_decoder = {}
    for path in capture_files(sys.argv[2:]):
        with open(path, "rb") as f:
            data = f.read()
        corpus.add("snoop" if data[:5] == b"snoop" else "pcap", data[:MAX_FILE])
        if data[:4] == b"\x0a\x0d\x0d\x0a":
            corpus.add("pcapng", data[:MAX_FILE])
        records = list(read_records(data))
        if records:
            corpus.add("pcapng", to_pcapng(records[:40]))
            ethernet = [r for r in records if r[0] == 1][:40]
            if ethernet:
                corpus.add("snoop", to_snoop(ethernet))
        shapes, from_file = set(), {}
        for link, frame in records:
            if link not in LINK_INDEX:
                continue
            seen = transport_payload(link, frame)
            shape = (link, seen[0], seen[1], len(seen[2]) > 0) if seen else (link, len(frame) // 64)
            if seen and seen[0] == "port":
                shape = (link, seen[1][0], min(seen[1][1:]), len(seen[2]) // 32)
            if shape not in shapes and len(shapes) < FRAMES_PER_FILE:
                shapes.add(shape)
                corpus.add("decode", bytes([LINK_INDEX[link]]) + frame[:MAX_PAYLOAD])
            if not seen or not seen[2]:
                continue
            kind, key, payload, flags = seen
            if kind == "ether":
                names = [ETHERTYPES[key]] if key != "llc" else ["cdp"]
                hits = [(n, flags) for n in names]
            else:
                transport, src, dst = key
                hits = [(n, flags | 1) for n in PORTS.get((transport, dst), [])]
                hits += [(n, flags) for n in PORTS.get((transport, src), []) if (transport, dst) not in PORTS]
            for name, flag in hits:
                if per_decoder.get(name, 0) >= PAYLOADS_PER_DECODER or from_file.get(name, 0) >= PAYLOADS_PER_FILE:
                    continue
                if corpus.add("proto_" + name, bytes([flag]) + payload[:MAX_PAYLOAD]):
                    per_decoder[name] = per_decoder.get(name, 0) + 1
                    from_file[name] = from_file.get(name, 0) + 1
    for target in sorted(corpus.count):
        print(f"{target}\t{corpus.count[target]}")


if __name__ == "__main__":
    main()
