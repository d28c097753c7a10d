// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding_evidence.h"

namespace mieruka::detect::hygiene {

FindingEvidence::FindingEvidence(const DetectionInput& input, const HostIndex& hosts, Wanted wanted)
{
    for (const auto& row : input.evidence) {
        if (row.attribute != "security_finding" || !wanted(row.value))
            continue;
        if (!row.ip.empty()) {
            m_rows[row.ip].push_back(&row);
        } else if (const DetectHost* host = hosts.find(row.mac); host && !host->isRouter) {
            for (const auto& ip : host->ips)
                m_rows[ip].push_back(&row);
        }
    }
}

const FindingEvidence::Rows* FindingEvidence::find(const std::string& address) const
{
    const auto it = m_rows.find(address);
    return it == m_rows.end() ? nullptr : &it->second;
}

const analysis::EvidenceRecord* FindingEvidence::earliest(const Rows& rows)
{
    const analysis::EvidenceRecord* first = nullptr;
    for (const auto* row : rows)
        if (!first || row->firstNs < first->firstNs)
            first = row;
    return first;
}

} // namespace mieruka::detect::hygiene
