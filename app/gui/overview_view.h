// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_view.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

class QPushButton;
class QScrollArea;

namespace mieruka::gui {

/// The first page: the survey's key numbers as tiles whose lines link into the page behind them
/// (hosts → Assets, alerts → Alerts, …), and the most severe findings.
class OverviewView : public WorkspaceView {
    Q_OBJECT
public:
    /// The numbers the tiles show, counted once per load.
    struct Summary {
        using Counts = std::vector<std::pair<std::string, int>>; ///< id or name → count, largest first
        int hosts = 0;
        Counts roles;       ///< role id → hosts
        Counts vendors;     ///< the 5 most frequent known vendors
        Counts osFamilies;  ///< OS family id → hosts
        int eolHosts = 0;   ///< hosts whose OS was past its end of life
        Counts otProtocols; ///< industrial protocol → hosts serving or using it
        std::array<int, 5> alertsBySeverity{}; ///< by AlertText rank: info … critical
        int alerts = 0;
        std::vector<std::size_t> topAlerts; ///< ≤ 5 indices into snapshot.alerts, most severe first
        std::int64_t startNs = 0, endNs = 0;
        std::uint64_t frames = 0;
        int captures = 0;

        static Summary of(const survey::SurveySnapshot& snapshot);
    };

    explicit OverviewView(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setData(WorkspaceDataPtr data) override;
    const Summary& summary() const { return m_summary; }

    /// "Critical – OT command – 10.0.0.5 → 10.0.0.9 – PLC Stop".
    static QString findingText(const analysis::AlertRecord& alert);

private:
    void rebuild();
    QWidget* hostsTile(QWidget* parent);
    QWidget* vendorsTile(QWidget* parent);
    QWidget* osTile(QWidget* parent);
    QWidget* protocolsTile(QWidget* parent);
    QWidget* alertsTile(QWidget* parent);
    QWidget* capturesTile(QWidget* parent);
    QWidget* findingsTile(QWidget* parent);
    /// A flat button styled as a link: shows `pageId` and, when given, selects `hostKey`.
    QPushButton* link(QWidget* parent, const QString& name, const QString& text, const QString& pageId,
                      const QString& hostKey = {});

    WorkspaceDataPtr m_data;
    Summary m_summary;
    QScrollArea* m_scroll = nullptr;
};

} // namespace mieruka::gui
