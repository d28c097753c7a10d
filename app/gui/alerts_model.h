// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>
#include <memory>
#include <vector>

namespace mieruka::gui {

/// The survey's alerts as a table, one incident per row. The structured filters (severity, type,
/// host) choose the rows here, since they need the snapshot's hosts; a proxy adds sorting and
/// free-text search on top. Packet-derived text is returned as plain strings.
class AlertsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Severity, Type, FirstSeen, LastSeen, Source, Destination, Protocol, What, Count, NUM_COLUMNS };
    enum Roles {
        SortRole = Qt::UserRole + 1, ///< severity rank, raw times and counts; display text otherwise
        AlertIdRole,                 ///< the survey's alert id (qlonglong)
    };

    struct Filter {
        int minimumSeverity = 0; ///< AlertText rank, 0 (info): all
        std::string type;        ///< type id; empty: all
        QString hostKey;         ///< WorkspaceSelection key; empty: all hosts
        bool operator==(const Filter&) const = default;
    };

    explicit AlertsModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const survey::SurveySnapshot> snapshot);
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }

    /// The alert shown in a row; null when out of range.
    const analysis::AlertRecord* alert(int row) const;
    /// The row of an alert id; -1 when it is filtered out or unknown.
    int rowOf(std::int64_t alertId) const;
    /// The selection key of the ledger host that has this IP or MAC; empty when none has.
    QString hostKeyOf(const std::string& address) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();
    bool matchesHost(const analysis::AlertRecord& alert, const std::vector<std::string>& addresses) const;
    QIcon severityIcon(int rank) const;

    std::shared_ptr<const survey::SurveySnapshot> m_snapshot;
    Filter m_filter;
    std::vector<std::size_t> m_rows; ///< indices into snapshot->alerts, oldest first
    mutable std::array<QIcon, 5> m_icons;
};

} // namespace mieruka::gui
