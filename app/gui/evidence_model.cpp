// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_model.h"

#include "core/survey/time_text.h"

#include <QFileInfo>

namespace mieruka::gui {

EvidenceModel::EvidenceModel(QObject* parent) : QAbstractTableModel(parent) {}

void EvidenceModel::setHost(std::shared_ptr<const survey::SurveySnapshot> snapshot, int hostIndex)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_host = (m_snapshot && hostIndex >= 0 && hostIndex < static_cast<int>(m_snapshot->hosts.size())) ? hostIndex : -1;
    endResetModel();
}

const survey::Evidence* EvidenceModel::fact(int row) const
{
    if (m_host < 0 || row < 0)
        return nullptr;
    const auto& evidence = m_snapshot->hosts[static_cast<std::size_t>(m_host)].evidence;
    return row < static_cast<int>(evidence.size()) ? &evidence[static_cast<std::size_t>(row)] : nullptr;
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_host < 0)
        return 0;
    return static_cast<int>(m_snapshot->hosts[static_cast<std::size_t>(m_host)].evidence.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const survey::Evidence* item = fact(index.row());
    if (!item)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Capture && !item->capture.empty())
        return QString::fromStdString(item->capture).toHtmlEscaped();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Attribute: return QString::fromStdString(item->attribute);
    case Value: return QString::fromStdString(item->value);
    case Source: return QString::fromStdString(item->source);
    case Confidence: return QString::number(item->confidence, 'f', 2);
    case FirstSeen:
        return item->timeNs ? QString::fromStdString(survey::isoTimeNs(item->timeNs)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '))
                            : QString();
    case Capture: return item->capture.empty() ? QString() : QFileInfo(QString::fromStdString(item->capture)).fileName();
    case Frame: return item->packetNumber ? QVariant::fromValue<qulonglong>(item->packetNumber) : QVariant();
    case Count: return QVariant::fromValue<qulonglong>(item->count);
    default: return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Attribute: return tr("Attribute");
    case Value: return tr("Value");
    case Source: return tr("Source");
    case Confidence: return tr("Confidence");
    case FirstSeen: return tr("First seen");
    case Capture: return tr("Capture file");
    case Frame: return tr("Frame");
    case Count: return tr("Frames");
    default: return {};
    }
}

} // namespace mieruka::gui
