// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

using namespace mieruka;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr const char* kPlc = "192.168.1.10";

// Names a device announces itself: a spreadsheet formula, markup with a right-to-left override.
const std::string kFormulaName = "=cmd|' /C calc'!A0";
const std::string kMarkupName = "<b>bold</b>\xE2\x80\xAE" "evil";
const std::string kBrokenName = "broken\xFF\xFEname"; // not UTF-8

test::Bytes tcpFrame(const char* srcMac, const char* srcIp, const char* dstMac, const char* dstIp, std::uint16_t srcPort,
                     std::uint16_t dstPort, const char* payloadHex)
{
    test::TcpFields tcp;
    tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
    return test::PacketBuilder().ethernet(dstMac, srcMac).ipv4(srcIp, dstIp).tcp(srcPort, dstPort, tcp)
        .payload(test::bytesFromHex(payloadHex)).build();
}

/// A DHCP request in which the client names itself.
test::Bytes dhcpRequest(const char* mac, std::uint8_t last, const std::string& hostname)
{
    test::Bytes bootp(236, std::byte{0});
    bootp[0] = std::byte{1}; // request
    bootp[1] = std::byte{1};
    bootp[2] = std::byte{6};
    bootp[7] = std::byte{last}; // transaction id
    const test::Bytes hardware = test::bytesFromHex(std::string("00123400000") + char('0' + last % 10));
    for (std::size_t i = 0; i < 6 && i < hardware.size(); ++i)
        bootp[28 + i] = hardware[i];
    const test::Bytes cookie = test::bytesFromHex("63825363350103");
    bootp.insert(bootp.end(), cookie.begin(), cookie.end());
    bootp.push_back(std::byte{12});
    bootp.push_back(std::byte(hostname.size()));
    for (char c : hostname)
        bootp.push_back(std::byte(c));
    bootp.push_back(std::byte{255});
    return test::PacketBuilder().ethernet("ff:ff:ff:ff:ff:ff", mac).ipv4("0.0.0.0", "255.255.255.255").udp(68, 67)
        .payload(bootp).build();
}

/// An HMI polling a PLC, two PCs that announce hostile names and poll too, a write and telnet.
std::vector<test::CaptureFrame> plant()
{
    std::vector<test::CaptureFrame> frames;
    const std::int64_t start = 1'700'000'000LL * kSecond;
    frames.push_back({start, dhcpRequest("00:12:34:00:00:01", 1, kFormulaName)});
    frames.push_back({start + 1, dhcpRequest("00:12:34:00:00:02", 2, kMarkupName)});
    frames.push_back({start + 2, dhcpRequest("00:12:34:00:00:03", 3, kBrokenName)});
    const char* clients[][2] = {{"00:0b:ab:00:00:50", "192.168.1.50"}, {"00:12:34:00:00:01", "192.168.1.61"},
                                {"00:12:34:00:00:02", "192.168.1.62"}};
    for (int second = 1; second <= 300; ++second) {
        for (int c = 0; c < 3; ++c) {
            const std::int64_t at = start + second * kSecond + c * kSecond / 10;
            frames.push_back({at, tcpFrame(clients[c][0], clients[c][1], "00:80:f4:00:00:10", kPlc, 40000 + c, 502,
                                           "000100000006010300000001")});
            frames.push_back({at + 1000, tcpFrame("00:80:f4:00:00:10", kPlc, clients[c][0], clients[c][1], 502, 40000 + c,
                                                  "00010000000501030200aa")});
        }
    }
    frames.push_back({start + 200 * kSecond, tcpFrame("00:12:34:00:00:01", "192.168.1.61", "00:80:f4:00:00:10", kPlc, 40001,
                                                      502, "000200000006010600010063")});
    frames.push_back({start + 210 * kSecond, tcpFrame("00:0b:ab:00:00:50", "192.168.1.50", "00:80:f4:00:00:10", kPlc, 40100,
                                                      23, "726f6f740d0a")});
    return frames;
}

QString run(const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(MIERUKA_CLI_PATH), arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

QString tool(const QString& name, const QStringList& arguments)
{
    QProcess process;
    process.start(name, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed");
        QVERIFY(m_dir.isValid());
        const QString capture = m_dir.filePath(QStringLiteral("plant.pcap"));
        QVERIFY(test::writeFile(capture.toStdString(), test::makePcap(plant())));
        m_survey = m_dir.filePath(QStringLiteral("plant.mieruka"));
        int code = -1;
        const QString output = run({QStringLiteral("analyze"), capture, QStringLiteral("--survey"), m_survey, QStringLiteral("-q")}, &code);
        QVERIFY2(code == 0, qPrintable(output));
    }

    void reportHasEverySectionInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Contents"), QStringLiteral("Executive summary"), QStringLiteral("Scope and method"),
                                           QStringLiteral("Asset inventory"), QStringLiteral("Terminal matrices"), QStringLiteral("Network map"),
                                           QStringLiteral("Traffic over time"), QStringLiteral("Rankings"), QStringLiteral("Findings"),
                                           QStringLiteral("OT commands observed"), QStringLiteral("Appendix")};
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringList{QStringLiteral("目次"), QStringLiteral("総括"), QStringLiteral("調査範囲と方法"),
                                           QStringLiteral("資産一覧"), QStringLiteral("端末マトリクス"), QStringLiteral("通信量の推移"),
                                           QStringLiteral("指摘事項"), QStringLiteral("観測された OT コマンド"), QStringLiteral("付録")};
    }

    void reportHasEverySectionInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, titles);
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        int code = -1;
        const QString output = run({QStringLiteral("report"), m_survey, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), language,
                                    QStringLiteral("--site"), QStringLiteral("Test plant")}, &code);
        QVERIFY2(code == 0, qPrintable(output));
        // Kanji shared with CJK radicals come out of the text layer as the radicals: compare normalised.
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC);
        for (const QString& title : titles)
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(text.contains(QStringLiteral("Test plant")));
        // Names from packets are text, never markup or control: the override is gone, the rest literal.
        QVERIFY(!text.contains(QChar(0x202E)));
        QVERIFY2(text.contains(QStringLiteral("<b>bold</b>")), "the markup name is shown as plain text");
        QVERIFY(text.contains(QStringLiteral("=cmd|")));
        QVERIFY2(text.contains(QStringLiteral("broken")), "the name with invalid UTF-8 is shown, its bad bytes replaced");
        const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString& row : rows)
            QVERIFY2(row.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))), qPrintable(row));
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(tool(QStringLiteral("pdfinfo"), {pdf}));
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() >= 8 && pages.captured(1).toInt() <= 80, qPrintable(pages.captured(1)));
        const QString screenshots = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR");
        if (!screenshots.isEmpty())
            tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), pdf,
                                              screenshots + QStringLiteral("/report-") + language});
    }

    void sameSurveySameReport()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.pdf")), second = m_dir.filePath(QStringLiteral("second.pdf"));
        run({QStringLiteral("report"), m_survey, QStringLiteral("-o"), first});
        run({QStringLiteral("report"), m_survey, QStringLiteral("-o"), second});
        auto withoutDate = [](const QString& path) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            return QString::fromLatin1(file.readAll()).remove(QRegularExpression(QStringLiteral("/CreationDate \\(D:[0-9Z'+-]*\\)")));
        };
        const QString textA = withoutDate(first), textB = withoutDate(second);
        QVERIFY(textA.startsWith(QStringLiteral("%PDF")));
        QVERIFY2(textA == textB, "two reports of the same survey differ beyond the creation date");
    }

    void redactedReportHidesAddressesAndNames()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("redacted.pdf"));
        int code = -1;
        const QString output = run({QStringLiteral("report"), m_survey, QStringLiteral("-o"), pdf, QStringLiteral("--redact")}, &code);
        QVERIFY2(code == 0, qPrintable(output));
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Executive summary")));
        for (const char* secret : {kPlc, "192.168.1.50", "00:12:34:00:00:01", "=cmd|"})
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), secret);
    }

    void badArgumentsAreRefused()
    {
        int code = -1;
        run({QStringLiteral("report"), m_survey, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--lang"),
             QStringLiteral("fr")}, &code);
        QCOMPARE(code, 2);
        const QString output = run({QStringLiteral("report"), m_survey, QStringLiteral("-o"),
                                    m_dir.filePath(QStringLiteral("missing/x.pdf"))}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("missing/x.pdf")), qPrintable(output));
    }

private:
    QTemporaryDir m_dir;
    QString m_survey;
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
