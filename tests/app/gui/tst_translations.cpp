// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include "app/gui/ledger_model.h"

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void japaneseIsCompiledAndUsed()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(MIERUKA_QM_DIR "/mieruka_ja.qm")), MIERUKA_QM_DIR);
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(mieruka::gui::LedgerModel::roleText("plc"), QStringLiteral("PLC・コントローラー"));
        mieruka::gui::LedgerModel model;
        QCOMPARE(model.headerData(mieruka::gui::LedgerModel::Vendor, Qt::Horizontal).toString(), QStringLiteral("ベンダー"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(mieruka::gui::LedgerModel::roleText("plc"), QStringLiteral("PLC / controller"));
        QCOMPARE(mieruka::gui::LedgerModel::roleText("something-new"), QStringLiteral("Unknown"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
