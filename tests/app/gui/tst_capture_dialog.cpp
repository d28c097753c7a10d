// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "app/gui/capture_dialog.h"
#include "app/gui/live_capture_bar.h"

#ifdef __linux__
#include <sched.h>
#include <unistd.h>
#endif

using namespace mieruka;

class TestCaptureDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
#ifdef __linux__
        // A network namespace of our own: the dialog sees only a loopback that is down, so
        // nothing outside the test is probed.
        if (geteuid() == 0 && unshare(CLONE_NEWNET) == 0)
            m_isolated = true;
#endif
    }

    void listsTheInterfacesFromTheHelper()
    {
        gui::CaptureDialog dialog;
        QVERIFY2(dialog.interfaceNames().contains(QStringLiteral("lo")), qPrintable(dialog.interfaceNames().join(u',')));
        if (m_isolated)
            QCOMPARE(dialog.interfaceNames().filter(QStringLiteral("eth")).size(), 0);
        QCOMPARE(dialog.mirrorText(QStringLiteral("lo")), QStringLiteral("No traffic yet"));
    }

    void startNeedsAnInterfaceAndAValidFilter()
    {
        gui::CaptureDialog dialog;
        auto* start = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* table = dialog.findChild<QTableWidget*>();
        auto* filter = dialog.findChild<QLineEdit*>();
        QVERIFY(!start->isEnabled()); // nothing ticked yet
        int loRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->data(Qt::UserRole).toString() == QStringLiteral("lo"))
                loRow = row;
        QVERIFY(loRow >= 0);
        table->item(loRow, 0)->setCheckState(Qt::Checked);
        QVERIFY(start->isEnabled());
        filter->setText(QStringLiteral("tcp port"));
        QVERIFY(!start->isEnabled());
        filter->setText(QStringLiteral("tcp port 502 or udp port 47808"));
        QVERIFY(start->isEnabled());
        dialog.findChildren<QSpinBox*>().at(0)->setValue(90);
        dialog.findChildren<QSpinBox*>().at(1)->setValue(500);
        dialog.findChild<QCheckBox*>()->setChecked(false);
        const auto settings = dialog.settings();
        QCOMPARE(settings.interfaces, QStringList{QStringLiteral("lo")});
        QCOMPARE(settings.filter, QStringLiteral("tcp port 502 or udp port 47808"));
        QCOMPARE(settings.durationSeconds, 90 * 60);
        QCOMPARE(settings.maxSizeMegabytes, 500);
        QVERIFY(!settings.promiscuous);
        const QStringList arguments = settings.helperArguments();
        QVERIFY(arguments.contains(QStringLiteral("--no-promisc")));
        QCOMPARE(arguments.mid(0, 2), (QStringList{QStringLiteral("-i"), QStringLiteral("lo")}));
    }

    void dropsAreShownInRed()
    {
        gui::LiveCaptureBar bar;
        bar.setInterfaces({QStringLiteral("eth1")});
        live::LiveCapture::Totals totals;
        totals.packets = 1000;
        totals.seconds = 2;
        bar.showTotals(totals);
        QVERIFY(bar.statusText().contains(QStringLiteral("eth1")));
        QCOMPARE(bar.dropText(), QStringLiteral("No packets dropped"));
        totals.kernelDrops = 7;
        totals.seconds = 3;
        bar.showTotals(totals);
        QVERIFY(bar.dropText().startsWith(QStringLiteral("DROPPED: 7 by the kernel")));
        QVERIFY(bar.findChildren<QWidget*>().size() >= 3);
    }

private:
    bool m_isolated = false;
};

QTEST_MAIN(TestCaptureDialog)
#include "tst_capture_dialog.moc"
