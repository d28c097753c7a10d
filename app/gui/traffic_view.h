// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_view.h"

#include <QString>

#include <vector>

class QCPAxisRect;
class QCPRange;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QPushButton;

namespace mieruka::gui {

/// Traffic over the whole capture: bandwidth stacked by protocol class (OT, IT, broadcast and
/// discovery), packets per second, and the selected host's send and receive rates below.
/// Volume spikes and broadcast storms are shaded where they happened, so a peak on the chart and
/// the alert that explains it are seen together. All time axes move together; the visible range
/// can become the shared time filter.
class TrafficView : public WorkspaceView {
    Q_OBJECT
public:
    explicit TrafficView(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setData(WorkspaceDataPtr data) override;

    /// Graphs of both plots: OT, IT, broadcast (stacked), broadcast line, packets/s, host tx, host rx.
    int graphCount() const;
    /// Bandwidth (top axis rect) and packets/s (bottom axis rect).
    QCustomPlot* overallPlot() const { return m_overall; }
    /// The selected host's tx and rx bits/s.
    QCustomPlot* hostPlot() const { return m_host; }
    /// Shaded alert spans on the bandwidth chart (overlapping alerts of a type merged into one).
    int markedSpanCount() const { return static_cast<int>(m_spans.size()); }

    /// Sets the shared time filter to the visible time range (what the button does).
    void useVisibleRangeAsFilter();

private:
    struct Span {
        double from = 0, to = 0; ///< seconds since the epoch
        QString label;
        QString tooltip;
    };

    void buildOverall();
    void buildSpans();
    void showHost(const QString& hostKey);
    void showPair(const QString& hostKey, const QString& peerKey);
    void followFilter();
    void syncRange(const QCPRange& range);
    void mousePressed(QMouseEvent* event);
    void rectSelected(const QRect& rect);
    void showSpanTip(QMouseEvent* event);

    WorkspaceDataPtr m_data;
    QCustomPlot* m_overall = nullptr;
    QCustomPlot* m_host = nullptr;
    QCPAxisRect* m_bandwidthRect = nullptr;
    QCPAxisRect* m_packetsRect = nullptr;
    QLabel* m_hostTitle = nullptr;
    QPushButton* m_useRange = nullptr;
    std::vector<Span> m_spans;
    std::int64_t m_firstMinute = 0, m_lastMinute = -1;
};

} // namespace mieruka::gui
