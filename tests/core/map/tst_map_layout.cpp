// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>

#include "core/map/map_layout.h"

#include <cmath>
#include <set>
#include <string>
#include <thread>

using namespace mieruka::map;

namespace {

/// prefix + number (GCC 12 warns falsely on "literal" + std::to_string at -O3).
std::string id(std::string prefix, long long number, const char* suffix = "")
{
    prefix.append(std::to_string(number)).append(suffix);
    return prefix;
}

MapNode node(std::string id, std::string cluster, std::string label = {})
{
    MapNode n;
    n.id = std::move(id);
    n.label = label.empty() ? n.id : std::move(label);
    n.cluster = std::move(cluster);
    return n;
}

MapEdge edge(std::string a, std::string b, std::uint64_t bytes, EdgeClass edgeClass = EdgeClass::It)
{
    return MapEdge{std::move(a), std::move(b), bytes, edgeClass};
}

/// Two /24s of four hosts each, busy inside each subnet, one link across.
MapGraph twoSubnets()
{
    MapGraph graph;
    for (int s = 0; s < 2; ++s) {
        const std::string subnet = id("192.168.", 10 + s, ".0/24");
        for (int h = 1; h <= 4; ++h)
            graph.nodes.push_back(node(id(id("192.168.", 10 + s, "."), h), subnet));
    }
    for (int s = 0; s < 2; ++s) {
        const std::string prefix = id("192.168.", 10 + s, ".");
        for (int h = 2; h <= 4; ++h)
            graph.edges.push_back(edge(id(prefix, 1), id(prefix, h), 100000, EdgeClass::Ot));
    }
    graph.edges.push_back(edge("192.168.10.1", "192.168.11.1", 500));
    return graph;
}

const NodePlacement* find(const LayoutResult& result, const std::string& id)
{
    for (const NodePlacement& n : result.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

double distance(const NodePlacement& a, const NodePlacement& b) { return std::hypot(a.x - b.x, a.y - b.y); }

bool inside(const MapRect& box, double x, double y)
{
    constexpr double slack = 0.5;
    return x >= box.x - slack && y >= box.y - slack && x <= box.x + box.width + slack && y <= box.y + box.height + slack;
}

void verifyWellFormed(const LayoutResult& result, std::size_t nodes)
{
    QVERIFY2(result.ok, result.error.c_str());
    QCOMPARE(result.nodes.size(), nodes);
    QVERIFY(result.bounds.width > 0 && result.bounds.height > 0);
    std::set<std::pair<long, long>> centres;
    for (const NodePlacement& n : result.nodes) {
        QVERIFY(std::isfinite(n.x) && std::isfinite(n.y));
        QVERIFY(n.width > 0 && n.height > 0);
        QVERIFY2(inside(result.bounds, n.x, n.y), n.id.c_str());
        centres.emplace(std::lround(n.x * 10), std::lround(n.y * 10));
    }
    QCOMPARE(centres.size(), nodes);
    for (const EdgePlacement& e : result.edges) {
        QVERIFY(e.points.size() >= 4);
        QCOMPARE((e.points.size() - 1) % 3, std::size_t{0});
        for (const MapPoint& p : e.points)
            QVERIFY(std::isfinite(p.x) && std::isfinite(p.y) && inside(result.bounds, p.x, p.y));
    }
}

} // namespace

class TestMapLayout : public QObject {
    Q_OBJECT
private slots:
    void smallGraphWithClusters()
    {
        const LayoutResult result = MapLayout::compute(twoSubnets());
        QCOMPARE(result.engine, Engine::Dot);
        verifyWellFormed(result, 8);
        QCOMPARE(result.edges.size(), std::size_t{7});
        QCOMPARE(result.clusters.size(), std::size_t{2});
        // Every node lies inside its subnet's box, and the two boxes do not overlap.
        for (const ClusterPlacement& cluster : result.clusters) {
            for (const NodePlacement& n : result.nodes) {
                const bool member = n.id.rfind(cluster.cluster.substr(0, cluster.cluster.size() - 4), 0) == 0;
                QCOMPARE(inside(cluster.box, n.x, n.y), member);
            }
        }
        // Nodes of one subnet are closer together than across subnets (mean distances).
        double within = 0, across = 0;
        int withinCount = 0, acrossCount = 0;
        for (const NodePlacement& a : result.nodes) {
            for (const NodePlacement& b : result.nodes) {
                if (&a >= &b)
                    continue;
                const bool same = a.id.substr(0, 10) == b.id.substr(0, 10);
                (same ? within : across) += distance(a, b);
                ++(same ? withinCount : acrossCount);
            }
        }
        QVERIFY2(within / withinCount < across / acrossCount,
                 qPrintable(QStringLiteral("within %1 across %2").arg(within / withinCount).arg(across / acrossCount)));
    }

    void mergesPairsAndIgnoresUnknownEnds()
    {
        MapGraph graph;
        graph.nodes = {node("a", ""), node("b", ""), node("a", "", "duplicate")};
        graph.edges = {edge("a", "b", 10), edge("b", "a", 5, EdgeClass::Ot), edge("a", "a", 1), edge("a", "ghost", 1)};
        const LayoutResult result = MapLayout::compute(graph);
        verifyWellFormed(result, 2);
        QCOMPARE(result.edges.size(), std::size_t{1});
        QCOMPARE(result.edges.front().bytes, std::uint64_t{15});
        QCOMPARE(result.edges.front().edgeClass, EdgeClass::Ot);
    }

    void hostileLabels()
    {
        MapGraph graph = twoSubnets();
        const std::vector<std::string> hostile = {
            "\"];\n}digraph{", "<b>bold</b>", "\\N\\G\\L", "a\x01\x02\x7f" "b", std::string("nul\0x", 5),
            "\xff\xfe broken utf8 \xc3", std::string(5000, 'W'), "}}}}{{{{;;;;[[[[", "label=\"x\" shape=none",
            "日本語ホスト名"};
        for (std::size_t i = 0; i < hostile.size() && i < graph.nodes.size(); ++i)
            graph.nodes[i].label = hostile[i];
        graph.nodes[0].cluster = "\"];\n}subgraph cluster_x{";
        const LayoutResult result = MapLayout::compute(graph);
        verifyWellFormed(result, 8);
        QCOMPARE(result.edges.size(), std::size_t{7});

        QCOMPARE(MapLayout::plainLabel("\"];\n}digraph{"), std::string("\"];}digraph{"));
        QCOMPARE(MapLayout::plainLabel("\\N"), std::string("\\\\N"));
        QCOMPARE(MapLayout::plainLabel("日本語"), std::string("日本語"));
        QCOMPARE(MapLayout::plainLabel("\xff" "a"), std::string("?a"));
        QCOMPARE(MapLayout::plainLabel(std::string(5000, 'W')).size(), std::size_t{64});
    }

    void emptyGraph()
    {
        const LayoutResult result = MapLayout::compute(MapGraph{});
        QVERIFY(result.ok);
        QVERIFY(result.nodes.empty());
    }

    void threadsTakeTurns()
    {
        LayoutResult results[3];
        std::vector<std::thread> threads;
        for (auto& r : results)
            threads.emplace_back([&r] { r = MapLayout::compute(twoSubnets()); });
        for (auto& t : threads)
            t.join();
        for (const auto& r : results)
            verifyWellFormed(r, 8);
    }

    void largeGraph()
    {
        // 1,000 hosts in 20 subnets, each talking to its gateway and a few peers.
        MapGraph graph;
        for (int i = 0; i < 1000; ++i)
            graph.nodes.push_back(node(id("n", i), id("s", i % 20)));
        for (int i = 0; i < 1000; ++i) {
            graph.edges.push_back(edge(id("n", i), id("n", i % 20), 1000 + static_cast<std::uint64_t>(i)));
            graph.edges.push_back(edge(id("n", i), id("n", (i * 7 + 13) % 1000), 10));
        }
        QElapsedTimer timer;
        timer.start();
        const LayoutResult result = MapLayout::compute(graph);
        const qint64 ms = timer.elapsed();
        qInfo("1,000 nodes, %zu edges: %s in %lld ms", result.edges.size(),
              result.engine == Engine::Sfdp ? "sfdp" : result.engine == Engine::Neato ? "neato" : "dot", ms);
        QVERIFY(result.engine == Engine::Sfdp || result.engine == Engine::Neato);
        verifyWellFormed(result, 1000);
    }

    void capsHugeGraphs()
    {
        MapGraph graph;
        const std::size_t total = MapLayout::MaxNodes + 50;
        for (std::size_t i = 0; i < total; ++i) {
            MapNode n = node(id("n", static_cast<long long>(i)), "");
            n.bytes = i; // the first 50 are the quietest
            graph.nodes.push_back(std::move(n));
        }
        graph.edges.push_back(edge("n0", "n60", 1));
        graph.edges.push_back(edge("n60", "n61", 1));
        QElapsedTimer timer;
        timer.start();
        const LayoutResult result = MapLayout::compute(graph);
        qInfo("%zu nodes capped to %zu in %lld ms", total, result.nodes.size(), timer.elapsed());
        QVERIFY(result.ok);
        QCOMPARE(result.nodes.size(), MapLayout::MaxNodes);
        QCOMPARE(result.omittedNodes, std::size_t{50});
        QCOMPARE(result.omittedEdges, std::size_t{1});
        QVERIFY(find(result, "n0") == nullptr);
        QVERIFY(find(result, "n50") != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestMapLayout)
#include "tst_map_layout.moc"
