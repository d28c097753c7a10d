// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_diff.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QString>

#include <vector>

namespace mieruka::gui {

/// The kinds of difference the Diff page lists, in the order of its kind filter.
enum class DiffKind { DeviceAdded, DeviceRemoved, DeviceChanged, CommunicationAdded, CommunicationRemoved, VolumeChanged,
                      NewAlert };
constexpr int kDiffKindCount = 7;

/// A period diff as a table, one row per difference (a changed device gives one row per changed
/// attribute). Every cell is plain text; the words are made here, core gives ids and numbers.
class DiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { KindColumn, SubjectColumn, AttributeColumn, BeforeColumn, AfterColumn, DetailColumn, NUM_COLUMNS };
    enum Roles {
        KindRole = Qt::UserRole + 1, ///< int(DiffKind)
        HostRole,                    ///< host key to select: the device, or a communication's client
        PeerRole,                    ///< a communication's server; empty for a device
        SortRole,
    };

    struct Row {
        DiffKind kind = DiffKind::DeviceAdded;
        QString subject, attribute, before, after, detail;
        QString host, peer;
    };

    explicit DiffModel(QObject* parent = nullptr);

    void setDiff(const survey::SurveyDiff& diff);
    const std::vector<Row>& rows() const { return m_rows; }
    int count(DiffKind kind) const;

    static QString kindText(DiffKind kind);
    static QColor kindColour(DiffKind kind);
    /// Words for an attribute id of survey::AttributeChange ("firmware" → "Firmware").
    static QString attributeText(const std::string& attribute);
    /// The key the shared selection names a device by: first IP, else MAC.
    static QString deviceKey(const survey::DeviceRef& device);
    /// The devices to mark on one side's matrix and map, by host key: on the before side the
    /// removed and changed ones, on the after side the added and changed ones.
    static QHash<QString, DiffKind> deviceMarks(const survey::SurveyDiff& diff, bool afterSide);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace mieruka::gui
