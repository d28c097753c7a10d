// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_view.h"

#include <QStringList>

#include <vector>

class QComboBox;
class QCPAbstractPlottable;
class QCPBars;
class QCustomPlot;
class QMouseEvent;

namespace mieruka::gui {

/// Top-15 bar charts over the conversations: hosts by peers, bytes and packets, host pairs by
/// bytes, services by bytes. They answer "who talks most / to most" at a glance; a click on a
/// host's bar selects it everywhere.
class RankingsView : public WorkspaceView {
    Q_OBJECT
public:
    enum Ranking { HostsByPeers, HostsByBytes, HostsByPackets, PairsByBytes, ServicesByBytes, RankingCount };
    static constexpr int kTop = 15;

    explicit RankingsView(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setData(WorkspaceDataPtr data) override;

    /// Bar labels of the current ranking, largest first.
    QStringList labels() const { return m_labels; }
    /// Bar values of the current ranking, in the order of labels().
    const std::vector<double>& values() const { return m_values; }
    int ranking() const;
    void setRanking(int index);
    /// Acts as a click on the bar of rank index (0: the largest).
    void clickBar(int index);
    QCustomPlot* plot() const { return m_plot; }

private:
    struct Row {
        QString label;
        QString hostKey; ///< empty when the bar is not one host
        double value = 0;
    };

    void rebuild();
    std::vector<Row> rows(int ranking) const;
    void barClicked(QCPAbstractPlottable* plottable, int dataIndex, QMouseEvent* event);

    WorkspaceDataPtr m_data;
    QComboBox* m_choice = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPBars* m_bars = nullptr;
    QStringList m_labels;
    QStringList m_hostKeys;
    std::vector<double> m_values;
};

} // namespace mieruka::gui
