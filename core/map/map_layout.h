// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/map_graph.h"

#include <cstddef>
#include <string>
#include <vector>

namespace mieruka::map {

/// All coordinates are in points (1/72 inch), with the origin at the top-left corner of the
/// layout's bounding box and y growing downwards (screen order, unlike Graphviz).
struct MapPoint {
    double x = 0, y = 0;
};

struct MapRect {
    double x = 0, y = 0, width = 0, height = 0;
};

struct NodePlacement {
    std::string id;     ///< MapNode::id
    double x = 0, y = 0;          ///< centre
    double width = 0, height = 0;
};

struct EdgePlacement {
    std::string a, b;   ///< MapEdge ids, as given
    std::uint64_t bytes = 0;
    EdgeClass edgeClass = EdgeClass::It;
    /// Cubic Bézier control points (1 + 3k points: start, then c1, c2, end per segment); a
    /// straight edge is given as one segment.
    std::vector<MapPoint> points;
};

struct ClusterPlacement {
    std::string cluster;  ///< MapNode::cluster
    MapRect box;
};

enum class Engine {
    Auto,   ///< dot up to MapLayout::DotLimit nodes, sfdp (neato when sfdp is missing) above
    Dot,
    Sfdp,
    Neato,
};

struct LayoutResult {
    bool ok = false;
    std::string error;               ///< stable id ("layout_failed", "no_engine"); empty when ok
    Engine engine = Engine::Auto;    ///< the engine that ran
    std::vector<NodePlacement> nodes;  ///< in input order of the kept nodes
    std::vector<EdgePlacement> edges;  ///< one per distinct kept pair
    std::vector<ClusterPlacement> clusters;  ///< dot only; the other engines ignore clusters
    MapRect bounds;                   ///< (0, 0, width, height)
    std::size_t omittedNodes = 0;     ///< beyond MapLayout::MaxNodes, lowest traffic first
    std::size_t omittedEdges = 0;     ///< edges touching an omitted node
};

/// Network-map layout with Graphviz (cgraph + gvc): graph in, positions out.
///
/// Thread safety: Graphviz keeps global state and is not reentrant, so every call runs under
/// one process-wide mutex; compute() may be called from any thread (meant for a worker, off
/// the UI thread), and concurrent calls run one after the other.
class MapLayout {
public:
    static constexpr std::size_t DotLimit = 60;    ///< Auto picks dot up to this many nodes
    static constexpr std::size_t MaxNodes = 2000;  ///< larger graphs keep their busiest nodes

    /// Lays out `graph`; never throws for bad input (hostile labels, unknown edge ends).
    static LayoutResult compute(const MapGraph& graph, Engine engine = Engine::Auto);

    /// The engine Auto resolves to for `nodeCount` nodes (before the sfdp→neato fallback).
    static Engine autoEngine(std::size_t nodeCount);

    /// A label as given to Graphviz: no control characters, backslashes escaped (no "\N",
    /// "\G" expansion), at most 64 characters (UTF-8 kept whole).
    static std::string plainLabel(const std::string& label);
};

} // namespace mieruka::map
