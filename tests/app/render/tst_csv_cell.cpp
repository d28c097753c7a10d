// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/csv_cell.h"

#include <QTest>

using mieruka::render::csvCell;

class TestCsvCell : public QObject {
    Q_OBJECT

private slots:
    void cell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");

        const QString replacement(QChar(0xfffd));

        // Plain text passes through untouched.
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << QStringLiteral("PLC-1") << QStringLiteral("PLC-1");
        QTest::newRow("inner equals") << QStringLiteral("x=1+2") << QStringLiteral("x=1+2");
        QTest::newRow("non-ascii") << QStringLiteral("制御盤 Ä") << QStringLiteral("制御盤 Ä");

        // Formula starts get an apostrophe (and, since the cell now holds one, quotes).
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("\"'=1+2\"");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+x") << QStringLiteral("\"'+x\"");
        QTest::newRow("minus") << QStringLiteral("-x") << QStringLiteral("\"'-x\"");
        QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("\"'@x\"");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("\"'\tx\"");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("\"'=cmd|' /C calc'!A0\"");

        // RFC 4180 quoting.
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"");
        QTest::newRow("crlf inside") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("\"O'Brien\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");

        // Other control characters are replaced so a cell stays one cell.
        QTest::newRow("nul") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << (QStringLiteral("a") + replacement + QStringLiteral("b"));
        QTest::newRow("escape sequence") << QStringLiteral("\x1b[31mred") << (replacement + QStringLiteral("[31mred"));
        QTest::newRow("bell and backspace") << QStringLiteral("x\x07\x08y") << (QStringLiteral("x") + replacement + replacement + QStringLiteral("y"));
        QTest::newRow("control before formula") << QStringLiteral("\x01=1") << (replacement + QStringLiteral("=1"));
        QTest::newRow("control and comma") << QStringLiteral("\x02,") << (QStringLiteral("\"") + replacement + QStringLiteral(",\""));
    }

    void cell()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(csvCell(value), expected);
    }

    void neverStartsAFormula_data()
    {
        QTest::addColumn<QString>("value");
        for (const char* start : {"=", "+", "-", "@", "\t", "\r"})
            QTest::newRow(qPrintable(QStringLiteral("U+%1").arg(int(start[0]), 4, 16, QLatin1Char('0'))))
                << (QString::fromLatin1(start) + QStringLiteral("SUM(A1:A9)"));
    }

    void neverStartsAFormula()
    {
        QFETCH(QString, value);
        QString cell = csvCell(value);
        if (cell.startsWith(QLatin1Char('"')))
            cell = cell.mid(1);
        QVERIFY2(cell.startsWith(QLatin1Char('\'')), qPrintable(cell));
    }
};

QTEST_APPLESS_MAIN(TestCsvCell)
#include "tst_csv_cell.moc"
