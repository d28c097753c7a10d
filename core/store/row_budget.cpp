// SPDX-License-Identifier: GPL-3.0-or-later
#include "row_budget.h"

#include "sqlite_db.h"

#include <algorithm>

namespace mieruka::store {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t value)
{
    h ^= value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

std::uint64_t textHash(std::string_view text)
{
    // FNV-1a: the same value on every platform and run, unlike std::hash.
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

void readConversationKey(const SqliteStatement& row, analysis::ConversationRecord& into)
{
    into.isLink = row.columnInt(0) != 0;
    into.ipProtocol = static_cast<int>(row.columnInt(1));
    into.hasPorts = row.columnInt(2) != 0;
    into.etherType = static_cast<int>(row.columnInt(3));
    into.lo = row.columnText(4);
    into.loPort = static_cast<int>(row.columnInt(5));
    into.hi = row.columnText(6);
    into.hiPort = static_cast<int>(row.columnInt(7));
}

std::uint64_t RowBudget::endpointKey(bool isMac, std::string_view address)
{
    return mix(textHash(address), isMac ? 1 : 2);
}

std::uint64_t RowBudget::conversationKey(const analysis::ConversationRecord& row)
{
    std::uint64_t h = mix(textHash(row.lo), textHash(row.hi));
    h = mix(h, static_cast<std::uint64_t>(row.loPort) << 16 | static_cast<std::uint64_t>(row.hiPort));
    h = mix(h, static_cast<std::uint64_t>(row.ipProtocol) << 24 | static_cast<std::uint64_t>(row.etherType) << 2
                   | (row.hasPorts ? 2u : 0u) | (row.isLink ? 1u : 0u));
    return h;
}

void RowBudget::load(SqliteDb& db)
{
    m_loaded = true;
    {
        SqliteStatement query(db, "SELECT is_mac, address FROM endpoint");
        while (query.step())
            m_addresses.insert(endpointKey(query.columnInt(0) != 0, query.columnText(1)));
    }
    SqliteStatement query(db, "SELECT is_link, ip_protocol, has_ports, ether_type, lo, lo_port, hi, hi_port FROM conversation");
    while (query.step()) {
        analysis::ConversationRecord row;
        readConversationKey(query, row);
        m_conversations.insert(conversationKey(row));
    }
}

void RowBudget::beginChunk()
{
    m_refusedThisChunk.clear();
    m_addressesRefused = m_conversationsRefused = m_packetsUnlisted = 0;
}

bool RowBudget::refused(std::string_view address) const
{
    return !m_refusedThisChunk.empty() && !address.empty() && m_refusedThisChunk.count(textHash(address)) > 0;
}

namespace {

template <typename Row, typename Weight>
std::vector<std::size_t> busiestFirst(const std::vector<Row>& rows, bool mayOverflow, Weight weight)
{
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (mayOverflow)
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const auto wa = weight(rows[a]), wb = weight(rows[b]);
            return wa != wb ? wa > wb : rows[a].firstNs < rows[b].firstNs;
        });
    return order;
}

} // namespace

std::vector<std::size_t> RowBudget::admissionOrder(const std::vector<analysis::EndpointRecord>& rows) const
{
    return busiestFirst(rows, m_addresses.size() + rows.size() > m_limits.maxAddresses,
                        [](const analysis::EndpointRecord& row) { return row.txPackets + row.rxPackets; });
}

std::vector<std::size_t> RowBudget::admissionOrder(const std::vector<analysis::ConversationRecord>& rows) const
{
    return busiestFirst(rows, m_conversations.size() + rows.size() > m_limits.maxConversations,
                        [](const analysis::ConversationRecord& row) { return row.packetsLoToHi + row.packetsHiToLo; });
}

bool RowBudget::admitEndpoint(const analysis::EndpointRecord& row)
{
    const std::uint64_t key = endpointKey(row.isMac, row.address);
    if (m_addresses.count(key))
        return true;
    if (m_addresses.size() < m_limits.maxAddresses) {
        m_addresses.insert(key);
        return true;
    }
    ++m_addressesRefused;
    m_refusedThisChunk.insert(textHash(row.address));
    return false;
}

bool RowBudget::admitConversation(const analysis::ConversationRecord& row)
{
    bool admit = !refused(row.lo) && !refused(row.hi);
    if (admit) {
        const std::uint64_t key = conversationKey(row);
        if (m_conversations.count(key))
            return true;
        admit = m_conversations.size() < m_limits.maxConversations;
        if (admit)
            m_conversations.insert(key);
    }
    if (!admit) {
        ++m_conversationsRefused;
        m_packetsUnlisted += row.packetsLoToHi + row.packetsHiToLo;
    }
    return admit;
}

bool RowBudget::admitBinding(const analysis::BindingRecord& row) const
{
    return !refused(row.mac) && !refused(row.ip);
}

bool RowBudget::admitSeries(const analysis::SeriesRecord& row) const
{
    switch (row.kind) {
    case analysis::SeriesRecord::Kind::Host: return !refused(row.key);
    case analysis::SeriesRecord::Kind::Pair: {
        const auto space = row.key.find(' ');
        if (space == std::string::npos)
            return !refused(row.key);
        const std::string_view key(row.key);
        return !refused(key.substr(0, space)) && !refused(key.substr(space + 1));
    }
    case analysis::SeriesRecord::Kind::Protocol: return true;
    }
    return true;
}

bool RowBudget::admitEvidence(const analysis::EvidenceRecord& row) const
{
    return !refused(row.mac) && !refused(row.ip);
}

TruncationInfo RowBudget::chunkRefusals() const
{
    TruncationInfo info;
    info.addressesRefused = m_addressesRefused;
    info.conversationsRefused = m_conversationsRefused;
    info.packetsUnlisted = m_packetsUnlisted;
    if (info.truncated()) {
        info.maxAddresses = m_limits.maxAddresses;
        info.maxConversations = m_limits.maxConversations;
    }
    return info;
}

} // namespace mieruka::store
