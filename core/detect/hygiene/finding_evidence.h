// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"
#include "core/detect/detection_input.h"
#include "core/detect/host_index.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::detect::hygiene {

/// The security_finding evidence rows of one kind, by the IP addresses of the host each row is
/// about (its own IP, else every IP of the host its MAC names; never a router's MAC, which
/// carries other hosts' frames). Points into the input: valid as long as it is.
class FindingEvidence {
public:
    using Rows = std::vector<const analysis::EvidenceRecord*>;
    using Wanted = bool (*)(std::string_view value);

    FindingEvidence(const DetectionInput& input, const HostIndex& hosts, Wanted wanted);

    const Rows* find(const std::string& address) const;
    /// Ordered by address: callers emit alerts in a deterministic order.
    const std::map<std::string, Rows>& byAddress() const { return m_rows; }
    bool empty() const { return m_rows.empty(); }

    /// The row seen first (lowest firstNs), or null for none.
    static const analysis::EvidenceRecord* earliest(const Rows& rows);

private:
    std::map<std::string, Rows> m_rows;
};

} // namespace mieruka::detect::hygiene
