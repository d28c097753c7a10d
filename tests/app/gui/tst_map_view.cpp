// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsView>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/gui/map_graph_builder.h"
#include "app/gui/map_view.h"

using namespace mieruka;

namespace {

survey::LedgerHost makeHost(std::string mac, std::vector<std::string> ips, std::string role, std::string hostname = {})
{
    survey::LedgerHost host;
    host.host.mac = std::move(mac);
    host.host.ips = std::move(ips);
    host.role = std::move(role);
    host.hostname = std::move(hostname);
    return host;
}

analysis::ConversationRecord conversation(std::string lo, std::string hi, std::string protocol, std::uint64_t bytes)
{
    analysis::ConversationRecord record;
    record.lo = std::move(lo);
    record.hi = std::move(hi);
    record.protocol = std::move(protocol);
    record.bytesLoToHi = bytes;
    record.bytesHiToLo = bytes / 2;
    return record;
}

/// Two /24s: a PLC pair and an HMI in one, a server in the other, a MAC-only device, a public
/// host behind the router, and traffic to the internet and to broadcast.
gui::WorkspaceDataPtr makeData()
{
    auto data = std::make_shared<gui::WorkspaceData>();
    auto& hosts = data->snapshot.hosts;
    hosts.push_back(makeHost("00:1b:1b:00:00:01", {"192.168.10.10"}, "plc", "<b>PLC-1</b>"));
    hosts.push_back(makeHost("00:1b:1b:00:00:02", {"192.168.10.11"}, "plc", "PLC-2"));
    hosts.push_back(makeHost("00:50:56:00:00:03", {"192.168.10.200"}, "hmi", "HMI\"];\n}digraph{"));
    hosts.push_back(makeHost("00:0c:29:00:00:04", {"10.0.0.5"}, "server", "historian"));
    hosts.push_back(makeHost("00:0c:29:00:00:05", {}, "unknown"));
    hosts.push_back(makeHost("", {"8.8.8.8"}, "unknown")); // seen behind the router only
    auto& conversations = data->snapshot.conversations;
    conversations.push_back(conversation("192.168.10.10", "192.168.10.200", "s7comm", 100000));
    conversations.push_back(conversation("192.168.10.11", "192.168.10.200", "s7comm", 80000));
    conversations.push_back(conversation("192.168.10.11", "192.168.10.200", "http", 500)); // same pair
    conversations.push_back(conversation("10.0.0.5", "192.168.10.200", "mssql", 20000));
    conversations.push_back(conversation("192.168.10.200", "8.8.8.8", "dns", 300));
    conversations.push_back(conversation("10.0.0.5", "93.184.216.34", "https", 9000)); // folded too
    conversations.push_back(conversation("192.168.10.10", "192.168.10.255", "netbios-ns", 100));
    auto link = conversation("00:0c:29:00:00:05", "ff:ff:ff:ff:ff:ff", "lldp", 60);
    link.isLink = true;
    conversations.push_back(link);
    return data;
}

} // namespace

class TestMapView : public QObject {
    Q_OBJECT
private slots:
    void buildsTheGraph()
    {
        const auto data = makeData();
        const map::MapGraph graph = gui::MapGraphBuilder::build(*data, {});
        // 5 local hosts + Internet + Broadcast; the public host is folded into Internet.
        // Edges: 2 OT (PLCs–HMI), 1 IT (server–HMI), 2 to Internet, 2 to Broadcast.
        QCOMPARE(graph.nodes.size(), std::size_t{7});
        QCOMPARE(graph.edges.size(), std::size_t{7});
        int ot = 0, internet = 0, broadcast = 0;
        for (const map::MapEdge& edge : graph.edges) {
            ot += edge.edgeClass == map::EdgeClass::Ot;
            internet += edge.edgeClass == map::EdgeClass::Internet;
            broadcast += edge.edgeClass == map::EdgeClass::Broadcast;
            if (edge.edgeClass == map::EdgeClass::Ot && (edge.a == "192.168.10.11" || edge.b == "192.168.10.11"))
                QCOMPARE(edge.bytes, std::uint64_t{80000 + 40000 + 500 + 250});
        }
        QCOMPARE(ot, 2);
        QCOMPARE(internet, 2);
        QCOMPARE(broadcast, 2);
        QCOMPARE(gui::MapGraphBuilder::subnets(*data),
                 (QStringList{QStringLiteral("10.0.0.0/24"), QStringLiteral("192.168.10.0/24")}));

        gui::MapFilter filter;
        filter.protocol = QStringLiteral("s7comm");
        const map::MapGraph s7 = gui::MapGraphBuilder::build(*data, filter);
        QCOMPARE(s7.nodes.size(), std::size_t{3});
        QCOMPARE(s7.edges.size(), std::size_t{2});
        filter = {};
        filter.subnet = QStringLiteral("10.0.0.0/24");
        const map::MapGraph subnet = gui::MapGraphBuilder::build(*data, filter);
        QCOMPARE(subnet.nodes.size(), std::size_t{3}); // the server, the HMI it talks to, Internet
        filter = {};
        filter.role = QStringLiteral("plc");
        const map::MapGraph plcs = gui::MapGraphBuilder::build(*data, filter);
        QCOMPARE(plcs.nodes.size(), std::size_t{4}); // two PLCs, the HMI, Broadcast
    }

    void drawsAndFollowsTheSelection()
    {
        gui::WorkspaceSelection selection;
        gui::MapView view(&selection);
        view.resize(900, 600);
        view.setData(makeData());
        QVERIFY(view.waitForLayout(30000));
        QCOMPARE(view.nodeCount(), 7);
        QCOMPARE(view.edgeCount(), 7);
        const QString plc = QStringLiteral("192.168.10.10");
        const QString hmi = QStringLiteral("192.168.10.200");
        const QString server = QStringLiteral("10.0.0.5");
        QVERIFY(view.hasNode(plc) && view.hasNode(hmi) && view.hasNode(QStringLiteral("00:0c:29:00:00:05")));
        QVERIFY(!view.hasNode(QStringLiteral("8.8.8.8")));
        QVERIFY(view.nodeCenter(plc) != view.nodeCenter(hmi));

        // Map → shared selection; neighbours stay lit, the others dim.
        QSignalSpy spy(&selection, &gui::WorkspaceSelection::hostChanged);
        view.selectNode(plc);
        QCOMPARE(selection.host(), plc);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view.highlightedNode(), plc);
        QCOMPARE(view.nodeOpacity(hmi), 1.0);
        QVERIFY(view.nodeOpacity(server) < 1.0);

        // Shared selection → map.
        selection.selectHost(server);
        QCOMPARE(view.highlightedNode(), server);
        QCOMPARE(view.nodeOpacity(hmi), 1.0);
        QVERIFY(view.nodeOpacity(plc) < 1.0);
        selection.selectHost(QString());
        QVERIFY(view.highlightedNode().isEmpty());
        QCOMPARE(view.nodeOpacity(plc), 1.0);

        // A click on a node does the same as selectNode.
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* graphics = view.findChild<QGraphicsView*>(QStringLiteral("mapView"));
        QVERIFY(graphics);
        const QPoint at = graphics->mapFromScene(view.nodeCenter(hmi));
        QTest::mouseClick(graphics->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selection.host(), hmi);
    }

    void followsTheSharedFilter()
    {
        gui::WorkspaceSelection selection;
        gui::MapView view(&selection);
        view.setData(makeData());
        QVERIFY(view.waitForLayout(30000));
        gui::WorkspaceSelection::Filter filter;
        filter.protocol = QStringLiteral("s7comm");
        selection.setFilter(filter);
        QVERIFY(view.waitForLayout(30000));
        QCOMPARE(view.nodeCount(), 3);
        QCOMPARE(view.edgeCount(), 2);
        selection.clearFilter();
        QVERIFY(view.waitForLayout(30000));
        QCOMPARE(view.nodeCount(), 7);
        view.setData(nullptr);
        QCOMPARE(view.nodeCount(), 0);
    }

    void largeSurvey()
    {
        // 1,200 hosts in 12 /24s, each talking to its subnet's first host (sfdp, off the UI thread).
        auto data = std::make_shared<gui::WorkspaceData>();
        for (int i = 0; i < 1200; ++i) {
            const std::string ip = "10.1." + std::to_string(i % 12) + "." + std::to_string(1 + i / 12);
            data->snapshot.hosts.push_back(makeHost({}, {ip}, i < 12 ? "router" : "unknown"));
            if (i >= 12)
                data->snapshot.conversations.push_back(conversation("10.1." + std::to_string(i % 12) + ".1", ip, "modbus", 1000));
        }
        gui::WorkspaceSelection selection;
        gui::MapView view(&selection);
        QElapsedTimer timer;
        timer.start();
        view.setData(data);
        const qint64 handedOver = timer.elapsed();
        QVERIFY(view.waitForLayout(120000));
        qInfo("1,200 hosts: UI thread busy %lld ms, drawn after %lld ms", handedOver, timer.elapsed());
        QCOMPARE(view.nodeCount(), 1200);
        QCOMPARE(view.edgeCount(), 1188);
    }

    void exports()
    {
        gui::WorkspaceSelection selection;
        gui::MapView view(&selection);
        view.setData(makeData());
        QVERIFY(view.waitForLayout(30000));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString svgPath = dir.filePath(QStringLiteral("map.svg"));
        QVERIFY(view.exportSvg(svgPath));
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        QVERIFY(text.startsWith(QStringLiteral("<?xml")) || text.contains(QStringLiteral("<svg")));
        QVERIFY(text.contains(QStringLiteral("PLC-2")));
        QVERIFY(text.contains(QStringLiteral("historian")));
        QVERIFY(text.contains(QStringLiteral("&lt;b&gt;PLC-1&lt;/b&gt;"))); // plain text, escaped
        QVERIFY(!text.contains(QStringLiteral("<b>PLC-1")));
        const QString pngPath = dir.filePath(QStringLiteral("map.png"));
        QVERIFY(view.exportPng(pngPath));
        const QImage image(pngPath);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 50);
        const QString shots = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(view.exportPng(QDir(shots).filePath(QStringLiteral("map.png"))));
        }
    }
};

QTEST_MAIN(TestMapView)
#include "tst_map_view.moc"
