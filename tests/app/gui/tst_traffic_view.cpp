// SPDX-License-Identifier: GPL-3.0-or-later
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include "app/gui/protocol_class.h"
#include "app/gui/traffic_view.h"

using namespace mieruka;
using mieruka::gui::TrafficView;

namespace {

constexpr std::int64_t kMinute0 = 1'709'280'000 / 60; // 2024-03-01T08:00:00Z
constexpr std::int64_t kMinuteNs = 60'000'000'000;

analysis::SeriesRecord series(std::int64_t minute, const char* key, std::uint64_t txBytes, std::uint64_t txPackets,
                              std::uint64_t rxBytes = 0)
{
    analysis::SeriesRecord record;
    record.minute = minute;
    record.key = key;
    record.txBytes = txBytes;
    record.txPackets = txPackets;
    record.rxBytes = rxBytes;
    return record;
}

analysis::AlertRecord alert(const char* type, const char* rule, std::int64_t firstNs, std::int64_t lastNs)
{
    analysis::AlertRecord record;
    record.type = type;
    record.rule = rule;
    record.firstNs = firstNs;
    record.lastNs = lastNs;
    record.src = "10.0.0.5";
    record.dst = "<b>10.0.0.9</b>";
    return record;
}

gui::WorkspaceDataPtr makeData()
{
    auto data = std::make_shared<gui::WorkspaceData>();
    // Minute 0: OT 600 B, IT 1200 B, broadcast 60 B; minute 1: OT only; minute 2: nothing; minute 3: ARP.
    data->protocolSeries = {series(kMinute0, "modbus", 600, 10),     series(kMinute0, "https", 1200, 20),
                            series(kMinute0, "arp", 60, 1),          series(kMinute0 + 1, "modbus", 1200, 12),
                            series(kMinute0 + 3, "arp", 6000, 90)};
    data->hostSeries = {series(kMinute0, "10.0.0.5", 600, 10, 300), series(kMinute0 + 1, "10.0.0.9", 1200, 12)};
    const std::int64_t start = kMinute0 * kMinuteNs;
    // Two pairs above their band in minute 1 (one span), one below (not a spike), one storm second.
    data->snapshot.alerts = {alert("volume_band", "above", start + kMinuteNs, start + 2 * kMinuteNs - 1),
                             alert("volume_band", "above", start + kMinuteNs, start + 2 * kMinuteNs - 1),
                             alert("volume_band", "below", start + 2 * kMinuteNs, start + 3 * kMinuteNs - 1),
                             alert("broadcast_storm", "ff:ff:ff:ff:ff:ff", start + 3 * kMinuteNs + 10'000'000'000,
                                   start + 3 * kMinuteNs + 10'900'000'000)};
    return data;
}

double valueAt(QCPGraph* graph, std::int64_t minute)
{
    const double key = static_cast<double>(minute) * 60.0;
    const auto it = graph->data()->findBegin(key, false);
    return it != graph->data()->constEnd() && it->key == key ? it->value : -1.0;
}

} // namespace

class TestTrafficView : public QObject {
    Q_OBJECT
private slots:
    void classifiesProtocols()
    {
        QCOMPARE(gui::classifyProtocol("modbus"), gui::ProtocolClass::Ot);
        QCOMPARE(gui::classifyProtocol("cip_io"), gui::ProtocolClass::Ot);
        QCOMPARE(gui::classifyProtocol("goose"), gui::ProtocolClass::Ot);
        QCOMPARE(gui::classifyProtocol("arp"), gui::ProtocolClass::Broadcast);
        QCOMPARE(gui::classifyProtocol("nbns"), gui::ProtocolClass::Broadcast);
        QCOMPARE(gui::classifyProtocol("https"), gui::ProtocolClass::It);
        QCOMPARE(gui::classifyProtocol("something-new"), gui::ProtocolClass::It);
    }

    void stacksBandwidthByClass()
    {
        gui::WorkspaceSelection selection;
        TrafficView view(&selection);
        view.setData(makeData());
        QCOMPARE(view.graphCount(), 7);
        QCustomPlot* plot = view.overallPlot();
        QCOMPARE(plot->graphCount(), 5);
        // bits/s = bytes × 8 / 60; each class sits on the ones below it.
        QCOMPARE(valueAt(plot->graph(0), kMinute0), 80.0);          // OT
        QCOMPARE(valueAt(plot->graph(1), kMinute0), 80.0 + 160.0);  // + IT
        QCOMPARE(valueAt(plot->graph(2), kMinute0), 248.0);         // + broadcast
        QCOMPARE(valueAt(plot->graph(3), kMinute0), 8.0);           // broadcast line, not stacked
        QCOMPARE(valueAt(plot->graph(4), kMinute0), 31.0 / 60.0);   // packets/s
        QCOMPARE(valueAt(plot->graph(0), kMinute0 + 1), 160.0);
        QCOMPARE(valueAt(plot->graph(2), kMinute0 + 1), 160.0);
        // The empty minute is zero, not a line across the gap.
        QCOMPARE(valueAt(plot->graph(2), kMinute0 + 2), 0.0);
        QCOMPARE(valueAt(plot->graph(3), kMinute0 + 3), 800.0);
        QCOMPARE(plot->graph(0)->dataCount(), 5); // four minutes and the end of the last one
        QCOMPARE(valueAt(plot->graph(3), kMinute0 + 4), 800.0);
        QVERIFY(plot->graph(1)->channelFillGraph() == plot->graph(0));
        QVERIFY(plot->graph(2)->channelFillGraph() == plot->graph(1));
    }

    void marksSpikesAndStorms()
    {
        gui::WorkspaceSelection selection;
        TrafficView view(&selection);
        view.setData(makeData());
        QCOMPARE(view.markedSpanCount(), 2);
        int rects = 0;
        for (int i = 0; i < view.overallPlot()->itemCount(); ++i) {
            if (auto* rect = qobject_cast<QCPItemRect*>(view.overallPlot()->item(i))) {
                ++rects;
                const double from = rect->topLeft->coords().x();
                QVERIFY(from == (kMinute0 + 1) * 60.0 || from == (kMinute0 + 3) * 60.0);
                QCOMPARE(rect->bottomRight->coords().x() - from, 60.0);
            }
        }
        QCOMPARE(rects, 4); // each span shaded on the bandwidth and the packets chart
        view.setData(nullptr);
        QCOMPARE(view.markedSpanCount(), 0);
    }

    void hostGraphFollowsSelection()
    {
        gui::WorkspaceSelection selection;
        TrafficView view(&selection);
        view.setData(makeData());
        QCustomPlot* host = view.hostPlot();
        QCOMPARE(host->graphCount(), 2);
        QCOMPARE(host->graph(0)->dataCount(), 0);
        selection.selectHost(QStringLiteral("10.0.0.5"));
        QCOMPARE(valueAt(host->graph(0), kMinute0), 80.0); // tx
        QCOMPARE(valueAt(host->graph(1), kMinute0), 40.0); // rx
        QCOMPARE(valueAt(host->graph(0), kMinute0 + 1), 0.0);
        selection.selectHost(QStringLiteral("10.0.0.9"));
        QCOMPARE(valueAt(host->graph(0), kMinute0), 0.0);
        QCOMPARE(valueAt(host->graph(0), kMinute0 + 1), 160.0);
        selection.selectHost(QString());
        QCOMPARE(host->graph(0)->dataCount(), 0);
    }

    void visibleRangeBecomesTimeFilter()
    {
        gui::WorkspaceSelection selection;
        TrafficView view(&selection);
        view.setData(makeData());
        QCPAxis* time = view.overallPlot()->xAxis;
        QCOMPARE(time->range().lower, kMinute0 * 60.0);
        QCOMPARE(time->range().upper, (kMinute0 + 4) * 60.0);
        time->setRange((kMinute0 + 1) * 60.0, (kMinute0 + 2) * 60.0);
        // Every time axis moves with the one the user dragged.
        QCOMPARE(view.hostPlot()->xAxis->range().lower, (kMinute0 + 1) * 60.0);
        QSignalSpy changed(&selection, &gui::WorkspaceSelection::filterChanged);
        auto* button = view.findChild<QPushButton*>(QStringLiteral("useVisibleRange"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(selection.filter().fromNs, (kMinute0 + 1) * kMinuteNs);
        QCOMPARE(selection.filter().toNs, (kMinute0 + 2) * kMinuteNs);
        // Clearing the filter shows the whole capture again.
        selection.clearFilter();
        QCOMPARE(time->range().lower, kMinute0 * 60.0);
        QCOMPARE(time->range().upper, (kMinute0 + 4) * 60.0);
    }

    void shiftDragSetsTimeFilter()
    {
        gui::WorkspaceSelection selection;
        TrafficView view(&selection);
        view.resize(1200, 750);
        view.setData(makeData());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCustomPlot* plot = view.overallPlot();
        plot->replot();
        QCPAxis* time = plot->xAxis;
        const int y = static_cast<int>(plot->yAxis->coordToPixel(100));
        const QPoint from(static_cast<int>(time->coordToPixel((kMinute0 + 1) * 60.0)), y);
        const QPoint to(static_cast<int>(time->coordToPixel((kMinute0 + 2) * 60.0)), y);
        QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(plot, (from + to) / 2);
        QTest::mouseMove(plot, to);
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, to);
        // Within a pixel of the minute's bounds.
        const qint64 pixelNs = static_cast<qint64>(240.0 / plot->axisRect()->width() * 1e9) + 1;
        QVERIFY(qAbs(selection.filter().fromNs - (kMinute0 + 1) * kMinuteNs) <= pixelNs);
        QVERIFY(qAbs(selection.filter().toNs - (kMinute0 + 2) * kMinuteNs) <= pixelNs);
        QCOMPARE(plot->selectionRectMode(), QCP::srmNone);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MIERUKA_SCREENSHOT_DIR not set");
        gui::WorkspaceSelection selection;
        TrafficView view(&selection);
        view.resize(1200, 750);
        view.setData(makeData());
        selection.selectHost(QStringLiteral("10.0.0.5"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.overallPlot()->replot();
        view.hostPlot()->replot();
        QVERIFY(view.grab().save(dir + QStringLiteral("/traffic.png")));
    }
};

QTEST_MAIN(TestTrafficView)
#include "tst_traffic_view.moc"
