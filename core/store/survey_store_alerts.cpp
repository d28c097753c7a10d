// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_fields.h"
#include "survey_store.h"

namespace mieruka::store {

namespace {

constexpr std::string_view kAlertColumns = "id, type, severity, rule, src, dst, src_mac, dst_mac, protocol, fields_json, "
                                           "count, first_ns, last_ns, coalesce(capture_id, 0), packet_number";

analysis::AlertRecord readAlert(const SqliteStatement& row)
{
    analysis::AlertRecord alert;
    alert.id = row.columnInt(0);
    alert.type = row.columnText(1);
    alert.severity = row.columnText(2);
    alert.rule = row.columnText(3);
    alert.src = row.columnText(4);
    alert.dst = row.columnText(5);
    alert.srcMac = row.columnText(6);
    alert.dstMac = row.columnText(7);
    alert.protocol = row.columnText(8);
    alert.fields = decodeAlertFields(row.columnText(9));
    alert.count = static_cast<std::uint64_t>(row.columnInt(10));
    alert.firstNs = row.columnInt(11);
    alert.lastNs = row.columnInt(12);
    alert.captureId = row.columnInt(13);
    alert.packetNumber = static_cast<std::uint64_t>(row.columnInt(14));
    return alert;
}

} // namespace

void SurveyStore::upsertAlerts(const std::vector<analysis::AlertRecord>& alerts, std::string_view origin)
{
    if (alerts.empty())
        return;
    // An incident keeps the severity, fields and evidence frame of its earliest occurrence.
    SqliteStatement upsert(m_db, R"sql(
        INSERT INTO alert(origin, type, severity, rule, src, dst, src_mac, dst_mac, protocol, fields_json,
                          count, first_ns, last_ns, capture_id, packet_number)
        VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        ON CONFLICT DO UPDATE SET count = count + excluded.count,
          severity = CASE WHEN excluded.first_ns < first_ns THEN excluded.severity ELSE severity END,
          fields_json = CASE WHEN excluded.first_ns < first_ns THEN excluded.fields_json ELSE fields_json END,
          capture_id = CASE WHEN excluded.first_ns < first_ns THEN excluded.capture_id ELSE capture_id END,
          packet_number = CASE WHEN excluded.first_ns < first_ns THEN excluded.packet_number ELSE packet_number END,
          first_ns = min(first_ns, excluded.first_ns), last_ns = max(last_ns, excluded.last_ns))sql");
    for (const auto& alert : alerts) {
        const std::string fields = encodeAlertFields(alert.fields); // bound without a copy: must outlive execute()
        upsert.bind(1, origin).bind(2, alert.type).bind(3, alert.severity).bind(4, alert.rule);
        upsert.bind(5, alert.src).bind(6, alert.dst).bind(7, alert.srcMac).bind(8, alert.dstMac);
        upsert.bind(9, alert.protocol).bind(10, fields);
        upsert.bind(11, static_cast<std::int64_t>(alert.count)).bind(12, alert.firstNs).bind(13, alert.lastNs);
        if (alert.captureId)
            upsert.bind(14, alert.captureId);
        else
            upsert.bindNull(14);
        upsert.bind(15, static_cast<std::int64_t>(alert.packetNumber)).execute();
    }
}

void SurveyStore::replaceSurveyAlerts(const std::vector<analysis::AlertRecord>& alerts)
{
    SqliteTransaction transaction(m_db);
    m_db.execute("DELETE FROM alert WHERE origin = 'survey'");
    upsertAlerts(alerts, "survey");
    transaction.commit();
}

void SurveyStore::setMeta(const std::string& key, const std::string& value)
{
    SqliteStatement upsert(m_db, "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value).execute();
}

std::optional<std::string> SurveyStore::meta(const std::string& key)
{
    SqliteStatement query(m_db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    if (!query.step())
        return std::nullopt;
    return query.columnText(0);
}

std::vector<analysis::AlertRecord> SurveyStore::alerts()
{
    std::vector<analysis::AlertRecord> result;
    SqliteStatement query(m_db, "SELECT " + std::string(kAlertColumns) + " FROM alert ORDER BY first_ns, id");
    while (query.step())
        result.push_back(readAlert(query));
    return result;
}

std::optional<analysis::AlertRecord> SurveyStore::alert(std::int64_t id)
{
    SqliteStatement query(m_db, "SELECT " + std::string(kAlertColumns) + " FROM alert WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readAlert(query);
}

} // namespace mieruka::store
