// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mieruka::map {

/// What an edge carries, for its colour: industrial protocols, ordinary IT traffic, traffic to
/// or from addresses outside the private ranges, or broadcast/multicast.
enum class EdgeClass { Ot, It, Internet, Broadcast };

/// One vertex of the map. `id` is the caller's key (never shown, never given to Graphviz);
/// `label` is shown as plain text (control characters are dropped, the length is capped).
struct MapNode {
    std::string id;
    std::string label;
    std::string cluster;      ///< subnet ("192.168.10.0/24"); empty: not in a cluster
    std::string role;         ///< role id ("plc", "hmi", "router", …); informational
    std::uint64_t bytes = 0;  ///< traffic rank when the graph is capped; 0: sum of its edges
};

/// An undirected edge between two node ids; several edges between one pair are merged.
struct MapEdge {
    std::string a, b;
    std::uint64_t bytes = 0;
    EdgeClass edgeClass = EdgeClass::It;
};

/// Plain input of MapLayout::compute. Edges naming unknown ids and self-loops are ignored.
struct MapGraph {
    std::vector<MapNode> nodes;
    std::vector<MapEdge> edges;
};

} // namespace mieruka::map
