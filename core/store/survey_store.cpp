// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey_store.h"

#include "row_budget.h"
#include "schema.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <sstream>

namespace mieruka::store {

namespace {

std::string utcNow()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
#ifdef _WIN32
    gmtime_s(&parts, &now);
#else
    gmtime_r(&now, &parts);
#endif
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

std::string joinLinkTypes(const std::vector<int>& linkTypes)
{
    std::string text;
    for (int type : linkTypes) {
        if (!text.empty())
            text += ',';
        text += std::to_string(type);
    }
    return text;
}

std::vector<int> splitLinkTypes(const std::string& text)
{
    std::vector<int> linkTypes;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ','))
        if (!item.empty())
            linkTypes.push_back(std::stoi(item));
    return linkTypes;
}

std::int64_t asInt(std::uint64_t value)
{
    return static_cast<std::int64_t>(value);
}

CaptureRecord readCapture(const SqliteStatement& row)
{
    CaptureRecord capture;
    capture.id = row.columnInt(0);
    capture.sha256 = row.columnText(1);
    capture.path = row.columnText(2);
    capture.format = row.columnText(3);
    capture.sizeBytes = static_cast<std::uint64_t>(row.columnInt(4));
    capture.complete = row.columnInt(5) != 0;
    capture.packets = static_cast<std::uint64_t>(row.columnInt(6));
    capture.bytes = static_cast<std::uint64_t>(row.columnInt(7));
    capture.startNs = row.columnInt(8);
    capture.endNs = row.columnInt(9);
    capture.linkTypes = splitLinkTypes(row.columnText(10));
    capture.unsupportedPackets = static_cast<std::uint64_t>(row.columnInt(11));
    capture.truncated = row.columnInt(12) != 0;
    capture.warning = row.columnText(13);
    capture.importId = row.columnInt(14);
    return capture;
}

constexpr std::string_view kCaptureColumns =
    "id, sha256, path, format, size_bytes, complete, packets, bytes, start_ns, end_ns, link_types, "
    "unsupported_packets, truncated, warning, import_id";

} // namespace

SurveyStore::SurveyStore(const std::string& path, bool create) : m_db(path, create)
{
    // WAL + NORMAL: a killed process never corrupts the file and loses at most the open chunk.
    m_db.execute("PRAGMA journal_mode=WAL");
    m_db.execute("PRAGMA synchronous=NORMAL");
    m_db.execute("PRAGMA cache_size=-32768"); // 32 MiB: a chunk's upserts stay in memory
    m_db.execute("PRAGMA foreign_keys=ON");
    migrate();
}

int SurveyStore::schemaVersion()
{
    return static_cast<int>(m_db.queryInt("PRAGMA user_version"));
}

void SurveyStore::migrate()
{
    const std::int64_t applicationId = m_db.queryInt("PRAGMA application_id");
    const int version = schemaVersion();
    const bool empty = m_db.queryInt("SELECT count(*) FROM sqlite_master") == 0;
    if (!empty && applicationId != kApplicationId)
        throw StoreError(m_db.path() + ": not a Mieruka survey file (an SQLite database of another program)");
    const auto migrations = schemaMigrations();
    if (version > static_cast<int>(migrations.size()))
        throw StoreError(m_db.path() + ": survey was written by a newer Mieruka (schema " + std::to_string(version)
                         + ", this version reads up to " + std::to_string(migrations.size()) + ")");
    if (version == static_cast<int>(migrations.size()))
        return;
    SqliteTransaction transaction(m_db);
    for (int next = version; next < static_cast<int>(migrations.size()); ++next)
        m_db.execute(migrations[static_cast<std::size_t>(next)]);
    m_db.execute("PRAGMA application_id=" + std::to_string(kApplicationId));
    m_db.execute("PRAGMA user_version=" + std::to_string(migrations.size()));
    if (empty)
        m_db.execute("INSERT INTO meta(key, value) VALUES('created_at', '" + utcNow() + "')");
    transaction.commit();
}

std::int64_t SurveyStore::beginImport(const std::string& description)
{
    SqliteStatement insert(m_db, "INSERT INTO import_session(description, started_at, status) VALUES(?, ?, 'running')");
    insert.bind(1, description).bind(2, utcNow()).execute();
    return m_db.queryInt("SELECT last_insert_rowid()");
}

void SurveyStore::finishImport(std::int64_t importId, bool completed)
{
    SqliteStatement update(m_db, "UPDATE import_session SET finished_at = ?, status = ? WHERE id = ?");
    update.bind(1, utcNow()).bind(2, completed ? "complete" : "cancelled").bind(3, importId).execute();
}

std::optional<CaptureRecord> SurveyStore::findCapture(const std::string& sha256)
{
    SqliteStatement query(m_db, "SELECT " + std::string(kCaptureColumns) + " FROM capture WHERE sha256 = ?");
    query.bind(1, sha256);
    if (!query.step())
        return std::nullopt;
    return readCapture(query);
}

bool SurveyStore::hasCaptureOfSize(std::uint64_t sizeBytes)
{
    SqliteStatement query(m_db, "SELECT 1 FROM capture WHERE size_bytes = ? LIMIT 1");
    query.bind(1, asInt(sizeBytes));
    return query.step();
}

std::vector<PeriodRecord> SurveyStore::periods()
{
    std::vector<PeriodRecord> periods;
    SqliteStatement imports(m_db, "SELECT i.id, i.description, MIN(c.start_ns), MAX(c.end_ns) FROM import_session i "
                                  "JOIN capture c ON c.import_id = i.id WHERE c.packets > 0 GROUP BY i.id ORDER BY i.id");
    while (imports.step()) {
        PeriodRecord period;
        period.importId = imports.columnInt(0);
        period.name = "import-" + std::to_string(period.importId);
        period.description = imports.columnText(1);
        period.startNs = imports.columnInt(2);
        period.endNs = imports.columnInt(3);
        periods.push_back(period);
    }
    SqliteStatement ranges(m_db, "SELECT name, start_ns, end_ns FROM period ORDER BY start_ns, name");
    while (ranges.step())
        periods.push_back({ranges.columnText(0), {}, ranges.columnInt(1), ranges.columnInt(2), 0});
    return periods;
}

void SurveyStore::definePeriod(const std::string& name, std::int64_t startNs, std::int64_t endNs)
{
    if (name.empty() || name.rfind("import-", 0) == 0)
        throw StoreError(m_db.path() + ": a period name must not be empty or start with \"import-\" (" + name + ")");
    SqliteStatement insert(m_db, "INSERT INTO period(name, start_ns, end_ns) VALUES(?, ?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET start_ns = excluded.start_ns, end_ns = excluded.end_ns");
    insert.bind(1, name).bind(2, startNs).bind(3, std::max(startNs, endNs)).execute();
}

void SurveyStore::removePeriod(const std::string& name)
{
    SqliteStatement remove(m_db, "DELETE FROM period WHERE name = ?");
    remove.bind(1, name).execute();
}

void SurveyStore::rekeyCapture(std::int64_t captureId, const std::string& sha256, std::uint64_t sizeBytes)
{
    SqliteStatement update(m_db, "UPDATE capture SET sha256 = ?, size_bytes = ? WHERE id = ?");
    update.bind(1, sha256).bind(2, asInt(sizeBytes)).bind(3, captureId).execute();
}

std::int64_t SurveyStore::addCapture(const CaptureRecord& capture)
{
    SqliteStatement insert(m_db, "INSERT INTO capture(sha256, path, format, size_bytes, import_id) VALUES(?, ?, ?, ?, ?)");
    insert.bind(1, capture.sha256).bind(2, capture.path).bind(3, capture.format).bind(4, asInt(capture.sizeBytes));
    if (capture.importId != 0)
        insert.bind(5, capture.importId);
    else
        insert.bindNull(5);
    insert.execute();
    return m_db.queryInt("SELECT last_insert_rowid()");
}

void SurveyStore::updateCapture(SqliteStatement& statement, const CaptureRecord& capture)
{
    const std::string linkTypes = joinLinkTypes(capture.linkTypes); // bound without a copy: outlives execute()
    statement.bind(1, asInt(capture.packets)).bind(2, asInt(capture.bytes));
    statement.bind(3, capture.startNs).bind(4, capture.endNs).bind(5, linkTypes);
    statement.bind(6, asInt(capture.unsupportedPackets)).bind(7, std::int64_t{capture.truncated});
    statement.bind(8, capture.warning).bind(9, std::int64_t{capture.complete}).bind(10, capture.id).execute();
}

void SurveyStore::commitChunk(const analysis::AnalysisDelta& delta, const std::vector<CaptureRecord>& progress)
{
    SqliteTransaction transaction(m_db);
    if (!m_budget) {
        m_budget = std::make_unique<RowBudget>(m_limits);
        m_budget->load(m_db);
    }
    m_budget->beginChunk();
    SqliteStatement endpoint(m_db, R"sql(
        INSERT INTO endpoint VALUES(?,?,?,?,?,?,?,?,?,?)
        ON CONFLICT DO UPDATE SET
          tx_packets = tx_packets + excluded.tx_packets, tx_bytes = tx_bytes + excluded.tx_bytes,
          rx_packets = rx_packets + excluded.rx_packets, rx_bytes = rx_bytes + excluded.rx_bytes,
          first_ns = min(first_ns, excluded.first_ns), last_ns = max(last_ns, excluded.last_ns),
          tx_first_ns = CASE WHEN tx_packets = 0 THEN excluded.tx_first_ns
                             WHEN excluded.tx_packets = 0 THEN tx_first_ns
                             ELSE min(tx_first_ns, excluded.tx_first_ns) END,
          tx_last_ns = max(tx_last_ns, excluded.tx_last_ns))sql");
    for (const std::size_t index : m_budget->admissionOrder(delta.endpoints)) {
        const auto& row = delta.endpoints[index];
        if (!m_budget->admitEndpoint(row))
            continue;
        endpoint.bind(1, std::int64_t{row.isMac}).bind(2, row.address);
        endpoint.bind(3, asInt(row.txPackets)).bind(4, asInt(row.txBytes));
        endpoint.bind(5, asInt(row.rxPackets)).bind(6, asInt(row.rxBytes));
        endpoint.bind(7, row.firstNs).bind(8, row.lastNs).bind(9, row.txFirstNs).bind(10, row.txLastNs).execute();
    }
    SqliteStatement conversation(m_db, R"sql(
        INSERT INTO conversation VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        ON CONFLICT DO UPDATE SET
          packets_lo_hi = packets_lo_hi + excluded.packets_lo_hi, bytes_lo_hi = bytes_lo_hi + excluded.bytes_lo_hi,
          packets_hi_lo = packets_hi_lo + excluded.packets_hi_lo, bytes_hi_lo = bytes_hi_lo + excluded.bytes_hi_lo,
          first_ns = min(first_ns, excluded.first_ns), last_ns = max(last_ns, excluded.last_ns))sql");
    for (const std::size_t index : m_budget->admissionOrder(delta.conversations)) {
        const auto& row = delta.conversations[index];
        if (!m_budget->admitConversation(row))
            continue;
        conversation.bind(1, std::int64_t{row.isLink}).bind(2, row.ipProtocol).bind(3, std::int64_t{row.hasPorts});
        conversation.bind(4, row.etherType).bind(5, row.lo).bind(6, row.loPort).bind(7, row.hi).bind(8, row.hiPort);
        conversation.bind(9, std::int64_t{row.initiatorIsLo}).bind(10, row.protocol);
        conversation.bind(11, asInt(row.packetsLoToHi)).bind(12, asInt(row.bytesLoToHi));
        conversation.bind(13, asInt(row.packetsHiToLo)).bind(14, asInt(row.bytesHiToLo));
        conversation.bind(15, row.firstNs).bind(16, row.lastNs).execute();
    }
    SqliteStatement binding(m_db, R"sql(
        INSERT INTO binding VALUES(?,?,?,?,?,?,?,?)
        ON CONFLICT DO UPDATE SET packets = packets + excluded.packets,
          first_ns = min(first_ns, excluded.first_ns), last_ns = max(last_ns, excluded.last_ns),
          min_ttl = min(min_ttl, excluded.min_ttl), max_ttl = max(max_ttl, excluded.max_ttl))sql");
    for (const auto& row : delta.bindings) {
        if (!m_budget->admitBinding(row))
            continue;
        binding.bind(1, row.mac).bind(2, row.ip).bind(3, row.source).bind(4, asInt(row.packets));
        binding.bind(5, row.firstNs).bind(6, row.lastNs).bind(7, row.minTtl).bind(8, row.maxTtl).execute();
    }
    SqliteStatement series(m_db, R"sql(
        INSERT INTO series VALUES(?,?,?,?,?,?,?)
        ON CONFLICT DO UPDATE SET tx_packets = tx_packets + excluded.tx_packets, tx_bytes = tx_bytes + excluded.tx_bytes,
          rx_packets = rx_packets + excluded.rx_packets, rx_bytes = rx_bytes + excluded.rx_bytes)sql");
    for (const auto& row : delta.series) {
        if (!m_budget->admitSeries(row))
            continue;
        series.bind(1, static_cast<std::int64_t>(row.kind)).bind(2, row.minute).bind(3, row.key);
        series.bind(4, asInt(row.txPackets)).bind(5, asInt(row.txBytes));
        series.bind(6, asInt(row.rxPackets)).bind(7, asInt(row.rxBytes)).execute();
    }
    SqliteStatement evidence(m_db, R"sql(
        INSERT INTO evidence VALUES(?,?,?,?,?,?,?,?,?,?,?)
        ON CONFLICT DO UPDATE SET count = count + excluded.count,
          confidence = max(confidence, excluded.confidence),
          capture_id = CASE WHEN excluded.first_ns < first_ns THEN excluded.capture_id ELSE capture_id END,
          packet_number = CASE WHEN excluded.first_ns < first_ns THEN excluded.packet_number ELSE packet_number END,
          first_ns = min(first_ns, excluded.first_ns), last_ns = max(last_ns, excluded.last_ns))sql");
    for (const auto& row : delta.evidence) {
        if (!m_budget->admitEvidence(row))
            continue;
        evidence.bind(1, row.mac).bind(2, row.ip).bind(3, row.attribute).bind(4, row.value).bind(5, row.protocol);
        evidence.bindReal(6, row.confidence).bind(7, asInt(row.count)).bind(8, row.firstNs).bind(9, row.lastNs);
        if (row.captureId)
            evidence.bind(10, row.captureId);
        else
            evidence.bindNull(10);
        evidence.bind(11, asInt(row.packetNumber)).execute();
    }
    SqliteStatement operation(m_db, R"sql(
        INSERT INTO operation VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)
        ON CONFLICT DO UPDATE SET count = count + excluded.count,
          capture_id = CASE WHEN excluded.first_ns < first_ns THEN excluded.capture_id ELSE capture_id END,
          packet_number = CASE WHEN excluded.first_ns < first_ns THEN excluded.packet_number ELSE packet_number END,
          first_ns = min(first_ns, excluded.first_ns), last_ns = max(last_ns, excluded.last_ns))sql");
    for (const auto& row : delta.operations) {
        operation.bind(1, row.srcMac).bind(2, row.srcIp).bind(3, row.dstMac).bind(4, row.dstIp).bind(5, row.protocol);
        operation.bind(6, row.operationClass).bind(7, row.name).bind(8, std::int64_t{row.code});
        operation.bind(9, asInt(row.count)).bind(10, row.firstNs).bind(11, row.lastNs);
        if (row.captureId)
            operation.bind(12, row.captureId);
        else
            operation.bindNull(12);
        operation.bind(13, asInt(row.packetNumber)).execute();
    }
    upsertAlerts(delta.alerts, "stream");
    SqliteStatement anomaly(m_db, "INSERT INTO anomaly VALUES(?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count");
    for (const auto& [name, count] : delta.anomalies)
        anomaly.bind(1, name).bind(2, asInt(count)).execute();

    SqliteStatement capture(m_db, "UPDATE capture SET packets = ?, bytes = ?, start_ns = ?, end_ns = ?, link_types = ?, "
                                  "unsupported_packets = ?, truncated = ?, warning = ?, complete = ? WHERE id = ?");
    for (const auto& row : progress)
        updateCapture(capture, row);
    TruncationInfo refusals = m_budget->chunkRefusals();
    refusals.flowsEvicted = delta.flowsEvicted;
    if (refusals.any())
        addTruncation(refusals);
    transaction.commit();
}

void SurveyStore::finishCaptures(const std::vector<CaptureRecord>& captures)
{
    commitChunk({}, captures);
}

std::vector<CaptureRecord> SurveyStore::captures()
{
    std::vector<CaptureRecord> result;
    SqliteStatement query(m_db, "SELECT " + std::string(kCaptureColumns) + " FROM capture ORDER BY id");
    while (query.step())
        result.push_back(readCapture(query));
    return result;
}

std::vector<analysis::ConversationRecord> SurveyStore::conversations()
{
    std::vector<analysis::ConversationRecord> result;
    SqliteStatement query(m_db, "SELECT * FROM conversation ORDER BY first_ns, lo, lo_port, hi, hi_port");
    while (query.step()) {
        analysis::ConversationRecord row;
        readConversationKey(query, row);
        row.initiatorIsLo = query.columnInt(8) != 0;
        row.protocol = query.columnText(9);
        row.packetsLoToHi = static_cast<std::uint64_t>(query.columnInt(10));
        row.bytesLoToHi = static_cast<std::uint64_t>(query.columnInt(11));
        row.packetsHiToLo = static_cast<std::uint64_t>(query.columnInt(12));
        row.bytesHiToLo = static_cast<std::uint64_t>(query.columnInt(13));
        row.firstNs = query.columnInt(14);
        row.lastNs = query.columnInt(15);
        result.push_back(std::move(row));
    }
    return result;
}

std::vector<analysis::EndpointRecord> SurveyStore::endpoints()
{
    std::vector<analysis::EndpointRecord> result;
    SqliteStatement query(m_db, "SELECT * FROM endpoint ORDER BY is_mac, address");
    while (query.step()) {
        analysis::EndpointRecord row;
        row.isMac = query.columnInt(0) != 0;
        row.address = query.columnText(1);
        row.txPackets = static_cast<std::uint64_t>(query.columnInt(2));
        row.txBytes = static_cast<std::uint64_t>(query.columnInt(3));
        row.rxPackets = static_cast<std::uint64_t>(query.columnInt(4));
        row.rxBytes = static_cast<std::uint64_t>(query.columnInt(5));
        row.firstNs = query.columnInt(6);
        row.lastNs = query.columnInt(7);
        row.txFirstNs = query.columnInt(8);
        row.txLastNs = query.columnInt(9);
        result.push_back(std::move(row));
    }
    return result;
}

std::vector<analysis::BindingRecord> SurveyStore::bindings()
{
    std::vector<analysis::BindingRecord> result;
    SqliteStatement query(m_db, "SELECT * FROM binding ORDER BY mac, ip, source");
    while (query.step()) {
        analysis::BindingRecord row;
        row.mac = query.columnText(0);
        row.ip = query.columnText(1);
        row.source = query.columnText(2);
        row.packets = static_cast<std::uint64_t>(query.columnInt(3));
        row.firstNs = query.columnInt(4);
        row.lastNs = query.columnInt(5);
        row.minTtl = static_cast<int>(query.columnInt(6));
        row.maxTtl = static_cast<int>(query.columnInt(7));
        result.push_back(std::move(row));
    }
    return result;
}

std::vector<std::pair<std::string, std::uint64_t>> SurveyStore::anomalies()
{
    std::vector<std::pair<std::string, std::uint64_t>> result;
    SqliteStatement query(m_db, "SELECT name, count FROM anomaly ORDER BY name");
    while (query.step())
        result.emplace_back(query.columnText(0), static_cast<std::uint64_t>(query.columnInt(1)));
    return result;
}

std::vector<analysis::SeriesRecord> SurveyStore::series(analysis::SeriesRecord::Kind kind, const std::string& key)
{
    std::vector<analysis::SeriesRecord> result;
    SqliteStatement query(m_db, key.empty() ? "SELECT minute, key, tx_packets, tx_bytes, rx_packets, rx_bytes FROM series "
                                              "WHERE kind = ? ORDER BY minute, key"
                                            : "SELECT minute, key, tx_packets, tx_bytes, rx_packets, rx_bytes FROM series "
                                              "WHERE kind = ? AND key = ? ORDER BY minute");
    query.bind(1, static_cast<std::int64_t>(kind));
    if (!key.empty())
        query.bind(2, key);
    while (query.step()) {
        analysis::SeriesRecord row;
        row.kind = kind;
        row.minute = query.columnInt(0);
        row.key = query.columnText(1);
        row.txPackets = static_cast<std::uint64_t>(query.columnInt(2));
        row.txBytes = static_cast<std::uint64_t>(query.columnInt(3));
        row.rxPackets = static_cast<std::uint64_t>(query.columnInt(4));
        row.rxBytes = static_cast<std::uint64_t>(query.columnInt(5));
        result.push_back(std::move(row));
    }
    return result;
}

std::vector<analysis::EvidenceRecord> SurveyStore::evidence()
{
    std::vector<analysis::EvidenceRecord> result;
    SqliteStatement query(m_db, "SELECT mac, ip, attribute, value, protocol, confidence, count, first_ns, last_ns, "
                                "coalesce(capture_id, 0), packet_number FROM evidence ORDER BY mac, ip, attribute, value");
    while (query.step()) {
        analysis::EvidenceRecord row;
        row.mac = query.columnText(0);
        row.ip = query.columnText(1);
        row.attribute = query.columnText(2);
        row.value = query.columnText(3);
        row.protocol = query.columnText(4);
        row.confidence = query.columnDouble(5);
        row.count = static_cast<std::uint64_t>(query.columnInt(6));
        row.firstNs = query.columnInt(7);
        row.lastNs = query.columnInt(8);
        row.captureId = query.columnInt(9);
        row.packetNumber = static_cast<std::uint64_t>(query.columnInt(10));
        result.push_back(std::move(row));
    }
    return result;
}

std::vector<analysis::OperationRecord> SurveyStore::operations()
{
    std::vector<analysis::OperationRecord> result;
    SqliteStatement query(m_db, "SELECT src_mac, src_ip, dst_mac, dst_ip, protocol, operation_class, name, code, count, "
                                "first_ns, last_ns, coalesce(capture_id, 0), packet_number FROM operation "
                                "ORDER BY first_ns, src_ip, dst_ip, name");
    while (query.step()) {
        analysis::OperationRecord row;
        row.srcMac = query.columnText(0);
        row.srcIp = query.columnText(1);
        row.dstMac = query.columnText(2);
        row.dstIp = query.columnText(3);
        row.protocol = query.columnText(4);
        row.operationClass = query.columnText(5);
        row.name = query.columnText(6);
        row.code = static_cast<std::uint32_t>(query.columnInt(7));
        row.count = static_cast<std::uint64_t>(query.columnInt(8));
        row.firstNs = query.columnInt(9);
        row.lastNs = query.columnInt(10);
        row.captureId = query.columnInt(11);
        row.packetNumber = static_cast<std::uint64_t>(query.columnInt(12));
        result.push_back(std::move(row));
    }
    return result;
}

std::string SurveyStore::integrityCheck()
{
    return m_db.queryText("PRAGMA integrity_check");
}

} // namespace mieruka::store
