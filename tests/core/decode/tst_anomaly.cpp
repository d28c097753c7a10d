// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef Q_MOC_RUN
#include "core/decode/anomaly.h"
#endif

#include <QSet>
#include <QTest>

using namespace mieruka::decode;

class TestAnomaly : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<int>("anomaly");
        QTest::addColumn<QString>("name");
        QTest::newRow("first") << int(Anomaly::UnsupportedLinkType) << QStringLiteral("unsupported_link_type");
        QTest::newRow("ipv4") << int(Anomaly::TruncatedIpv4) << QStringLiteral("truncated_ipv4");
        QTest::newRow("snap") << int(Anomaly::SnapLengthCut) << QStringLiteral("snap_length_cut");
        QTest::newRow("gre") << int(Anomaly::TruncatedGre) << QStringLiteral("truncated_gre");
        QTest::newRow("out of range") << int(Anomaly::Count_) << QString();
    }

    void names()
    {
        QFETCH(int, anomaly);
        QFETCH(QString, name);
        const auto text = anomalyName(static_cast<Anomaly>(anomaly));
        QCOMPARE(QString::fromLatin1(text.data(), qsizetype(text.size())), name);
    }

    void namesAreUniqueSnakeCase()
    {
        QSet<QString> seen;
        for (std::size_t i = 0; i < kAnomalyCount; ++i) {
            const auto text = anomalyName(static_cast<Anomaly>(i));
            const QString name = QString::fromLatin1(text.data(), qsizetype(text.size()));
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY(!seen.contains(name));
            for (QChar c : name)
                QVERIFY(c.isLower() || c.isDigit() || c == QLatin1Char('_'));
            seen.insert(name);
        }
    }

    void counters()
    {
        AnomalyCounters a;
        a.add(Anomaly::TruncatedTcp);
        a.add(Anomaly::TruncatedTcp, 2);
        AnomalyCounters b;
        b.add(Anomaly::BadUdpLength);
        a.merge(b);
        QCOMPARE(a.count(Anomaly::TruncatedTcp), std::uint64_t(3));
        QCOMPARE(a.count(Anomaly::BadUdpLength), std::uint64_t(1));
        QCOMPARE(a.total(), std::uint64_t(4));
        a.clear();
        QCOMPARE(a.total(), std::uint64_t(0));
    }
};

QTEST_APPLESS_MAIN(TestAnomaly)
#include "tst_anomaly.moc"
