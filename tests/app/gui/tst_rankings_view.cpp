// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include "app/gui/rankings_view.h"

using namespace mieruka;
using mieruka::gui::RankingsView;

namespace {

survey::LedgerHost host(const char* mac, const char* ip, const char* hostname)
{
    survey::LedgerHost row;
    row.host.mac = mac;
    row.host.ips = {ip};
    row.hostname = hostname;
    return row;
}

analysis::ConversationRecord conversation(const char* lo, const char* hi, const char* protocol, std::uint64_t bytesLoHi,
                                          std::uint64_t bytesHiLo, std::uint64_t packets)
{
    analysis::ConversationRecord record;
    record.lo = lo;
    record.hi = hi;
    record.protocol = protocol;
    record.bytesLoToHi = bytesLoHi;
    record.bytesHiToLo = bytesHiLo;
    record.packetsLoToHi = packets;
    return record;
}

gui::WorkspaceDataPtr makeData()
{
    auto data = std::make_shared<gui::WorkspaceData>();
    data->snapshot.hosts = {host("00:00:00:00:00:01", "10.0.0.1", "plc-1"), host("00:00:00:00:00:02", "10.0.0.2", ""),
                            host("00:00:00:00:00:03", "10.0.0.3", "")};
    // 10.0.0.9 is not in the ledger; the ARP broadcast counts for plc-1 but makes no peer.
    data->snapshot.conversations = {
        conversation("10.0.0.1", "10.0.0.2", "modbus", 1000, 500, 15),
        conversation("10.0.0.1", "10.0.0.3", "s7comm", 200, 100, 3),
        conversation("10.0.0.2", "10.0.0.3", "https", 4000, 1000, 20),
        conversation("00:00:00:00:00:01", "ff:ff:ff:ff:ff:ff", "arp", 60, 0, 1),
        conversation("10.0.0.2", "10.0.0.9", "dns", 50, 50, 2),
    };
    return data;
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

class TestRankingsView : public QObject {
    Q_OBJECT
private slots:
    void ranksHostsPairsAndServices()
    {
        gui::WorkspaceSelection selection;
        RankingsView view(&selection);
        view.setData(makeData());
        view.setRanking(RankingsView::HostsByPeers);
        // Ties (two peers each) are ordered by label.
        QCOMPARE(view.labels(), strings({"10.0.0.2", "10.0.0.3", "plc-1", "10.0.0.9"}));
        QCOMPARE(view.values(), (std::vector<double>{3, 2, 2, 1}));
        view.setRanking(RankingsView::HostsByBytes);
        QCOMPARE(view.labels(), strings({"10.0.0.2", "10.0.0.3", "plc-1", "10.0.0.9"}));
        QCOMPARE(view.values(), (std::vector<double>{6600, 5300, 1860, 100}));
        view.setRanking(RankingsView::HostsByPackets);
        QCOMPARE(view.values(), (std::vector<double>{37, 23, 19, 2}));
        view.setRanking(RankingsView::PairsByBytes);
        QCOMPARE(view.labels(), strings({"10.0.0.2 ↔ 10.0.0.3", "plc-1 ↔ 10.0.0.2", "plc-1 ↔ 10.0.0.3", "10.0.0.2 ↔ 10.0.0.9"}));
        view.setRanking(RankingsView::ServicesByBytes);
        QCOMPARE(view.labels(), strings({"https", "modbus", "s7comm", "dns", "arp"}));
        QCOMPARE(view.findChild<QComboBox*>(QStringLiteral("rankingChoice"))->currentIndex(),
                 int(RankingsView::ServicesByBytes));
        // Largest on top: rank 0 has the highest key.
        auto* bars = qobject_cast<QCPBars*>(view.plot()->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->dataCount(), 5);
        QCOMPARE((bars->data()->constEnd() - 1)->value, 5000.0);
    }

    void keepsTheTop15()
    {
        auto data = std::make_shared<gui::WorkspaceData>();
        for (int i = 1; i <= 20; ++i) {
            const std::string service = "svc" + std::to_string(100 + i);
            data->snapshot.conversations.push_back(conversation("10.0.0.1", "10.0.0.2", service.c_str(), 0, 0, 1));
            data->snapshot.conversations.back().bytesLoToHi = static_cast<std::uint64_t>(i) * 10;
        }
        gui::WorkspaceSelection selection;
        RankingsView view(&selection);
        view.setRanking(RankingsView::ServicesByBytes);
        view.setData(data);
        QCOMPARE(view.labels().size(), RankingsView::kTop);
        QCOMPARE(view.labels().front(), QStringLiteral("svc120"));
        QCOMPARE(view.labels().back(), QStringLiteral("svc106"));
    }

    void clickingABarSelectsTheHost()
    {
        gui::WorkspaceSelection selection;
        RankingsView view(&selection);
        view.setData(makeData());
        view.setRanking(RankingsView::HostsByBytes);
        QSignalSpy selected(&selection, &gui::WorkspaceSelection::hostChanged);
        view.clickBar(2);
        QCOMPARE(selection.host(), QStringLiteral("10.0.0.1")); // plc-1, by its key
        QCOMPARE(selected.count(), 1);
        // A real click on the top bar, through QCustomPlot's plottableClick.
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCustomPlot* plot = view.plot();
        plot->replot();
        const QPoint top(static_cast<int>(plot->xAxis->coordToPixel(3000)), static_cast<int>(plot->yAxis->coordToPixel(4)));
        QTest::mouseClick(plot, Qt::LeftButton, {}, top);
        QCOMPARE(selection.host(), QStringLiteral("10.0.0.2"));
        // A service is not a host: a click keeps the host and filters every page by the protocol.
        view.setRanking(RankingsView::ServicesByBytes);
        view.clickBar(0);
        QCOMPARE(selection.host(), QStringLiteral("10.0.0.2"));
        QVERIFY(selection.peer().isEmpty());
        QCOMPARE(selection.filter().protocol, view.labels().front());
        selection.clearFilter();
        // A pair selects its first host and names the other as the peer (the traffic page shows the pair).
        view.setRanking(RankingsView::PairsByBytes);
        QSignalSpy peer(&selection, &gui::WorkspaceSelection::peerChanged);
        view.clickBar(0);
        QCOMPARE(peer.count(), 1);
        QVERIFY(!selection.peer().isEmpty());
        QVERIFY(view.labels().front().contains(u'↔'));
        const QString first = selection.host(), second = selection.peer();
        QVERIFY(first != second);
        // Selecting a single host again ends the pair.
        selection.selectHost(first);
        QVERIFY(selection.peer().isEmpty());
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MIERUKA_SCREENSHOT_DIR not set");
        gui::WorkspaceSelection selection;
        RankingsView view(&selection);
        view.resize(1200, 750);
        view.setData(makeData());
        view.setRanking(RankingsView::HostsByBytes);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
        QVERIFY(view.grab().save(dir + QStringLiteral("/rankings.png")));
    }
};

QTEST_MAIN(TestRankingsView)
#include "tst_rankings_view.moc"
