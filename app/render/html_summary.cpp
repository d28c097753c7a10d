// SPDX-License-Identifier: GPL-3.0-or-later
#include "html_summary.h"

#include "core/survey/time_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <map>

namespace mieruka::render {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HtmlSummary", text);
}

QString esc(const std::string& value)
{
    return QString::fromStdString(value).toHtmlEscaped();
}

QString cell(const QString& value)
{
    return QStringLiteral("<td>") + value + QStringLiteral("</td>");
}

QString when(std::int64_t ns, bool present)
{
    return present ? QString::fromStdString(survey::isoTimeNs(ns)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '))
                   : QString();
}

} // namespace

QByteArray HtmlSummary::build(const survey::SurveySnapshot& snapshot, const QString& title)
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                           "<title>%1</title><style>body{font-family:sans-serif;margin:2em}"
                           "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
                           "th{background:#eee}</style></head><body>")
                .arg(title.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());

    std::map<std::string, int> roles, vendors;
    for (const auto& host : snapshot.hosts) {
        ++roles[host.role];
        ++vendors[host.vendor.empty() ? std::string("-") : host.vendor];
    }
    html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Key numbers"));
    html += QStringLiteral("<li>%1: %2</li>").arg(tr("Frames"), locale.toString(qulonglong(snapshot.totals.packets)));
    html += QStringLiteral("<li>%1: %2</li>").arg(tr("Bytes"), locale.toString(qulonglong(snapshot.totals.bytes)));
    html += QStringLiteral("<li>%1: %2 – %3</li>")
                .arg(tr("Time span"), when(snapshot.totals.startNs, snapshot.totals.packets > 0),
                     when(snapshot.totals.endNs, snapshot.totals.packets > 0));
    html += QStringLiteral("<li>%1: %2</li>").arg(tr("Devices"), QString::number(snapshot.hosts.size()));
    html += QStringLiteral("<li>%1: %2</li>").arg(tr("Conversations"), QString::number(snapshot.conversations.size()));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Capture files"), tr("File"), tr("Frames"), tr("Start"), tr("Problems"));
    for (const auto& capture : snapshot.captures)
        html += QStringLiteral("<tr>") + cell(esc(capture.path)) + cell(QString::number(capture.packets))
                + cell(when(capture.startNs, capture.packets > 0)) + cell(esc(capture.warning)) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th></tr>").arg(tr("Vendors"), tr("Vendor"), tr("Devices"));
    for (const auto& [vendor, number] : vendors)
        html += QStringLiteral("<tr>") + cell(esc(vendor)) + cell(QString::number(number)) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><table><tr><th>IP</th><th>MAC</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Asset ledger"), tr("Vendor"), tr("Role"), tr("Protocols"), tr("Frames"));
    for (const auto& host : snapshot.hosts) {
        QStringList ips, protocols;
        for (const auto& ip : host.host.ips)
            ips << esc(ip);
        for (const auto& protocol : host.protocols)
            protocols << esc(protocol);
        html += QStringLiteral("<tr>") + cell(ips.join(QStringLiteral("<br>"))) + cell(esc(host.host.mac))
                + cell(esc(host.vendor)) + cell(esc(host.role)) + cell(protocols.join(QStringLiteral(", ")))
                + cell(QString::number(host.host.packets)) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>\n");
    return html.toUtf8();
}

} // namespace mieruka::render
