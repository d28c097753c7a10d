// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_data.h"

#include "core/map/map_graph.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace mieruka::gui {

/// What the map shows: the shared filter's subnet, protocol and time range plus the map's
/// own role choice. Empty strings mean "all".
struct MapFilter {
    QString subnet;    ///< "192.168.10.0/24": hosts of that /24 and the hosts they talk to
    QString protocol;  ///< conversations of that protocol label only (hosts without any hidden)
    QString role;      ///< hosts of that role and the hosts they talk to
    qint64 fromNs = 0, toNs = 0;
};

/// Turns a workspace snapshot into the plain graph MapLayout lays out (UI thread, cheap:
/// one pass over hosts and conversations).
///
/// Nodes are the hosts seen on the local segments (own MAC, or a private address), keyed by
/// hostKey(); every public peer is folded into one node InternetId and every broadcast or
/// multicast destination into BroadcastId. Edges merge the conversations of one host pair.
class MapGraphBuilder {
public:
    static constexpr std::string_view InternetId = "internet";
    static constexpr std::string_view BroadcastId = "broadcast";

    static map::MapGraph build(const WorkspaceData& data, const MapFilter& filter);

    /// Choices for the map's combo boxes, sorted.
    static QStringList subnets(const WorkspaceData& data);
    static QStringList protocols(const WorkspaceData& data);
    static QStringList roles(const WorkspaceData& data);

    /// "a.b.c.0/24" for a private or link-local IPv4 address, else empty.
    static std::string subnetOf(const std::string& address);
    /// True for the labels of industrial protocols ("modbus", "s7comm", "profinet-rt", …).
    static bool isOtProtocol(std::string_view label);
};

} // namespace mieruka::gui
