#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes N synthetic content rules for the signature benchmark (bench_signatures).

The rules look like a community rule set's payload rules: tcp and udp, any port or a service
port or range, one or two contents of 4-16 bytes (words and phrases seen in attacks, or binary
byte strings), some nocase, some placed with offset/depth or distance/within, a few pcre, some
flow constraints and classtypes. Output is deterministic for a given --seed. Usage:
  tests/bench/make_content_rules.py [--count 1000] [--seed 1] [--out bench.rules]
"""
import argparse
import random
import sys

WORDS = [
    "cmd.exe", "/bin/sh", "powershell", "wget ", "curl ", "chmod 777", "/etc/passwd", "/etc/shadow",
    "SELECT ", "UNION ", "INSERT INTO", "DROP TABLE", "xp_cmdshell", "<script>", "javascript:", "eval(",
    "base64_decode", "User-Agent: ", "Authorization: Basic", "USER root", "PASS ", "SITE EXEC", "RETR ",
    "../../", "%2e%2e%2f", "nc -e", "mimikatz", "sekurlsa", "lsass", "psexec", "ADMIN$", "IPC$", "\\\\pipe\\",
    "meterpreter", "reverse_tcp", "Cobalt", "beacon", "tor2web", ".onion", "getuid", "whoami", "net user",
    "schtasks", "rundll32", "regsvr32", "certutil", "bitsadmin", "vssadmin", "wmic ", "shadowcopy",
    "login.cgi", "setup.cgi", "admin.php", "wp-login", "phpmyadmin", "jndi:ldap", "${jndi:", "ognl",
    "Content-Type: ", "multipart", "filename=", ".php?", ".jsp", "GET /", "POST /", "HTTP/1.0",
]
PORTS = ["80", "443", "21", "22", "23", "25", "53", "110", "139", "445", "1433", "3306", "3389", "5900",
         "8080", "8443", "161", "123", "502", "102", "44818", "20000", "2404", "47808", "9600", "1911", "4840"]
CLASSTYPES = ["attempted-admin", "attempted-user", "web-application-attack", "trojan-activity", "policy-violation",
              "attempted-recon", "bad-unknown", "misc-activity", "attempted-dos", "protocol-command-decode"]
PCRES = ["/[a-z]{3,8}\\d{2,6}\\.(exe|dll|scr)/i", "/\\x00{4}[\\x01-\\x1f]{2}/", "/user=[^&]{16,}/i",
         "/^[A-Z]{4} [\\x21-\\x7e]{20,}/", "/(\\d{1,3}\\.){3}\\d{1,3}:\\d{2,5}/"]


def escape(text):
    """Content text with the rule language's reserved characters written as hex."""
    out = []
    for c in text:
        if c in '";\\|:' or not (32 <= ord(c) < 127):
            out.append("|%02x|" % ord(c))
        else:
            out.append(c)
    return "".join(out).replace("||", " ")


def content(rng):
    """(rule text of one content, its length in bytes, whether it is text)."""
    if rng.random() < 0.6:
        word = rng.choice(WORDS)
        if len(word) < 4 or rng.random() < 0.5:
            word += rng.choice(["", "x", "_", "-", "1", "a", "/", "."]) * rng.randint(0, 3) + rng.choice(WORDS)
        word = word[:rng.randint(4, 16)] if len(word) > 16 else word
        if len(word) < 4:
            word = (word + "0000")[:4]
        return '"%s"' % escape(word), len(word), True
    length = rng.randint(4, 16)
    data = bytes(rng.randrange(256) for _ in range(length))
    return '"|%s|"' % " ".join("%02x" % b for b in data), length, False


def rule(rng, sid):
    protocol = "tcp" if rng.random() < 0.7 else "udp"
    r = rng.random()
    port = "any" if r < 0.4 else "1024:" if r < 0.5 else "[%s,%s]" % (rng.choice(PORTS), rng.choice(PORTS)) \
        if r < 0.6 else rng.choice(PORTS)
    options = ['msg:"BENCH generated rule %d"' % sid]
    if protocol == "tcp" and rng.random() < 0.4:
        options.append("flow:established,to_server")
    first, length, text = content(rng)
    options.append("content:" + first)
    if text and rng.random() < 0.35:
        options.append("nocase")
    if rng.random() < 0.2:
        offset = rng.randint(0, 8)
        options += ["offset:%d" % offset, "depth:%d" % (length + rng.randint(0, 32))]
    if rng.random() < 0.3:
        second, length2, text2 = content(rng)
        options.append("content:" + second)
        if text2 and rng.random() < 0.3:
            options.append("nocase")
        options.append("distance:%d" % rng.randint(0, 16))
        if rng.random() < 0.5:
            options.append("within:%d" % (length2 + rng.randint(0, 64)))
    if rng.random() < 0.03:
        options.append('pcre:"%s"' % rng.choice(PCRES))
    if rng.random() < 0.1:
        options.append("dsize:>%d" % rng.randint(8, 200))
    options += ["classtype:" + rng.choice(CLASSTYPES), "sid:%d" % sid, "rev:1"]
    return "alert %s any any -> any %s (%s;)" % (protocol, port, "; ".join(options))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first-sid", type=int, default=2000000)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = ["# %d generated benchmark rules, seed %d (tests/bench/make_content_rules.py)" % (args.count, args.seed)]
    lines += [rule(rng, args.first_sid + i) for i in range(args.count)]
    text = "\n".join(lines) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="ascii") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
