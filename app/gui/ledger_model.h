// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <QAbstractTableModel>

#include <memory>

namespace mieruka::gui {

/// The asset ledger as a table. Holds an immutable snapshot; setSnapshot() resets the model.
/// Packet-derived text is returned as plain strings; views must render it as plain text.
class LedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Ip, Mac, Vendor, Hostname, Os, Role, Model, Firmware, Serial, Protocols, Ports, FirstSeen, LastSeen, Packets, Bytes, NUM_COLUMNS };
    enum Roles { SortRole = Qt::UserRole + 1, RoleIdRole, SubnetsRole };

    explicit LedgerModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const survey::SurveySnapshot> snapshot);
    /// The words for a role id ("plc" → "PLC / controller"), in the current language.
    static QString roleText(const std::string& role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const survey::SurveySnapshot> m_snapshot;
};

} // namespace mieruka::gui
