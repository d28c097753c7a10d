// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <array>

namespace mieruka::store {

namespace {

constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE import_session(
  id INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK(status IN ('running', 'complete', 'cancelled', 'failed')));

CREATE TABLE capture(
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  complete INTEGER NOT NULL DEFAULT 0,
  packets INTEGER NOT NULL DEFAULT 0,
  bytes INTEGER NOT NULL DEFAULT 0,
  start_ns INTEGER,
  end_ns INTEGER,
  link_types TEXT NOT NULL DEFAULT '',
  unsupported_packets INTEGER NOT NULL DEFAULT 0,
  truncated INTEGER NOT NULL DEFAULT 0,
  warning TEXT NOT NULL DEFAULT '',
  import_id INTEGER REFERENCES import_session(id));

-- Non-IP conversations are keyed by MAC pair + ethertype (is_link = 1, ports 0).
CREATE TABLE conversation(
  is_link INTEGER NOT NULL,
  ip_protocol INTEGER NOT NULL,
  has_ports INTEGER NOT NULL,
  ether_type INTEGER NOT NULL,
  lo TEXT NOT NULL,
  lo_port INTEGER NOT NULL,
  hi TEXT NOT NULL,
  hi_port INTEGER NOT NULL,
  initiator_is_lo INTEGER NOT NULL,
  protocol TEXT NOT NULL,
  packets_lo_hi INTEGER NOT NULL,
  bytes_lo_hi INTEGER NOT NULL,
  packets_hi_lo INTEGER NOT NULL,
  bytes_hi_lo INTEGER NOT NULL,
  first_ns INTEGER NOT NULL,
  last_ns INTEGER NOT NULL,
  PRIMARY KEY(is_link, ip_protocol, has_ports, ether_type, lo, lo_port, hi, hi_port)) WITHOUT ROWID;

CREATE TABLE endpoint(
  is_mac INTEGER NOT NULL,
  address TEXT NOT NULL,
  tx_packets INTEGER NOT NULL,
  tx_bytes INTEGER NOT NULL,
  rx_packets INTEGER NOT NULL,
  rx_bytes INTEGER NOT NULL,
  first_ns INTEGER NOT NULL,
  last_ns INTEGER NOT NULL,
  tx_first_ns INTEGER NOT NULL,
  tx_last_ns INTEGER NOT NULL,
  PRIMARY KEY(is_mac, address)) WITHOUT ROWID;

CREATE TABLE binding(
  mac TEXT NOT NULL,
  ip TEXT NOT NULL,
  source TEXT NOT NULL,
  packets INTEGER NOT NULL,
  first_ns INTEGER NOT NULL,
  last_ns INTEGER NOT NULL,
  min_ttl INTEGER NOT NULL,
  max_ttl INTEGER NOT NULL,
  PRIMARY KEY(mac, ip, source)) WITHOUT ROWID;

-- kind: 0 host, 1 host pair ("a b"), 2 protocol label; minute = Unix time / 60.
CREATE TABLE series(
  kind INTEGER NOT NULL,
  minute INTEGER NOT NULL,
  key TEXT NOT NULL,
  tx_packets INTEGER NOT NULL,
  tx_bytes INTEGER NOT NULL,
  rx_packets INTEGER NOT NULL,
  rx_bytes INTEGER NOT NULL,
  PRIMARY KEY(kind, minute, key)) WITHOUT ROWID;

CREATE TABLE anomaly(name TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;

-- Filled by the detection layer; the columns are the structured alert (words are made in app/).
CREATE TABLE alert(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  severity TEXT NOT NULL,
  first_ns INTEGER NOT NULL,
  last_ns INTEGER NOT NULL,
  count INTEGER NOT NULL,
  src TEXT,
  dst TEXT,
  protocol TEXT,
  fields_json TEXT NOT NULL DEFAULT '{}',
  capture_id INTEGER REFERENCES capture(id),
  packet_number INTEGER);
)sql";

// Identity evidence: one row per distinct fact about a host, with its first packet.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE evidence(
  mac TEXT NOT NULL,
  ip TEXT NOT NULL,
  attribute TEXT NOT NULL,
  value TEXT NOT NULL,
  protocol TEXT NOT NULL,
  confidence REAL NOT NULL,
  count INTEGER NOT NULL,
  first_ns INTEGER NOT NULL,
  last_ns INTEGER NOT NULL,
  capture_id INTEGER REFERENCES capture(id),
  packet_number INTEGER NOT NULL,
  PRIMARY KEY(mac, ip, attribute, value, protocol)) WITHOUT ROWID;
)sql";

// Industrial requests per (requester, target, operation), with the first frame that carried one.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE operation(
  src_mac TEXT NOT NULL,
  src_ip TEXT NOT NULL,
  dst_mac TEXT NOT NULL,
  dst_ip TEXT NOT NULL,
  protocol TEXT NOT NULL,
  operation_class TEXT NOT NULL,
  name TEXT NOT NULL,
  code INTEGER NOT NULL,
  count INTEGER NOT NULL,
  first_ns INTEGER NOT NULL,
  last_ns INTEGER NOT NULL,
  capture_id INTEGER REFERENCES capture(id),
  packet_number INTEGER NOT NULL,
  PRIMARY KEY(src_mac, src_ip, dst_mac, dst_ip, protocol, name, code)) WITHOUT ROWID;
)sql";

// Alerts become incidents keyed by (type, rule, hosts); "origin" tells streaming detections
// (kept across imports) from survey-wide ones (recomputed after every import). Version 1's
// table was never written to, so it is replaced rather than migrated.
constexpr std::string_view kVersion4 = R"sql(
DROP TABLE alert;
CREATE TABLE alert(
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL CHECK(origin IN ('stream', 'survey')),
  type TEXT NOT NULL,
  severity TEXT NOT NULL,
  rule TEXT NOT NULL,
  src TEXT NOT NULL,
  dst TEXT NOT NULL,
  src_mac TEXT NOT NULL,
  dst_mac TEXT NOT NULL,
  protocol TEXT NOT NULL,
  fields_json TEXT NOT NULL,
  count INTEGER NOT NULL,
  first_ns INTEGER NOT NULL,
  last_ns INTEGER NOT NULL,
  capture_id INTEGER REFERENCES capture(id),
  packet_number INTEGER NOT NULL,
  UNIQUE(type, rule, src, dst, src_mac, dst_mac));
)sql";

// Named time ranges a user compares (a maintenance window, a shift); the default periods, one
// per import, come from import_session and need no rows.
constexpr std::string_view kVersion5 = R"sql(
CREATE TABLE period(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  start_ns INTEGER NOT NULL,
  end_ns INTEGER NOT NULL,
  CHECK(end_ns >= start_ns));
)sql";

constexpr std::array<std::string_view, 5> kMigrations{kVersion1, kVersion2, kVersion3, kVersion4, kVersion5};

} // namespace

std::span<const std::string_view> schemaMigrations()
{
    return kMigrations;
}

} // namespace mieruka::store
