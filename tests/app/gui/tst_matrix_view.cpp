// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/gui/matrix_grid.h"
#include "app/gui/matrix_view.h"

using namespace mieruka;
using gui::MatrixModel;

namespace {

survey::LedgerHost makeHost(std::string mac, std::vector<std::string> ips, std::string vendor, std::string family)
{
    survey::LedgerHost host;
    host.host.mac = std::move(mac);
    host.host.ips = std::move(ips);
    host.vendor = std::move(vendor);
    host.os.family = std::move(family);
    return host;
}

/// Two /24s, an IPv6-only host and a MAC-only host; one new device and one EOL Windows box.
gui::WorkspaceDataPtr makeData()
{
    auto data = std::make_shared<gui::WorkspaceData>();
    auto& hosts = data->snapshot.hosts;
    hosts.push_back(makeHost("00:1b:1b:00:00:01", {"192.168.10.10"}, "Siemens AG", "rtos"));
    hosts.back().role = "plc";
    hosts.back().hostname = "<b>PLC</b>";
    hosts.push_back(makeHost("00:1b:1b:00:00:02", {"192.168.10.11"}, "Siemens AG", "rtos"));
    hosts.back().role = "plc";
    hosts.push_back(makeHost("00:50:56:00:00:03", {"192.168.10.200", "10.0.0.5"}, "VMware, Inc.", "windows"));
    hosts.back().role = "hmi";
    hosts.back().os.name = "Windows 7";
    hosts.back().os.eol = true;
    hosts.back().os.eolDate = "2020-01-14";
    hosts.push_back(makeHost("00:0c:29:00:00:04", {"10.0.0.1"}, "", "linux"));
    hosts.push_back(makeHost("00:0c:29:00:00:05", {"fe80::1"}, "", "unknown"));
    hosts.push_back(makeHost("00:0c:29:00:00:06", {}, "", "unknown"));
    analysis::AlertRecord alert;
    alert.type = "new_device";
    alert.severity = "high";
    alert.src = "00:0c:29:00:00:04";
    alert.srcMac = "00:0c:29:00:00:04";
    data->snapshot.alerts.push_back(alert);
    return data;
}

} // namespace

class TestMatrixView : public QObject {
    Q_OBJECT
private slots:
    void listsSubnetsAndCells()
    {
        gui::WorkspaceSelection selection;
        gui::MatrixView view(&selection);
        view.setData(makeData());
        QCOMPARE(view.subnets(), (QStringList{QStringLiteral("10.0.0.0/24"), QStringLiteral("192.168.10.0/24")}));
        view.setCurrentSubnet(1);
        QCOMPARE(view.hostKeyAt(10), QStringLiteral("192.168.10.10"));
        QCOMPARE(view.hostKeyAt(11), QStringLiteral("192.168.10.11"));
        QCOMPARE(view.hostKeyAt(200), QStringLiteral("192.168.10.200"));
        QVERIFY(view.hostKeyAt(12).isEmpty());
        QVERIFY(view.hostKeyAt(0).isEmpty());
        // A host with addresses in both /24s shows in both, under its one key.
        view.setCurrentSubnet(0);
        QCOMPARE(view.hostKeyAt(5), QStringLiteral("192.168.10.200"));
        QCOMPARE(view.hostKeyAt(1), QStringLiteral("10.0.0.1"));
        QVERIFY(view.grid()->cell(1).newDevice);
        QVERIFY(!view.grid()->cell(1).eol);
        QVERIFY(view.grid()->cell(5).eol);
        QVERIFY(!view.grid()->cell(5).newDevice);
        QVERIFY2(view.offGridText().contains(QStringLiteral("IPv6")), qPrintable(view.offGridText()));

        view.setData(nullptr);
        QVERIFY(view.subnets().isEmpty());
        QVERIFY(view.hostKeyAt(1).isEmpty());
    }

    void toolTipsKeepPacketTextPlain()
    {
        gui::WorkspaceSelection selection;
        gui::MatrixView view(&selection);
        view.setData(makeData());
        view.setCurrentSubnet(1);
        const QString tip = view.grid()->cell(10).toolTip;
        QVERIFY2(tip.contains(QStringLiteral("<b>PLC</b>")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("192.168.10.10")));
        QVERIFY(tip.contains(QStringLiteral("00:1b:1b:00:00:01")));
        QVERIFY(tip.contains(QStringLiteral("Siemens AG")));
        QVERIFY(view.grid()->cell(200).toolTip.contains(QStringLiteral("Windows 7")));
    }

    void clickSelectsAndSelectionSwitchesSubnet()
    {
        gui::WorkspaceSelection selection;
        gui::MatrixView view(&selection);
        view.resize(900, 700);
        view.setData(makeData());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentSubnet(1);

        QSignalSpy changed(&selection, &gui::WorkspaceSelection::hostChanged);
        QTest::mouseClick(view.grid(), Qt::LeftButton, {}, view.cellRect(11).center());
        QCOMPARE(selection.host(), QStringLiteral("192.168.10.11"));
        QCOMPARE(changed.count(), 1);
        // An empty cell selects nothing.
        QTest::mouseClick(view.grid(), Qt::LeftButton, {}, view.cellRect(12).center());
        QCOMPARE(selection.host(), QStringLiteral("192.168.10.11"));

        selection.selectHost(QStringLiteral("10.0.0.1"));
        QCOMPARE(view.currentSubnet(), 0);
        QCOMPARE(view.hostKeyAt(1), QStringLiteral("10.0.0.1"));
        // Keyboard: from the selected cell (.1) four to the right is .5, the dual-homed HMI,
        // whose first address is in the other /24.
        view.grid()->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(view.grid(), Qt::Key_Right);
        QVERIFY(view.grid()->accessibleDescription().contains(QStringLiteral("10.0.0.5")));
        QTest::keyClick(view.grid(), Qt::Key_Return);
        QCOMPARE(selection.host(), QStringLiteral("192.168.10.200"));
        QCOMPARE(view.currentSubnet(), 1);
        // A host without IPv4 leaves the page where it is.
        selection.selectHost(QStringLiteral("fe80::1"));
        QCOMPARE(view.currentSubnet(), 1);
        // A /24 filter chosen elsewhere opens that /24.
        gui::WorkspaceSelection::Filter filter;
        filter.subnet = QStringLiteral("10.0.0.0/24");
        selection.setFilter(filter);
        QCOMPARE(view.currentSubnet(), 0);
    }

    void legendFollowsTheColouring()
    {
        gui::WorkspaceSelection selection;
        gui::MatrixView view(&selection);
        view.setData(makeData());
        view.setCurrentSubnet(1);
        view.setColourBy(MatrixModel::ColourBy::Vendor);
        auto legend = view.legend();
        QCOMPARE(legend.size(), std::size_t(2));
        QCOMPARE(legend[0].label, QStringLiteral("Siemens AG")); // most frequent first
        QCOMPARE(legend[0].count, 2);
        QCOMPARE(legend[1].label, QStringLiteral("VMware, Inc."));
        QCOMPARE(view.grid()->cell(10).colour, legend[0].colour);
        QVERIFY(legend[0].colour != legend[1].colour);
        const QColor siemens = legend[0].colour;

        view.setColourBy(MatrixModel::ColourBy::OsFamily);
        legend = view.legend();
        QCOMPARE(legend.size(), std::size_t(2));
        QCOMPARE(legend[0].label, QStringLiteral("RTOS"));
        QCOMPARE(legend[1].label, QStringLiteral("Windows"));

        view.setColourBy(MatrixModel::ColourBy::Role);
        legend = view.legend();
        QCOMPARE(legend[0].label, QStringLiteral("PLC / controller"));
        QCOMPARE(legend[1].label, QStringLiteral("HMI"));

        view.setCurrentSubnet(0);
        view.setColourBy(MatrixModel::ColourBy::AlertState);
        legend = view.legend();
        QCOMPARE(legend.size(), std::size_t(2));
        QCOMPARE(legend[0].label, QStringLiteral("High alerts")); // ties: by label
        QCOMPARE(legend[1].label, QStringLiteral("No alerts"));

        // Colours are a function of the data only: a second view agrees.
        gui::MatrixView other(&selection);
        other.setData(makeData());
        other.setCurrentSubnet(1);
        other.setColourBy(MatrixModel::ColourBy::Vendor);
        QCOMPARE(other.legend()[0].colour, siemens);
    }

    void legendFoldsTheTailIntoOther()
    {
        gui::MatrixLegend legend;
        for (int i = 0; i < 14; ++i) {
            for (int n = 0; n <= i; ++n)
                legend.add(QStringLiteral("vendor %1").arg(i), QStringLiteral("Vendor %1").arg(i));
        }
        legend.finish(QStringLiteral("Other"));
        QCOMPARE(legend.entries().size(), std::size_t(gui::MatrixLegend::kMaxEntries));
        QCOMPARE(legend.entries().front().label, QStringLiteral("Vendor 13"));
        QCOMPARE(legend.entries().back().label, QStringLiteral("Other"));
        QCOMPARE(legend.entries().back().count, 1 + 2 + 3 + 4 + 5);
        QCOMPARE(legend.colourFor(QStringLiteral("vendor 0")), gui::MatrixLegend::otherColour());
        // FNV-1a reference value: the hash must not change between runs or Qt versions.
        QCOMPARE(gui::MatrixLegend::stableHash(QStringLiteral("a")), 0xe40c292cu);
    }

    void exportsAPng()
    {
        gui::WorkspaceSelection selection;
        gui::MatrixView view(&selection);
        view.setData(makeData());
        view.setCurrentSubnet(1);
        selection.selectHost(QStringLiteral("192.168.10.10"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("matrix.png"));
        QVERIFY(view.exportPng(path));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 16 * 20 && image.height() >= 16 * 20);
        QVERIFY(image.width() <= 4000 && image.height() <= 4000);
        QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("missing/dir/matrix.png"))));

        const QByteArray shots = qgetenv("MIERUKA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(view.exportPng(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("matrix.png"))));
        }
    }
};

QTEST_MAIN(TestMatrixView)
#include "tst_matrix_view.moc"
