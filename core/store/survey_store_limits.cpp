// SPDX-License-Identifier: GPL-3.0-or-later
#include "row_budget.h"
#include "survey_store.h"

#include <algorithm>

namespace mieruka::store {

namespace {

constexpr const char* kMaxAddresses = "limits.max_addresses";
constexpr const char* kMaxConversations = "limits.max_conversations";
constexpr const char* kAddressesRefused = "limits.addresses_refused";
constexpr const char* kConversationsRefused = "limits.conversations_refused";
constexpr const char* kPacketsUnlisted = "limits.packets_unlisted";
constexpr const char* kFlowsEvicted = "limits.flows_evicted";

std::uint64_t number(const std::optional<std::string>& text)
{
    if (!text)
        return 0;
    try {
        return std::stoull(*text);
    } catch (const std::exception&) {
        return 0; // a damaged value must not make the survey unreadable
    }
}

} // namespace

SurveyStore::~SurveyStore() = default;

void SurveyStore::setLimits(const SurveyLimits& limits)
{
    m_limits = limits;
    m_budget.reset();
}

TruncationInfo SurveyStore::truncation()
{
    TruncationInfo info;
    info.maxAddresses = number(meta(kMaxAddresses));
    info.maxConversations = number(meta(kMaxConversations));
    info.addressesRefused = number(meta(kAddressesRefused));
    info.conversationsRefused = number(meta(kConversationsRefused));
    info.packetsUnlisted = number(meta(kPacketsUnlisted));
    info.flowsEvicted = number(meta(kFlowsEvicted));
    return info;
}

void SurveyStore::addTruncation(const TruncationInfo& chunk)
{
    const TruncationInfo total = truncation();
    auto add = [this](const char* key, std::uint64_t before, std::uint64_t more) {
        if (more > 0)
            setMeta(key, std::to_string(before + more));
    };
    add(kAddressesRefused, total.addressesRefused, chunk.addressesRefused);
    add(kConversationsRefused, total.conversationsRefused, chunk.conversationsRefused);
    add(kPacketsUnlisted, total.packetsUnlisted, chunk.packetsUnlisted);
    add(kFlowsEvicted, total.flowsEvicted, chunk.flowsEvicted);
    // The survey keeps the largest limits any import ran with: that is how far it is complete.
    if (chunk.truncated()) {
        setMeta(kMaxAddresses, std::to_string(std::max(total.maxAddresses, chunk.maxAddresses)));
        setMeta(kMaxConversations, std::to_string(std::max(total.maxConversations, chunk.maxConversations)));
    }
}

} // namespace mieruka::store
