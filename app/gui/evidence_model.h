// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <QAbstractTableModel>

#include <memory>

namespace mieruka::gui {

/// The evidence behind one host's ledger row: why it says this vendor, OS, role, firmware.
/// Holds the snapshot it reads from; setHost() resets the model.
class EvidenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Attribute, Value, Source, Confidence, FirstSeen, Capture, Frame, Count, NUM_COLUMNS };

    explicit EvidenceModel(QObject* parent = nullptr);

    /// Shows the evidence of snapshot->hosts[hostIndex]; a negative index clears the view.
    void setHost(std::shared_ptr<const survey::SurveySnapshot> snapshot, int hostIndex);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const survey::Evidence* fact(int row) const;

    std::shared_ptr<const survey::SurveySnapshot> m_snapshot;
    int m_host = -1;
};

} // namespace mieruka::gui
