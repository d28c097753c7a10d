// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/sanitize_text.h"

using mieruka::protocols::sanitizeLatin1;
using mieruka::protocols::sanitizeText;
using mieruka::protocols::sanitizeUtf16Le;

class TestSanitizeText : public QObject {
    Q_OBJECT
private slots:
    void utf8_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("PLC-01") << QByteArray("PLC-01");
        QTest::newRow("trimmed") << QByteArray("  host  ") << QByteArray("host");
        QTest::newRow("nul ends") << QByteArray("abc\0def", 7) << QByteArray("abc");
        QTest::newRow("controls") << QByteArray("a\x01" "b\x7f" "c") << QByteArray("a\xef\xbf\xbd" "b\xef\xbf\xbd" "c");
        QTest::newRow("newline to space") << QByteArray("a\r\nb") << QByteArray("a  b");
        QTest::newRow("japanese") << QByteArray("\xe5\xb7\xa5\xe5\xa0\xb4") << QByteArray("\xe5\xb7\xa5\xe5\xa0\xb4");
        QTest::newRow("invalid lead") << QByteArray("a\xff" "b") << QByteArray("a\xef\xbf\xbd" "b");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QByteArray("\xef\xbf\xbd\xef\xbf\xbd");
        QTest::newRow("truncated sequence") << QByteArray("a\xe5\xb7") << QByteArray("a\xef\xbf\xbd\xef\xbf\xbd");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\xef\xbf\xbd");
        QTest::newRow("rtl override") << QByteArray("a\xe2\x80\xae" "b") << QByteArray("a\xef\xbf\xbd" "b");
        QTest::newRow("markup kept as text") << QByteArray("<b>x</b>") << QByteArray("<b>x</b>");
    }

    void utf8()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(sanitizeText(std::string_view(raw.constData(), raw.size()))), expected);
    }

    void lengthIsBoundedOnCharacterBoundaries()
    {
        const std::string big(65536, 'x');
        const std::string cut = sanitizeText(big, 256);
        QCOMPARE(cut.size(), std::size_t(256 + 3));
        QVERIFY(cut.ends_with("\xe2\x80\xa6"));
        const std::string japanese = sanitizeText("\xe5\xb7\xa5\xe5\xa0\xb4", 4); // 3-byte characters
        QCOMPARE(japanese, std::string("\xe5\xb7\xa5\xe2\x80\xa6"));
    }

    void latin1AndUtf16()
    {
        const std::byte latin[] = {std::byte{'M'}, std::byte{0xfc}, std::byte{'n'}, std::byte{0}};
        QCOMPARE(sanitizeLatin1(latin), std::string("M\xc3\xbcn"));
        const std::byte utf16[] = {std::byte{'O'}, std::byte{0}, std::byte{0xe5}, std::byte{0x5d},
                                   std::byte{0}, std::byte{0}, std::byte{'X'}, std::byte{0}};
        QCOMPARE(sanitizeUtf16Le(utf16), std::string("O\xe5\xb7\xa5"));
    }
};

QTEST_GUILESS_MAIN(TestSanitizeText)
#include "tst_sanitize_text.moc"
