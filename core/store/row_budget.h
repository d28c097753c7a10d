// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey_limits.h"

#include "core/analysis/analysis_records.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace mieruka::store {

class SqliteDb;
class SqliteStatement;

/// Reads a conversation's key — the first eight columns of the conversation table, in table
/// order — from a query row; shared by every reader of that table.
void readConversationKey(const SqliteStatement& row, analysis::ConversationRecord& into);

/// Decides, row by row while a chunk is committed, what still fits in the survey's limits.
/// Rows of addresses and conversations the survey already holds always pass; new ones pass while
/// there is room. Rows that hang off a refused address (its bindings, series, evidence and
/// conversations) are refused with it, so the survey never lists half a host. Keys are kept as
/// 64-bit hashes: memory stays bounded by the limits, not by what the network sends.
class RowBudget {
public:
    explicit RowBudget(const SurveyLimits& limits) : m_limits(limits) {}

    /// Learns the keys already in the survey; once, before the first chunk.
    void load(SqliteDb& db);
    /// Starts a chunk: forgets the previous chunk's refused addresses and counters.
    void beginChunk();

    /// The order to offer a chunk's rows in: as they come while everything fits; else the busiest
    /// first, so a plant device busy during a flood wins over a thousand one-frame forgeries.
    std::vector<std::size_t> admissionOrder(const std::vector<analysis::EndpointRecord>& rows) const;
    std::vector<std::size_t> admissionOrder(const std::vector<analysis::ConversationRecord>& rows) const;

    bool admitEndpoint(const analysis::EndpointRecord& row);
    bool admitConversation(const analysis::ConversationRecord& row);
    bool admitBinding(const analysis::BindingRecord& row) const;
    bool admitSeries(const analysis::SeriesRecord& row) const;
    bool admitEvidence(const analysis::EvidenceRecord& row) const;

    bool loaded() const { return m_loaded; }
    const SurveyLimits& limits() const { return m_limits; }
    /// What this chunk refused (limits are filled in only when something was).
    TruncationInfo chunkRefusals() const;

private:
    static std::uint64_t endpointKey(bool isMac, std::string_view address);
    static std::uint64_t conversationKey(const analysis::ConversationRecord& row);
    bool refused(std::string_view address) const;

    SurveyLimits m_limits;
    bool m_loaded = false;
    std::unordered_set<std::uint64_t> m_addresses;
    std::unordered_set<std::uint64_t> m_conversations;
    std::unordered_set<std::uint64_t> m_refusedThisChunk; ///< hashes of address text, for the rows hanging off them
    std::uint64_t m_addressesRefused = 0;
    std::uint64_t m_conversationsRefused = 0;
    std::uint64_t m_packetsUnlisted = 0;
};

} // namespace mieruka::store
