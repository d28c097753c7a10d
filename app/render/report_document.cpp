// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_document.h"

#include "report_chart.h"
#include "report_detail_sections.h"
#include "report_finding_texts.h"
#include "report_map.h"
#include "report_matrix.h"
#include "report_page_painter.h"
#include "report_table.h"
#include "report_text.h"
#include "truncation_text.h"

#include <QFileInfo>
#include <QPainter>

namespace mieruka::render {

using Style = ReportPagePainter::Style;

namespace {
QString q(const std::string& text, int cap = ReportText::kCellChars)
{
    return ReportText::plain(text, cap);
}
} // namespace

ReportDocument::ReportDocument(const survey::ReportModel& model, const Settings& settings, const ReportMap* map)
    : m_model(model), m_settings(settings), m_map(map)
{
    if (!m_settings.date.isValid())
        m_settings.date = QDate::currentDate();
}

QString ReportDocument::title() const
{
    return tr("OT network assessment report");
}

QString ReportDocument::period() const
{
    return tr("%1 to %2 (UTC)").arg(ReportText::time(m_model.startNs), ReportText::time(m_model.endNs));
}

QString ReportDocument::headerText() const
{
    return tr("%1 — %2").arg(q(m_model.parties.site, 80), period());
}

QString ReportDocument::sectionTitle(const QString& id)
{
    if (id == QLatin1String("summary")) return tr("Executive summary");
    if (id == QLatin1String("scope")) return tr("Scope and method");
    if (id == QLatin1String("inventory")) return tr("Asset inventory");
    if (id == QLatin1String("matrices")) return tr("Terminal matrices");
    if (id == QLatin1String("map")) return tr("Network map");
    if (id == QLatin1String("traffic")) return tr("Traffic over time");
    if (id == QLatin1String("rankings")) return tr("Rankings");
    if (id == QLatin1String("findings")) return tr("Findings");
    if (id == QLatin1String("ot_commands")) return tr("OT commands observed");
    if (id == QLatin1String("diff")) return tr("Period comparison");
    if (id == QLatin1String("appendix")) return tr("Appendix");
    return ReportText::plain(id, 40);
}

QString ReportDocument::roleName(const QString& role)
{
    // The role ids of survey::RoleInference.
    if (role == QLatin1String("plc")) return tr("PLC / controller");
    if (role == QLatin1String("hmi")) return tr("HMI");
    if (role == QLatin1String("engineering_workstation")) return tr("Engineering station");
    if (role == QLatin1String("historian")) return tr("Historian");
    if (role == QLatin1String("scada_server")) return tr("SCADA server");
    if (role == QLatin1String("windows_pc")) return tr("Windows PC");
    if (role == QLatin1String("windows_server")) return tr("Windows server");
    if (role == QLatin1String("linux_server")) return tr("Linux server");
    if (role == QLatin1String("network_device")) return tr("Network device");
    if (role == QLatin1String("printer")) return tr("Printer");
    if (role == QLatin1String("iot")) return tr("IoT device");
    if (role == QLatin1String("unknown") || role.isEmpty()) return tr("Unknown");
    return role;
}

void ReportDocument::draw(ReportPagePainter& page, const QHash<QString, int>& toc) const
{
    drawCover(page);
    drawToc(page, toc);
    for (const std::string& id : m_model.sections) {
        const QString section = QString::fromStdString(id);
        if (section == QLatin1String("diff") && !m_model.diff)
            continue;
        page.newPage();
        if (page.failed())
            return;
        page.markSection(section);
        page.heading(sectionTitle(section));
        if (section == QLatin1String("summary")) drawSummary(page);
        else if (section == QLatin1String("scope")) drawScope(page);
        else if (section == QLatin1String("inventory")) drawInventory(page);
        else if (section == QLatin1String("matrices")) drawMatrices(page);
        else if (section == QLatin1String("map")) drawMap(page);
        else if (section == QLatin1String("traffic")) drawTraffic(page);
        else if (section == QLatin1String("rankings")) drawRankings(page);
        else if (section == QLatin1String("findings")) ReportDetailSections::drawFindings(page, m_model);
        else if (section == QLatin1String("ot_commands")) ReportDetailSections::drawOtCommands(page, m_model);
        else if (section == QLatin1String("diff")) ReportDetailSections::drawDiff(page, *m_model.diff);
        else if (section == QLatin1String("appendix")) ReportDetailSections::drawAppendix(page, m_model);
    }
    page.finish();
}

void ReportDocument::drawCover(ReportPagePainter& page) const
{
    page.newPage(false);
    if (page.failed())
        return;
    page.painter().fillRect(QRectF(0, 0, ReportPagePainter::kWidth, 12), QColor(0x1a, 0x3a, 0x5c));
    page.advance(150);
    page.paragraph(title(), Style::Title);
    page.advance(20);
    page.paragraph(q(m_model.parties.site, 120), Style::Heading1);
    page.advance(30);
    const QLocale locale(m_settings.language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
    ReportTable table({{tr("Item"), 1}, {tr("Value"), 2.5}});
    table.addRow({tr("Customer"), q(m_model.parties.customer)});
    table.addRow({tr("Site"), q(m_model.parties.site)});
    table.addRow({tr("Consultant"), q(m_model.parties.consultant)});
    table.addRow({tr("Survey period"), period()});
    if (m_model.diff)
        table.addRow({tr("Compared periods"), tr("%1 and %2").arg(q(m_model.diff->before.name, 60), q(m_model.diff->after.name, 60))});
    table.addRow({tr("Report date"), locale.toString(m_settings.date, QLocale::LongFormat)});
    table.addRow({tr("Addresses and names"), m_model.options.redact ? tr("Pseudonymised for sharing") : tr("As observed")});
    table.draw(page);
    page.advance(20);
    page.paragraph(tr("This report describes what passive observation of the plant network showed. It contains "
                      "information about the plant's systems: handle it as confidential."), Style::Small);
}

void ReportDocument::drawToc(ReportPagePainter& page, const QHash<QString, int>& toc) const
{
    page.newPage();
    if (page.failed())
        return;
    page.heading(tr("Contents"));
    QPainter& painter = page.painter();
    for (const std::string& id : m_model.sections) {
        const QString section = QString::fromStdString(id);
        if (section == QLatin1String("diff") && !m_model.diff)
            continue;
        // The first pass has no page numbers yet; the line takes the same room either way.
        const QString number = toc.contains(section) ? QString::number(toc.value(section)) : QString();
        painter.setFont(page.font(Style::Body));
        painter.drawText(QRectF(page.left(), page.y(), page.width() - 40, 14), Qt::AlignLeft | Qt::AlignVCenter,
                         sectionTitle(section));
        painter.drawText(QRectF(page.left() + page.width() - 40, page.y(), 40, 14), Qt::AlignRight | Qt::AlignVCenter,
                         number);
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.4, Qt::DotLine));
        painter.drawLine(QPointF(page.left(), page.y() + 13), QPointF(page.left() + page.width(), page.y() + 13));
        painter.setPen(Qt::black);
        page.advance(16);
    }
}

void ReportDocument::drawSummary(ReportPagePainter& page) const
{
    const auto& risk = m_model.risk;
    page.heading(tr("Overall rating: %1 (score %2 of 100)").arg(ReportFindingTexts::ratingName(risk.rating)).arg(risk.score),
                 Style::Heading2);
    page.paragraph(tr("The score adds points for each kind of finding and for structural weaknesses such as end-of-life "
                      "systems; the table shows where the points come from, and they add up to the score."));
    ReportTable scoring({{tr("Factor"), 3}, {tr("Count"), 1, true}, {tr("Points"), 1, true}});
    for (const auto& c : risk.contributions)
        scoring.addRow({ReportFindingTexts::factorName(c.factor), ReportText::number(c.count), QString::number(c.points)});
    scoring.draw(page);

    page.heading(tr("Key numbers"), Style::Heading2);
    ReportTable numbers({{tr("Measure"), 3}, {tr("Value"), 2, true}});
    numbers.addRow({tr("Devices seen"), ReportText::number(m_model.hostCount)});
    numbers.addRow({tr("Industrial (OT) devices"), ReportText::number(m_model.otHostCount)});
    numbers.addRow({tr("End-of-life systems"), ReportText::number(m_model.eolHosts.size())});
    numbers.addRow({tr("Observed duration"), ReportText::duration(m_model.endNs - m_model.startNs)});
    numbers.addRow({tr("Packets / data volume"),
                    tr("%1 / %2").arg(ReportText::number(m_model.packets), ReportText::bytes(m_model.bytes))});
    numbers.addRow({tr("Findings"), ReportText::number(m_model.findings.size())});
    numbers.addRow({tr("Controller-changing OT commands"), ReportText::number(m_model.otCommands.size())});
    numbers.draw(page);

    page.heading(tr("Top findings"), Style::Heading2);
    if (m_model.findings.empty())
        page.paragraph(tr("No findings were raised during the survey."));
    int n = 0;
    for (const auto& finding : m_model.findings) {
        if (++n > 5)
            break;
        const auto texts = ReportFindingTexts::forFinding(finding);
        page.paragraph(tr("%1. [%2] %3: %4")
                           .arg(n)
                           .arg(ReportFindingTexts::severityName(finding.severity), texts.title, texts.observed));
    }
}

void ReportDocument::drawScope(ReportPagePainter& page) const
{
    page.paragraph(tr("The survey observed %1 packets (%2) from %3 over %4.")
                       .arg(ReportText::number(m_model.packets), ReportText::bytes(m_model.bytes), period(),
                            ReportText::duration(m_model.endNs - m_model.startNs)));
    ReportTable captures({{tr("Capture file"), 3}, {tr("Format"), 1}, {tr("Packets"), 1.2, true},
                          {tr("Volume"), 1.2, true}, {tr("Start (UTC)"), 1.8}, {tr("Duration"), 1.2}});
    for (const auto& capture : m_model.captures)
        captures.addRow({QFileInfo(QString::fromStdString(capture.path)).fileName(), q(capture.format, 20),
                         ReportText::number(capture.packets), ReportText::bytes(capture.bytes),
                         ReportText::time(capture.startNs), ReportText::duration(capture.endNs - capture.startNs)});
    captures.draw(page);
    QStringList links;
    for (const auto& link : m_model.linkTypes)
        links << q(link, 40);
    page.paragraph(tr("Link types: %1.").arg(links.isEmpty() ? tr("none recorded") : links.join(QStringLiteral(", "))));
    page.heading(tr("Mirror coverage"), Style::Heading2);
    page.paragraph(tr("%1 of TCP conversations were seen in both directions. A low share means the mirror port or "
                      "tap saw only one direction of some links, so volumes and some findings are understated.")
                       .arg(ReportText::percent(m_model.bidirectionalShare)));
    if (m_model.truncation.any()) {
        page.heading(TruncationText::badge(m_model.truncation), Style::Heading2);
        page.paragraph(TruncationText::explanation(m_model.truncation));
    }
    page.heading(tr("What passive observation cannot see"), Style::Heading2);
    page.paragraph(tr("Mieruka only listens; it sent nothing to the plant network. It therefore sees only traffic that "
                      "passed the mirror point during the survey: devices that stayed silent, traffic inside other "
                      "switches, serial fieldbuses, encrypted content, and vulnerabilities that show no traffic are "
                      "not visible. Software versions come from what devices announce and may be incomplete. The "
                      "absence of a finding is not proof that a weakness is absent."));
}

void ReportDocument::drawInventory(ReportPagePainter& page) const
{
    page.paragraph(tr("%1 devices were seen, %2 of them industrial (OT) devices.")
                       .arg(ReportText::number(m_model.hostCount), ReportText::number(m_model.otHostCount)));
    const auto counts = [&](const QString& heading, const QString& key, const std::vector<survey::CountRow>& rows,
                            bool roles) {
        page.heading(heading, Style::Heading2);
        ReportTable table({{key, 3}, {tr("Devices"), 1, true}});
        for (std::size_t i = 0; i < rows.size() && i < 15; ++i)
            table.addRow({roles ? roleName(QString::fromStdString(rows[i].key)) : q(rows[i].key),
                          ReportText::number(rows[i].count)});
        table.draw(page);
    };
    counts(tr("Devices by role"), tr("Role"), m_model.byRole, true);
    counts(tr("Devices by vendor"), tr("Vendor"), m_model.byVendor, false);
    counts(tr("Devices by operating system"), tr("Operating system"), m_model.byOs, false);
    const auto address = [](const survey::LedgerHost& host) {
        return host.host.ips.empty() ? q(host.host.mac) : q(host.host.ips.front());
    };
    page.heading(tr("End-of-life systems"), Style::Heading2);
    ReportTable eol({{tr("Address"), 1.4}, {tr("Host name"), 2}, {tr("Operating system"), 2}, {tr("End of support"), 1.2}});
    for (const auto& host : m_model.eolHosts)
        eol.addRow({address(host), q(host.hostname), q(host.os.name + ' ' + host.os.version), q(host.os.eolDate)});
    eol.draw(page);
    page.heading(tr("Controllers"), Style::Heading2);
    ReportTable controllers({{tr("Address"), 1.4}, {tr("Vendor"), 1.6}, {tr("Model"), 1.6}, {tr("Firmware"), 1.2},
                             {tr("Serial number"), 1.2}});
    for (const auto& host : m_model.controllers)
        controllers.addRow({address(host), q(host.vendor), q(host.model), q(host.firmware), q(host.serial)});
    controllers.draw(page);
}

void ReportDocument::drawMatrices(ReportPagePainter& page) const
{
    page.paragraph(tr("Each square is one address of the network (row: high digit, column: low digit of the last "
                      "octet in hexadecimal); the colour is the device's role, a red corner an end-of-life system."));
    for (const std::string& subnet : m_model.subnets) {
        if (ReportMatrix::prefixOf(subnet).empty()) {
            page.paragraph(tr("%1: not an IPv4 /24 network, no matrix drawn.").arg(q(subnet, 60)));
            continue;
        }
        page.ensure(330);
        page.heading(tr("%1 (%n devices)", nullptr, ReportMatrix::hostCount(m_model.snapshot, subnet)).arg(q(subnet, 60)),
                     Style::Heading2);
        ReportMatrix::draw(page.painter(), QRectF(page.left(), page.y(), page.width(), 300), m_model.snapshot, subnet,
                           page.font(Style::Small), &ReportDocument::roleName, tr("End-of-life OS"));
        page.advance(310);
    }
}

void ReportDocument::drawMap(ReportPagePainter& page) const
{
    if (!m_map || !m_map->ok()) {
        page.paragraph(tr("The network map could not be laid out (Graphviz failed)."));
        return;
    }
    page.paragraph(tr("Boxes are networks (/24), nodes are devices coloured by role, orange lines industrial "
                      "protocols, blue lines other traffic."));
    if (m_map->omitted() > 0)
        page.paragraph(tr("The map shows the %1 busiest devices; %2 quieter devices are listed in the appendix only.")
                           .arg(m_map->nodeCount())
                           .arg(m_map->omitted()));
    const double height = page.bottom() - page.y() - 4;
    m_map->draw(page.painter(), QRectF(page.left(), page.y(), page.width(), height), page.font(Style::Small));
    page.advance(height);
}

void ReportDocument::drawTraffic(ReportPagePainter& page) const
{
    page.paragraph(tr("Data volume per minute over the survey; the numbered circles are the busiest minutes."));
    page.ensure(230);
    ReportChart::draw(page.painter(), QRectF(page.left(), page.y(), page.width(), 220), m_model.traffic, m_model.peaks,
                      page.font(Style::Small), {tr("Bytes per minute"), tr("Broadcast frames per minute"), tr("No traffic")});
    page.advance(230);
    page.heading(tr("Peak minutes"), Style::Heading2);
    ReportTable peaks({{tr("Rank"), 0.6, true}, {tr("Minute (UTC)"), 2}, {tr("Volume"), 1.3, true},
                       {tr("Packets"), 1.3, true}, {tr("Broadcast frames"), 1.5, true}});
    int rank = 0;
    for (const auto& peak : m_model.peaks)
        peaks.addRow({QString::number(++rank), ReportText::minute(peak.minute), ReportText::bytes(peak.bytes),
                      ReportText::number(peak.packets), ReportText::number(peak.broadcastPackets)});
    peaks.draw(page);
    page.heading(tr("Broadcast storms"), Style::Heading2);
    ReportTable storms({{tr("From (UTC)"), 1.5}, {tr("To (UTC)"), 1.5}, {tr("Frames"), 1, true}, {tr("Hosts"), 3}});
    for (const auto& finding : m_model.findings) {
        if (finding.id == "broadcast_storm") {
            QStringList hosts;
            for (const auto& host : finding.hosts)
                hosts << q(host, 40);
            storms.addRow({ReportText::time(finding.firstNs), ReportText::time(finding.lastNs),
                           ReportText::number(finding.occurrences), hosts.join(QStringLiteral(", "))});
        }
    }
    if (storms.rowCount() == 0)
        page.paragraph(tr("No broadcast storm was detected."));
    else
        storms.draw(page);
}

void ReportDocument::drawRankings(ReportPagePainter& page) const
{
    const auto ranking = [&](const QString& heading, const QString& key, const std::vector<survey::RankRow>& rows,
                             bool peers) {
        page.heading(heading, Style::Heading2);
        QList<ReportTable::Column> columns{{key, 3}, {tr("Volume"), 1.2, true}, {tr("Packets"), 1.2, true}};
        if (peers)
            columns.append({tr("Peers"), 0.8, true});
        ReportTable table(columns);
        for (const auto& row : rows)
            table.addRow({q(row.key), ReportText::bytes(row.bytes), ReportText::number(row.packets),
                          ReportText::number(row.peers)});
        table.draw(page);
    };
    ranking(tr("Hosts by data volume"), tr("Host"), m_model.topHostsByBytes, true);
    ranking(tr("Hosts by number of peers"), tr("Host"), m_model.topHostsByPeers, true);
    ranking(tr("Busiest host pairs"), tr("Pair"), m_model.topPairs, false);
    ranking(tr("Busiest services"), tr("Protocol"), m_model.topServices, false);
}

} // namespace mieruka::render
