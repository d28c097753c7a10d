// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, item 6: names, user agents and device strings taken from packets are hostile. A
// corpus of them (spreadsheet formulas, markup, bidirectional overrides, controls, a 64 KB
// name, invalid UTF-8, zero-width characters) goes out in every protocol that names a device,
// through the real import, and must come out neutralised: JSON and CSV exports, the HTML
// summary, the GUI (plain text only) and the PDF report.
#include "app/cli/analyze_command.h"
#include "app/cli/report_command.h"
#include "app/gui/main_window.h"
#include "app/gui/map_view.h"
#include "app/gui/matrix_grid.h"
#include "app/gui/matrix_view.h"
#include "app/gui/plain_text_delegate.h"
#include "app/gui/workspace_selection.h"
#include "app/gui/workspace_view.h"
#include "tests/hardening/hostile_strings.h"
#include "tests/hardening/identity_frames.h"
#include "tests/support/capture_file_writer.h"

#include <QAbstractItemView>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHelpEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolTip>

#include <cstdio>

using namespace mieruka;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr qsizetype kMaxValueLength = 1024; // decoders cap strings at 512 bytes at most

QString pad(std::size_t value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

/// Every hostile string in every protocol that names a device, one device per string and carrier.
std::vector<test::CaptureFrame> hostilePlant()
{
    using namespace test::identity;
    const auto strings = test::hostileStrings();
    const Station client{"00:0b:ab:00:00:50", "192.168.9.50"};
    std::vector<test::Bytes> frames;
    for (std::size_t k = 0; k < strings.size(); ++k) {
        const std::string& text = strings[k].bytes;
        auto station = [&](int carrier) {
            return Station{QStringLiteral("02:00:00:%1:00:%2").arg(pad(std::size_t(carrier)), pad(k)).toStdString(),
                           QStringLiteral("10.%1.0.%2").arg(carrier).arg(k + 1).toStdString()};
        };
        const Station dhcp = station(1), httpClient = station(2), httpServer = station(3), switchPort = station(4),
                      agent = station(5), mdns = station(6), nbns = station(7), modbus = station(8), enip = station(9),
                      s7 = station(10);
        frames.push_back(dhcpRequest(dhcp, std::uint8_t(k), text, text));
        frames.push_back(test::PacketBuilder().ethernet("ff:ff:ff:ff:ff:ff", dhcp.mac)
                             .arp(1, dhcp.mac, dhcp.ip, "00:00:00:00:00:00", dhcp.ip).build());
        frames.push_back(httpRequest(httpClient, httpServer, text));
        frames.push_back(httpResponse(httpServer, httpClient, text));
        frames.push_back(lldp(switchPort, text, text));
        frames.push_back(snmpResponse(agent, client, text, text));
        frames.push_back(mdnsAnnouncement(mdns, text));
        frames.push_back(nbnsRegistration(nbns, text));
        frames.push_back(modbusIdentity(modbus, client, text, text, text));
        frames.push_back(enipListIdentity(enip, client, text));
        frames.push_back(s7ModuleIdentity(s7, client, text));
    }
    std::vector<test::CaptureFrame> captured;
    const std::int64_t start = 1'700'000'000LL * kSecond;
    for (std::size_t i = 0; i < frames.size(); ++i)
        captured.push_back({start + std::int64_t(i) * kSecond / 100, frames[i]});
    return captured;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(bytes); // decodes on conversion
    return !decoder.hasError();
}

/// The first forbidden code point of `text` ("U+202E at 5"), or empty.
QString forbiddenIn(const QString& text, const QString& allowed = {})
{
    const auto codes = text.toUcs4();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t code = codes[i];
        if (test::isForbiddenInOutput(code) && !allowed.contains(QChar(code)))
            return QStringLiteral("U+%1 at %2").arg(std::uint32_t(code), 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

/// Collects every string of a JSON tree with its path.
void collectStrings(const QJsonValue& value, const QString& path, QList<std::pair<QString, QString>>& out)
{
    if (value.isString()) {
        out.push_back({path, value.toString()});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectStrings(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out.push_back({path + QStringLiteral("{key}"), it.key()});
            collectStrings(it.value(), path + QLatin1Char('.') + it.key(), out);
        }
    }
}

/// RFC 4180 rows and cells.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            wasQuoted = false;
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

QStringList markers()
{
    QStringList out;
    for (const auto& hostile : test::hostileStrings())
        out << QString::fromStdString(hostile.marker);
    return out;
}

bool hasMarker(const QString& text)
{
    for (const QString& marker : markers())
        if (text.contains(marker))
            return true;
    return false;
}

/// Qt shows a tooltip as rich text when it looks like markup: one made from packet text must be
/// escaped (or must not look like markup at all).
bool tooltipRendersMarkup(const QString& tip)
{
    return Qt::mightBeRichText(tip) && (tip.contains(QStringLiteral("<b>bold")) || tip.contains(QStringLiteral("<img"))
                                        || tip.contains(QStringLiteral("<a href")) || tip.contains(QStringLiteral("<i>")));
}

QString tool(const QString& name, const QStringList& arguments)
{
    QProcess process;
    process.start(name, arguments);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestHostileStrings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString capture = m_dir.filePath(QStringLiteral("hostile.pcap"));
        QVERIFY(test::writeFile(capture.toStdString(), test::makePcap(hostilePlant())));
        m_survey = m_dir.filePath(QStringLiteral("hostile.mieruka"));
        m_json = m_dir.filePath(QStringLiteral("hostile.json"));
        m_csv = m_dir.filePath(QStringLiteral("hostile.csv"));
        m_html = m_dir.filePath(QStringLiteral("hostile.html"));
        // The command line's own code path, in-process.
        const int code = cli::runAnalyze({QStringLiteral("mieruka-cli"), QStringLiteral("analyze"), capture, QStringLiteral("--survey"),
                                          m_survey, QStringLiteral("--json"), m_json, QStringLiteral("--assets-csv"), m_csv,
                                          QStringLiteral("--html"), m_html, QStringLiteral("-q")});
        QCOMPARE(code, 0);
    }

    void jsonIsNeutral()
    {
        const QByteArray bytes = readFile(m_json);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(isValidUtf8(bytes));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QList<std::pair<QString, QString>> strings;
        collectStrings(document.object(), QStringLiteral("$"), strings);
        QString all;
        for (const auto& [path, value] : strings) {
            const QString bad = forbiddenIn(value);
            QVERIFY2(bad.isEmpty(), qPrintable(path + QStringLiteral(": ") + bad));
            QVERIFY2(value.size() <= kMaxValueLength, qPrintable(path + QStringLiteral(": %1 characters").arg(value.size())));
            all += value + QLatin1Char('\n');
        }
        // The strings did reach the survey (or the checks above prove nothing), as literal text.
        for (const QString& marker : markers())
            QVERIFY2(all.contains(marker), qPrintable(marker));
        QVERIFY(all.contains(QStringLiteral("<b>bold</b><img src=x onerror=alert(1)>")));
        QVERIFY(all.contains(QStringLiteral("=cmd|' /C calc'!A0")));
        QVERIFY2(!all.contains(QStringLiteral("after-nul")), "text after a NUL is not part of a name");
    }

    void csvNeutralisesFormulas()
    {
        QByteArray bytes = readFile(m_csv);
        QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
        bytes.remove(0, 3);
        QVERIFY(isValidUtf8(bytes));
        const auto rows = parseCsv(QString::fromUtf8(bytes));
        QVERIFY(rows.size() > 100);
        const qsizetype columns = rows.front().size();
        bool sawFormula = false;
        for (const auto& row : rows) {
            QCOMPARE(row.size(), columns); // no control character split or merged a row
            for (const QString& cell : row) {
                QVERIFY2(forbiddenIn(cell).isEmpty(), qPrintable(cell.left(80) + QStringLiteral(": ") + forbiddenIn(cell)));
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell.left(80)));
                sawFormula = sawFormula || cell.startsWith(QStringLiteral("'=cmd|"));
            }
        }
        QVERIFY2(sawFormula, "the formula hostname is in the ledger, neutralised with a leading apostrophe");
    }

    void htmlSummaryEscapes()
    {
        const QByteArray bytes = readFile(m_html);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(isValidUtf8(bytes));
        const QString html = QString::fromUtf8(bytes);
        QVERIFY2(!html.contains(QStringLiteral("<b>bold")) && !html.contains(QStringLiteral("<img")) && !html.contains(QStringLiteral("href=\"http://evil")),
                 "markup from packets is escaped in the HTML summary");
        QVERIFY2(forbiddenIn(html, QStringLiteral("\n\r\t")).isEmpty(), qPrintable(forbiddenIn(html, QStringLiteral("\n\r\t"))));
    }

    void guiShowsPlainText()
    {
        gui::MainWindow window;
        window.resize(1200, 750);
        window.show();
        window.openSurvey(m_survey);
        auto* table = window.page(QStringLiteral("assets"))->findChild<QTableView*>(QStringLiteral("ledgerTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 100, 60000);

        // Select a host of each hostile string, visit every page, and inspect what is shown.
        QStringList problems;
        QSet<QString> selected;
        auto* model = table->model();
        for (const QString& marker : markers()) {
            for (int row = 0; row < model->rowCount(); ++row) {
                bool hit = false;
                for (int column = 0; column < model->columnCount() && !hit; ++column)
                    hit = model->index(row, column).data().toString().contains(marker);
                if (!hit)
                    continue;
                table->setCurrentIndex(model->index(row, 0));
                selected << marker;
                // Pages fill in when shown; every widget of every page is inspected after the visit.
                for (const char* id : {"overview", "assets", "matrix", "map", "traffic", "rankings", "alerts"}) {
                    QVERIFY(window.showPage(QString::fromLatin1(id)));
                    QTest::qWait(20);
                }
                inspect(&window, marker, problems);
                inspectMatrixTips(qobject_cast<gui::MatrixView*>(window.page(QStringLiteral("matrix"))), marker, problems);
                break;
            }
        }
        if (auto* map = qobject_cast<gui::MapView*>(window.page(QStringLiteral("map"))))
            QVERIFY(map->waitForLayout(60000));
        inspect(&window, QStringLiteral("map laid out"), problems);
        QVERIFY2(selected.size() >= markers().size() - 2, qPrintable(QStringList(selected.values()).join(QLatin1Char(' '))));
        problems.removeDuplicates();
        std::printf("GUI: %d labels, %d tooltips, %d item-view cells and %d matrix tips showed hostile text\n", m_labels,
                    m_tooltips, m_cells, m_matrixTips);
        std::fflush(stdout);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
        QVERIFY2(m_cells > 0 && m_tooltips > 0, "the hostile names were on screen");
    }

    void pdfReportIsNeutral()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
        const int code = cli::runReport({QStringLiteral("mieruka-cli"), QStringLiteral("report"), m_survey, QStringLiteral("-o"), pdf,
                                         QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(code, 0);
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF was written, its text is not checked");
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Executive summary")));
        // Page breaks and line ends are pdftotext's own; anything else forbidden came from a packet.
        const QString bad = forbiddenIn(text, QStringLiteral("\n\f"));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QVERIFY2(text.contains(QStringLiteral("<b>bold</b>")), "markup names are printed as literal text");
        QVERIFY(text.contains(QStringLiteral("=cmd|")));
    }

private:
    /// Labels, text views, tooltips, item views and scene items of `root` that show packet text.
    void inspect(QWidget* root, const QString& where, QStringList& problems)
    {
        const auto name = [](const QObject* object) {
            return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char('#') + object->objectName();
        };
        for (auto* label : root->findChildren<QLabel*>()) {
            if (label->inherits("QTipLabel")) { // the tooltip on screen: rich text by design, so escaped
                if (tooltipRendersMarkup(label->text()))
                    problems << QStringLiteral("%1: the tooltip shown renders markup").arg(where);
                continue;
            }
            m_labels += hasMarker(label->text()) ? 1 : 0;
            if (hasMarker(label->text()) && label->textFormat() != Qt::PlainText)
                problems << QStringLiteral("%1: %2 shows \"%3\" as %4").arg(where, name(label), label->text().left(60))
                                .arg(label->textFormat() == Qt::RichText ? QStringLiteral("rich text") : QStringLiteral("auto-detected text"));
            if (const QString bad = forbiddenIn(label->text(), QStringLiteral("\n")); !bad.isEmpty() && hasMarker(label->text()))
                problems << QStringLiteral("%1: %2 holds %3").arg(where, name(label), bad);
        }
        for (auto* edit : root->findChildren<QTextEdit*>())
            if (hasMarker(edit->toPlainText()) && edit->acceptRichText() && edit->toHtml().contains(QStringLiteral("<img")))
                problems << QStringLiteral("%1: %2 renders markup").arg(where, name(edit));
        for (auto* widget : root->findChildren<QWidget*>())
            if (tooltipRendersMarkup(widget->toolTip()))
                problems << QStringLiteral("%1: tooltip of %2 renders markup").arg(where, name(widget));
        for (auto* view : root->findChildren<QAbstractItemView*>()) {
            if (qobject_cast<QHeaderView*>(view)) // headers show column titles, and have no delegate
                continue;
            auto* delegate = view->itemDelegate();
            const QString delegateClass = delegate ? QString::fromLatin1(delegate->metaObject()->className()) : QString();
            // Qt's own delegates paint plain text; one of ours must be the plain-text one.
            const QStringList plainDelegates{QStringLiteral("QStyledItemDelegate"), QStringLiteral("QItemDelegate"),
                                             QStringLiteral("QComboMenuDelegate"), QStringLiteral("QComboBoxDelegate")};
            if (delegate && !plainDelegates.contains(delegateClass) && !qobject_cast<gui::PlainTextDelegate*>(delegate))
                problems << QStringLiteral("%1: %2 paints with %3").arg(where, name(view), delegateClass);
            inspectModel(view->model(), QModelIndex(), where + QLatin1Char('/') + name(view), problems, 0);
        }
        for (auto* graphics : root->findChildren<QGraphicsView*>()) {
            if (!graphics->scene())
                continue;
            for (auto* item : graphics->scene()->items()) {
                if (tooltipRendersMarkup(item->toolTip()))
                    problems << QStringLiteral("%1: a map item's tooltip renders markup").arg(where);
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && hasMarker(text->toPlainText()))
                    problems << QStringLiteral("%1: a map text item may render markup").arg(where);
            }
        }
    }

    void inspectModel(const QAbstractItemModel* model, const QModelIndex& parent, const QString& where, QStringList& problems,
                      int depth)
    {
        if (!model || depth > 2)
            return;
        const int rows = std::min(model->rowCount(parent), 2000);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QString display = index.data(Qt::DisplayRole).toString();
                if (const QString bad = forbiddenIn(display); !bad.isEmpty())
                    problems << QStringLiteral("%1: cell %2,%3 holds %4").arg(where).arg(row).arg(column).arg(bad);
                if (display.size() > kMaxValueLength * 2)
                    problems << QStringLiteral("%1: cell %2,%3 holds %4 characters").arg(where).arg(row).arg(column).arg(display.size());
                m_cells += hasMarker(display) ? 1 : 0;
                const QString tip = index.data(Qt::ToolTipRole).toString();
                m_tooltips += hasMarker(tip) ? 1 : 0;
                if (tooltipRendersMarkup(tip))
                    problems << QStringLiteral("%1: tooltip of cell %2,%3 renders markup").arg(where).arg(row).arg(column);
                if (column == 0 && model->hasChildren(index))
                    inspectModel(model, index, where, problems, depth + 1);
            }
        }
    }

    /// The matrix builds its cell tooltips when asked (a help event): ask for every cell shown.
    void inspectMatrixTips(gui::MatrixView* matrix, const QString& where, QStringList& problems)
    {
        QVERIFY(matrix);
        for (int octet = 0; octet < 256; ++octet) {
            if (matrix->hostKeyAt(octet).isEmpty())
                continue;
            QToolTip::hideText();
            const QPoint at = matrix->cellRect(octet).center();
            QHelpEvent help(QEvent::ToolTip, at, matrix->grid()->mapToGlobal(at));
            QCoreApplication::sendEvent(matrix->grid(), &help);
            const QString tip = QToolTip::text();
            m_matrixTips += hasMarker(tip) ? 1 : 0;
            if (tooltipRendersMarkup(tip) || (hasMarker(tip) && !forbiddenIn(tip, QStringLiteral("\n")).isEmpty()))
                problems << QStringLiteral("matrix/%1: the tooltip of .%2 shows \"%3\"").arg(where).arg(octet).arg(tip.left(80));
        }
        QToolTip::hideText();
    }

    QTemporaryDir m_dir;
    QString m_survey, m_json, m_csv, m_html;
    int m_labels = 0, m_tooltips = 0, m_cells = 0, m_matrixTips = 0;
};

QTEST_MAIN(TestHostileStrings)
#include "tst_hostile_strings.moc"
