// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_detail_sections.h"

#include "report_document.h"
#include "report_finding_texts.h"
#include "report_page_painter.h"
#include "report_table.h"
#include "report_text.h"

#include <QPainter>

#include <algorithm>
#include <map>
#include <set>

namespace mieruka::render {

using Style = ReportPagePainter::Style;

namespace {

QString q(const std::string& text, int cap = ReportText::kCellChars)
{
    return ReportText::plain(text, cap);
}

QString joined(const std::vector<std::string>& values, int capEach = 60)
{
    QStringList list;
    for (const auto& value : values)
        list << ReportText::plain(value, capEach);
    return list.join(QStringLiteral(", "));
}

QColor severityColour(const std::string& severity)
{
    if (severity == "critical") return QColor(0x8b, 0x00, 0x00);
    if (severity == "high") return QColor(0xd0, 0x30, 0x20);
    if (severity == "medium") return QColor(0xe0, 0x90, 0x10);
    if (severity == "low") return QColor(0x30, 0x80, 0xc0);
    return QColor(0x80, 0x80, 0x80);
}

QString device(const survey::DeviceRef& ref)
{
    return q(ref.ips.empty() ? ref.mac : ref.ips.front(), 60);
}

} // namespace

void ReportDetailSections::drawFinding(ReportPagePainter& page, const survey::Finding& finding)
{
    const auto texts = ReportFindingTexts::forFinding(finding);
    page.ensure(120);
    if (page.failed())
        return;
    QPainter& painter = page.painter();
    const QRectF badge(page.left(), page.y() + 2, 56, 14);
    painter.setPen(Qt::NoPen);
    painter.setBrush(severityColour(finding.severity));
    painter.drawRoundedRect(badge, 3, 3);
    painter.setPen(Qt::white);
    painter.setFont(page.font(Style::Bold));
    painter.drawText(badge, Qt::AlignCenter, ReportFindingTexts::severityName(finding.severity));
    painter.setPen(Qt::black);
    painter.setFont(page.font(Style::Heading2));
    painter.drawText(QRectF(page.left() + 62, page.y(), page.width() - 62, 18), Qt::AlignLeft | Qt::AlignVCenter,
                     texts.title);
    page.advance(22);
    page.paragraph(tr("What was observed: %1").arg(texts.observed));
    page.paragraph(tr("When: %1 to %2 (UTC).").arg(ReportText::time(finding.firstNs), ReportText::time(finding.lastNs)));
    if (!finding.hosts.empty())
        page.paragraph(tr("Hosts involved: %1").arg(joined(finding.hosts)), Style::Small);
    if (!finding.details.empty()) {
        ReportTable details({{tr("Detail"), 4}, {tr("Count"), 1, true}});
        for (const auto& [detail, count] : finding.details)
            details.addRow({q(detail), ReportText::number(count)});
        details.draw(page);
    }
    page.paragraph(tr("Why it matters: %1").arg(texts.why));
    page.paragraph(tr("Recommendation: %1").arg(texts.recommendation));
    page.paragraph(tr("References: IEC 62443-3-3 %1; METI Factory System Security Guideline %2")
                       .arg(finding.iec62443.empty() ? tr("(none)") : joined(finding.iec62443, 20),
                            finding.meti.empty() ? tr("(none)") : joined(finding.meti, 20)),
                   Style::Small);
    page.advance(10);
}

void ReportDetailSections::drawFindings(ReportPagePainter& page, const survey::ReportModel& model)
{
    page.paragraph(tr("Each finding groups the alerts of one kind. Security findings come first; availability findings "
                      "that matter to production staff follow in their own part."));
    const auto part = [&](const QString& heading, bool availability) {
        page.heading(heading, Style::Heading2);
        int shown = 0;
        for (const auto& finding : model.findings) {
            if ((finding.category == "availability") == availability) {
                drawFinding(page, finding);
                ++shown;
            }
        }
        if (shown == 0)
            page.paragraph(tr("None."));
    };
    part(tr("Security"), false);
    part(tr("Availability (production)"), true);
}

void ReportDetailSections::drawOtCommands(ReportPagePainter& page, const survey::ReportModel& model)
{
    page.paragraph(tr("Industrial operations that change a controller (writes, program transfers, run/stop), by sender "
                      "and target. Reads are not listed."));
    if (model.otCommands.empty()) {
        page.paragraph(tr("No such operation was observed."));
        return;
    }
    ReportTable table({{tr("Sender"), 1.5}, {tr("Target"), 1.5}, {tr("Protocol"), 1}, {tr("Class"), 1},
                       {tr("Operation"), 1.6}, {tr("Count"), 0.8, true}, {tr("First (UTC)"), 1.6}});
    for (const auto& row : model.otCommands)
        table.addRow({q(row.requester), q(row.target), q(row.protocol), q(row.operationClass), q(row.name),
                      ReportText::number(row.count), ReportText::time(row.firstNs)});
    table.draw(page);
}

void ReportDetailSections::drawDiff(ReportPagePainter& page, const survey::SurveyDiff& diff)
{
    page.paragraph(tr("Before: %1, %2 to %3. After: %4, %5 to %6.")
                       .arg(q(diff.before.name, 60), ReportText::time(diff.before.startNs), ReportText::time(diff.before.endNs),
                            q(diff.after.name, 60), ReportText::time(diff.after.startNs), ReportText::time(diff.after.endNs)));
    ReportTable counts({{tr("Change"), 3}, {tr("Count"), 1, true}});
    counts.addRow({tr("Devices added"), ReportText::number(diff.devicesAdded.size())});
    counts.addRow({tr("Devices removed"), ReportText::number(diff.devicesRemoved.size())});
    counts.addRow({tr("Devices changed"), ReportText::number(diff.devicesChanged.size())});
    counts.addRow({tr("Communications added"), ReportText::number(diff.communicationsAdded.size())});
    counts.addRow({tr("Communications removed"), ReportText::number(diff.communicationsRemoved.size())});
    counts.addRow({tr("Communications with changed volume"), ReportText::number(diff.communicationsChanged.size())});
    counts.draw(page);
    const auto devices = [&](const QString& heading, const std::vector<survey::DeviceRef>& refs) {
        page.heading(heading, Style::Heading2);
        ReportTable table({{tr("MAC"), 1.4}, {tr("Addresses"), 1.6}, {tr("Host name"), 1.6}, {tr("Vendor"), 1.4},
                           {tr("Role"), 1}});
        for (const auto& ref : refs)
            table.addRow({q(ref.mac), joined(ref.ips, 40), q(ref.hostname), q(ref.vendor),
                          ReportDocument::roleName(q(ref.role, 40))});
        table.draw(page);
    };
    devices(tr("Devices added"), diff.devicesAdded);
    devices(tr("Devices removed"), diff.devicesRemoved);
    page.heading(tr("Devices changed"), Style::Heading2);
    ReportTable changed({{tr("Device"), 1.4}, {tr("Attribute"), 1}, {tr("Before"), 2}, {tr("After"), 2}});
    for (const auto& change : diff.devicesChanged)
        for (const auto& attribute : change.changes)
            changed.addRow({device(change.after), q(attribute.attribute), q(attribute.oldValue), q(attribute.newValue)});
    changed.draw(page);
    const auto links = [&](const QString& heading, const std::vector<survey::CommunicationRef>& refs) {
        page.heading(heading, Style::Heading2);
        ReportTable table({{tr("Client"), 1.5}, {tr("Server"), 1.5}, {tr("Protocol"), 1}, {tr("Port"), 0.6, true},
                           {tr("Volume"), 1, true}});
        for (const auto& ref : refs)
            table.addRow({q(ref.clientAddress), q(ref.serverAddress), q(ref.protocol), QString::number(ref.port),
                          ReportText::bytes(ref.bytes)});
        table.draw(page);
    };
    links(tr("Communications added"), diff.communicationsAdded);
    links(tr("Communications removed"), diff.communicationsRemoved);
    page.heading(tr("Communications with changed volume"), Style::Heading2);
    ReportTable volume({{tr("Client"), 1.5}, {tr("Server"), 1.5}, {tr("Protocol"), 1}, {tr("Factor"), 1, true}});
    for (const auto& change : diff.communicationsChanged)
        volume.addRow({q(change.after.clientAddress), q(change.after.serverAddress), q(change.after.protocol),
                       QStringLiteral("×%1").arg(change.factor, 0, 'f', 1)});
    volume.draw(page);
}

void ReportDetailSections::drawAppendix(ReportPagePainter& page, const survey::ReportModel& model)
{
    page.heading(tr("Asset ledger"), Style::Heading2);
    ReportTable ledger({{tr("IP"), 1.3}, {tr("MAC"), 1.5}, {tr("Vendor"), 1.4}, {tr("OS"), 1.3}, {tr("Role"), 1},
                        {tr("Host name"), 1.4}, {tr("Protocols"), 1.6}});
    for (const auto& host : model.snapshot.hosts)
        ledger.addRow({joined(host.host.ips, 40), q(host.host.mac), q(host.vendor), q(host.os.name + ' ' + host.os.version),
                       ReportDocument::roleName(q(host.role, 40)), q(host.hostname), joined(host.protocols, 20)});
    ledger.draw(page);

    page.heading(tr("Communication matrix"), Style::Heading2);
    struct Pair {
        std::set<std::string> protocols;
        std::uint64_t bytes = 0;
    };
    std::map<std::pair<std::string, std::string>, Pair> pairs;
    for (const auto& c : model.snapshot.conversations) {
        Pair& pair = pairs[{c.lo, c.hi}];
        pair.protocols.insert(c.protocol);
        pair.bytes += c.bytesLoToHi + c.bytesHiToLo;
    }
    std::vector<std::pair<std::pair<std::string, std::string>, Pair>> rows(pairs.begin(), pairs.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.bytes > b.second.bytes; });
    ReportTable matrix({{tr("Host A"), 1.5}, {tr("Host B"), 1.5}, {tr("Protocols"), 2}, {tr("Volume"), 1, true}});
    for (std::size_t i = 0; i < rows.size() && i < kMaxPairs; ++i)
        matrix.addRow({q(rows[i].first.first), q(rows[i].first.second),
                       joined({rows[i].second.protocols.begin(), rows[i].second.protocols.end()}, 20),
                       ReportText::bytes(rows[i].second.bytes)});
    matrix.draw(page);
    if (rows.size() > kMaxPairs)
        page.paragraph(tr("The %1 busiest of %2 host pairs are listed; the full list is in the CSV export.")
                           .arg(ReportText::number(kMaxPairs), ReportText::number(rows.size())));
}

} // namespace mieruka::render
