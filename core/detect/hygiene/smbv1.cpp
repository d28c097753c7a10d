// SPDX-License-Identifier: GPL-3.0-or-later
#include "smbv1.h"

#include "alert_naming.h"
#include "conversation_sides.h"
#include "finding_evidence.h"
#include "row_span.h"

#include "core/detect/host_index.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace mieruka::detect {

namespace {

using hygiene::ConversationSides;
using hygiene::FindingEvidence;

constexpr int kTcp = 6;

bool isSmbPort(int port)
{
    return port == 445 || port == 139;
}

bool isSmbv1(std::string_view value)
{
    return value == "smbv1";
}

struct Use {
    hygiene::RowSpan span;
    std::set<int> ports;
    std::uint64_t packets = 0, bytes = 0;
    const analysis::EvidenceRecord* frame = nullptr;

    void takeFrame(const FindingEvidence::Rows& rows)
    {
        const auto* first = FindingEvidence::earliest(rows);
        if (first && (!frame || first->firstNs < frame->firstNs))
            frame = first;
    }
};

analysis::AlertRecord alertOf(const std::string& client, const std::string& server, const Use& use,
                              const HostIndex& hosts)
{
    auto alert = makeAlert(AlertType::Smbv1, Severity::High, "smbv1", use.span.firstNs, use.span.lastNs);
    hygiene::nameSource(alert, hosts, client);
    if (!server.empty())
        hygiene::nameDestination(alert, hosts, server);
    alert.protocol = "smb";
    if (!use.ports.empty()) {
        addField(alert, "ports", hygiene::joinLimited(use.ports));
        addField(alert, "packets", std::to_string(use.packets));
        addField(alert, "bytes", std::to_string(use.bytes));
    }
    alert.count = use.span.rows;
    if (use.frame)
        hygiene::takeFrame(alert, *use.frame);
    return alert;
}

} // namespace

void Smbv1::run(const DetectionContext& context, AlertList& alerts)
{
    const HostIndex hosts(context.current.hosts);
    const FindingEvidence evidence(context.current, hosts, isSmbv1);
    if (evidence.empty())
        return;

    std::map<std::pair<std::string, std::string>, Use> pairs; // ordered: deterministic output
    std::set<std::string> paired;
    for (const auto& row : context.current.conversations) {
        if (row.isLink || row.ipProtocol != kTcp || !row.hasPorts)
            continue;
        auto sides = ConversationSides::of(row);
        if (!isSmbPort(sides.serverPort) && isSmbPort(sides.clientPort))
            sides = sides.swapped();
        if (!isSmbPort(sides.serverPort) || sides.toItself())
            continue;
        // A host may speak SMB1 to one old peer and SMB2 to the rest: both ends must show SMB1.
        const auto* clientRows = evidence.find(*sides.client);
        const auto* serverRows = evidence.find(*sides.server);
        if (!clientRows || !serverRows)
            continue;
        Use& use = pairs[{*sides.client, *sides.server}];
        use.span.add(row.firstNs, row.lastNs);
        use.ports.insert(sides.serverPort);
        use.packets += sides.packets();
        use.bytes += sides.bytes();
        use.takeFrame(*clientRows);
        use.takeFrame(*serverRows);
        paired.insert(*sides.client);
        paired.insert(*sides.server);
    }
    for (const auto& [pair, use] : pairs)
        alerts.push_back(alertOf(pair.first, pair.second, use, hosts));

    // Only one direction captured, or SMB1 on a port of its own: the host alone.
    for (const auto& [address, rows] : evidence.byAddress()) {
        if (paired.contains(address))
            continue;
        Use use;
        for (const auto* row : rows)
            use.span.add(row->firstNs, row->lastNs);
        use.takeFrame(rows);
        alerts.push_back(alertOf(address, std::string(), use, hosts));
    }
}

} // namespace mieruka::detect
