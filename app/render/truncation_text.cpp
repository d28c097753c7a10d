// SPDX-License-Identifier: GPL-3.0-or-later
#include "truncation_text.h"

#include "core/analysis/traffic_analyzer.h"

#include <QLocale>

namespace mieruka::render {

namespace {

QString number(std::uint64_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

} // namespace

QString TruncationText::badge(const store::TruncationInfo& info)
{
    if (info.truncated())
        return tr("Survey truncated");
    if (info.flowsEvicted > 0)
        return tr("Flow table full");
    return {};
}

QString TruncationText::explanation(const store::TruncationInfo& info)
{
    QStringList lines;
    if (info.truncated()) {
        lines << tr("This survey reached its size limits (%1 addresses, %2 conversations): %3 address records and "
                    "%4 conversation records beyond them were not listed.")
                     .arg(number(info.maxAddresses), number(info.maxConversations), number(info.addressesRefused),
                          number(info.conversationsRefused));
        lines << tr("%1 frames are counted in the capture totals but belong to no listed conversation. The devices "
                    "seen first are kept; a scan or a flood of forged addresses is the usual cause.")
                     .arg(number(info.packetsUnlisted));
    }
    if (info.flowsEvicted > 0)
        lines << tr("More than %1 conversations were active at once; %2 were closed early and counted again when "
                    "they continued.")
                     .arg(number(analysis::TrafficAnalyzer::kDefaultMaxFlows), number(info.flowsEvicted));
    return lines.join(QLatin1Char(' '));
}

} // namespace mieruka::render
