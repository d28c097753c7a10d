// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace mieruka::map {

namespace {

/// Graphviz is not reentrant (global state in cgraph and the layout engines): one call at a
/// time in the whole process. The context is created once and kept for the process lifetime.
std::mutex& graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

GVC_t* context()
{
    static GVC_t* const gvc = [] {
        agseterr(AGERR); // no warnings on stderr; errors still show
        return gvContext();
    }();
    return gvc;
}

/// cgraph's C API takes char* for strings it only copies.
char* cs(const std::string& text) { return const_cast<char*>(text.c_str()); }
char* cs(const char* text) { return const_cast<char*>(text); }

void set(void* object, const char* name, const std::string& value)
{
    agsafeset(object, cs(name), cs(value), cs(""));
}

bool hasLayoutPlugin(GVC_t* gvc, const char* name)
{
    int count = 0;
    char** list = gvPluginList(gvc, "layout", &count, nullptr);
    bool found = false;
    for (int i = 0; i < count; ++i) {
        const char* entry = list[i];
        const std::size_t length = std::strcspn(entry, ":");
        if (length == std::strlen(name) && std::strncmp(entry, name, length) == 0)
            found = true;
        std::free(list[i]);
    }
    std::free(list);
    return found;
}

const char* engineName(Engine engine)
{
    switch (engine) {
    case Engine::Dot: return "dot";
    case Engine::Sfdp: return "sfdp";
    case Engine::Neato: return "neato";
    case Engine::Auto: break;
    }
    return "dot";
}

/// Length of the valid UTF-8 sequence at text[i], or 0 when it is not one.
std::size_t utf8Length(const std::string& text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef)
        length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4)
        length = 4;
    else
        return 0;
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80)
            return 0;
    }
    return length;
}

struct PairKey {
    std::size_t lo, hi;
    bool operator<(const PairKey& other) const { return std::tie(lo, hi) < std::tie(other.lo, other.hi); }
};

struct KeptEdge {
    std::size_t lo, hi;          ///< indices into the kept nodes
    std::string a, b;            ///< ids as first given
    std::uint64_t bytes = 0;
    EdgeClass edgeClass = EdgeClass::It;
};

/// Ranks a class so a merged pair keeps the most telling one (OT over internet over IT…).
int classRank(EdgeClass edgeClass)
{
    switch (edgeClass) {
    case EdgeClass::Ot: return 3;
    case EdgeClass::Internet: return 2;
    case EdgeClass::It: return 1;
    case EdgeClass::Broadcast: return 0;
    }
    return 0;
}

} // namespace

Engine MapLayout::autoEngine(std::size_t nodeCount)
{
    return nodeCount <= DotLimit ? Engine::Dot : Engine::Sfdp;
}

std::string MapLayout::plainLabel(const std::string& label)
{
    constexpr std::size_t maxChars = 64;
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < label.size() && chars < maxChars;) {
        const std::size_t length = utf8Length(label, i);
        if (length == 0) {
            out += '?';
            ++i;
        } else if (length == 1) {
            const char c = label[i];
            if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) {
                if (c == '\\')
                    out += '\\'; // "\N", "\G", "\n" would be expanded by Graphviz
                out += c;
            }
            ++i;
        } else {
            out.append(label, i, length);
            i += length;
        }
        ++chars;
    }
    return out;
}

LayoutResult MapLayout::compute(const MapGraph& graph, Engine engine)
{
    LayoutResult result;

    // Unique nodes, first occurrence wins.
    std::unordered_map<std::string, std::size_t> inputIndex;
    std::vector<std::size_t> unique;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (inputIndex.emplace(graph.nodes[i].id, i).second)
            unique.push_back(i);
    }

    // Traffic per node: its own count, else the sum of its edges.
    std::unordered_map<std::string, std::uint64_t> edgeBytes;
    for (const MapEdge& edge : graph.edges) {
        if (edge.a == edge.b)
            continue;
        edgeBytes[edge.a] += edge.bytes;
        edgeBytes[edge.b] += edge.bytes;
    }
    auto traffic = [&](std::size_t i) {
        const MapNode& node = graph.nodes[i];
        if (node.bytes != 0)
            return node.bytes;
        const auto found = edgeBytes.find(node.id);
        return found == edgeBytes.end() ? std::uint64_t{0} : found->second;
    };

    // Cap: keep the busiest MaxNodes, in input order.
    if (unique.size() > MaxNodes) {
        std::vector<std::size_t> ranked = unique;
        std::stable_sort(ranked.begin(), ranked.end(),
                         [&](std::size_t l, std::size_t r) { return traffic(l) > traffic(r); });
        ranked.resize(MaxNodes);
        std::sort(ranked.begin(), ranked.end());
        result.omittedNodes = unique.size() - MaxNodes;
        unique = std::move(ranked);
    }
    std::unordered_map<std::string, std::size_t> keptIndex;
    for (std::size_t k = 0; k < unique.size(); ++k)
        keptIndex.emplace(graph.nodes[unique[k]].id, k);

    // Merge edges per unordered pair.
    std::map<PairKey, KeptEdge> pairs;
    for (const MapEdge& edge : graph.edges) {
        if (edge.a == edge.b)
            continue;
        const auto a = keptIndex.find(edge.a);
        const auto b = keptIndex.find(edge.b);
        if (a == keptIndex.end() || b == keptIndex.end()) {
            if (inputIndex.count(edge.a) != 0 && inputIndex.count(edge.b) != 0)
                ++result.omittedEdges;
            continue;
        }
        const PairKey key{std::min(a->second, b->second), std::max(a->second, b->second)};
        auto [it, inserted] = pairs.try_emplace(key);
        KeptEdge& kept = it->second;
        if (inserted) {
            kept.lo = key.lo;
            kept.hi = key.hi;
            kept.a = edge.a;
            kept.b = edge.b;
            kept.edgeClass = edge.edgeClass;
        } else if (classRank(edge.edgeClass) > classRank(kept.edgeClass)) {
            kept.edgeClass = edge.edgeClass;
        }
        kept.bytes += edge.bytes;
    }

    if (engine == Engine::Auto)
        engine = autoEngine(unique.size());

    const std::lock_guard lock(graphvizMutex());
    GVC_t* gvc = context();
    if (gvc == nullptr) {
        result.error = "no_engine";
        return result;
    }
    if (engine == Engine::Sfdp && !hasLayoutPlugin(gvc, "sfdp"))
        engine = Engine::Neato;
    if (!hasLayoutPlugin(gvc, engineName(engine))) {
        result.error = "no_engine";
        return result;
    }
    result.engine = engine;

    Agraph_t* g = agopen(cs("map"), Agstrictundirected, nullptr);
    if (g == nullptr) {
        result.error = "layout_failed";
        return result;
    }
    set(g, "fontname", "Helvetica");
    set(g, "fontsize", "10");
    if (engine == Engine::Dot) {
        set(g, "rankdir", "TB");
        set(g, "nodesep", "0.3");
        set(g, "ranksep", "0.6");
    } else {
        set(g, "overlap", "prism");
        set(g, "splines", "line"); // straight edges keep large layouts fast
        set(g, "sep", "+6");
    }

    // Clusters (dot only: the force-directed engines ignore them).
    std::map<std::string, Agraph_t*> clusterGraphs;
    std::vector<std::pair<std::string, Agraph_t*>> clusterOrder;
    std::map<std::string, int> usedNames;
    auto clusterFor = [&](const std::string& cluster) -> Agraph_t* {
        if (engine != Engine::Dot || cluster.empty())
            return g;
        const auto found = clusterGraphs.find(cluster);
        if (found != clusterGraphs.end())
            return found->second;
        std::string name = "cluster_";
        for (const char c : cluster)
            name += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == ':' || c == '/') ? c : '_';
        if (const int uses = usedNames[name]++; uses > 0)
            name.append(1, '#').append(std::to_string(uses));
        Agraph_t* sub = agsubg(g, cs(name), 1);
        set(sub, "label", plainLabel(cluster));
        set(sub, "labeljust", "l");
        set(sub, "style", "rounded");
        clusterGraphs.emplace(cluster, sub);
        clusterOrder.emplace_back(cluster, sub);
        return sub;
    };

    std::vector<Agnode_t*> nodes(unique.size(), nullptr);
    for (std::size_t k = 0; k < unique.size(); ++k) {
        const MapNode& input = graph.nodes[unique[k]];
        Agraph_t* parent = clusterFor(input.cluster);
        // Graphviz names are our indices: input text never becomes a Graphviz name.
        Agnode_t* node = agnode(parent, cs("n" + std::to_string(k)), 1);
        set(node, "shape", "box");
        set(node, "style", "rounded");
        set(node, "fontname", "Helvetica");
        set(node, "fontsize", "10");
        set(node, "margin", "0.12,0.06");
        set(node, "height", "0.4");
        set(node, "label", plainLabel(input.label.empty() ? input.id : input.label));
        nodes[k] = node;
    }

    std::vector<std::pair<Agedge_t*, const KeptEdge*>> edges;
    edges.reserve(pairs.size());
    for (const auto& [key, kept] : pairs) {
        Agedge_t* edge = agedge(g, nodes[kept.lo], nodes[kept.hi], nullptr, 1);
        edges.emplace_back(edge, &kept);
    }

    // The force-directed engines lay out and then pack every connected component on its own,
    // which costs minutes for thousands of isolated hosts. An invisible hub tied to the busiest
    // node of each component makes one component, so the time stays bounded (about a second
    // for MaxNodes on one core).
    if (engine != Engine::Dot && unique.size() > 1) {
        std::vector<std::size_t> parent(unique.size());
        std::iota(parent.begin(), parent.end(), std::size_t{0});
        auto root = [&](std::size_t k) {
            while (parent[k] != k)
                k = parent[k] = parent[parent[k]];
            return k;
        };
        for (const auto& [key, kept] : pairs)
            parent[root(kept.lo)] = root(kept.hi);
        std::unordered_map<std::size_t, std::size_t> busiest; // component root -> kept index
        for (std::size_t k = 0; k < unique.size(); ++k) {
            auto [it, inserted] = busiest.try_emplace(root(k), k);
            if (!inserted && traffic(unique[k]) > traffic(unique[it->second]))
                it->second = k;
        }
        if (busiest.size() > 1) {
            Agnode_t* hub = agnode(g, cs("hub"), 1);
            set(hub, "shape", "point");
            set(hub, "width", "0.01");
            set(hub, "label", "");
            set(hub, "style", "invis");
            std::vector<std::size_t> anchors;
            for (const auto& [component, k] : busiest)
                anchors.push_back(k);
            std::sort(anchors.begin(), anchors.end()); // deterministic edge order
            for (const std::size_t k : anchors)
                set(agedge(g, hub, nodes[k], nullptr, 1), "style", "invis");
        }
    }

    if (gvLayout(gvc, g, engineName(engine)) != 0) {
        agclose(g);
        result.error = "layout_failed";
        return result;
    }

    const boxf bb = GD_bb(g);
    const double left = bb.LL.x;
    const double top = bb.UR.y;
    auto toMap = [&](pointf p) { return MapPoint{p.x - left, top - p.y}; };
    result.bounds = MapRect{0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y};

    result.nodes.reserve(unique.size());
    for (std::size_t k = 0; k < unique.size(); ++k) {
        const MapPoint centre = toMap(ND_coord(nodes[k]));
        result.nodes.push_back(NodePlacement{graph.nodes[unique[k]].id, centre.x, centre.y,
                                             ND_width(nodes[k]) * 72.0, ND_height(nodes[k]) * 72.0});
    }

    result.edges.reserve(edges.size());
    for (const auto& [edge, kept] : edges) {
        EdgePlacement placement;
        placement.a = kept->a;
        placement.b = kept->b;
        placement.bytes = kept->bytes;
        placement.edgeClass = kept->edgeClass;
        const splines* spl = ED_spl(edge);
        if (spl != nullptr && spl->size > 0 && spl->list[0].size >= 4) {
            const bezier& curve = spl->list[0];
            for (int i = 0; i < curve.size; ++i)
                placement.points.push_back(toMap(curve.list[i]));
        } else {
            // No route computed: a straight cubic between the centres.
            const MapPoint from = toMap(ND_coord(nodes[kept->lo]));
            const MapPoint to = toMap(ND_coord(nodes[kept->hi]));
            placement.points = {from, from, to, to};
        }
        result.edges.push_back(std::move(placement));
    }

    for (const auto& [cluster, sub] : clusterOrder) {
        const boxf box = GD_bb(sub);
        const MapPoint topLeft = toMap(pointf{box.LL.x, box.UR.y});
        result.clusters.push_back(
            ClusterPlacement{cluster, MapRect{topLeft.x, topLeft.y, box.UR.x - box.LL.x, box.UR.y - box.LL.y}});
    }

    gvFreeLayout(gvc, g);
    agclose(g);
    result.ok = true;
    return result;
}

} // namespace mieruka::map
