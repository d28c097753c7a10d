// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "background_workers.h"

#include "diff_loader.h"
#include "workspace_view.h"

#include <QPointer>

#include <array>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTemporaryDir;
class QThread;

namespace mieruka::gui {

class DiffMap;
class DiffMatrices;
class DiffSideChooser;
class DiffTable;
class MatrixView;

/// The Diff page: two periods (of the open survey or of other survey files) compared — devices
/// added, removed and changed, communications added, removed and changed in volume, new alerts —
/// as a filterable table, two matrices and two maps side by side. Loading runs on a worker.
class DiffView : public WorkspaceView {
    Q_OBJECT
public:
    explicit DiffView(WorkspaceSelection* selection, QWidget* parent = nullptr);
    ~DiffView() override;

    void setData(WorkspaceDataPtr data) override;

    /// Chooses both sides (an empty period: the whole survey) and compares them in the background.
    void compare(const QString& beforeSurvey, const QString& beforePeriod, const QString& afterSurvey,
                 const QString& afterPeriod);
    /// Compares the sides chosen in the selectors (the Compare button).
    void compareChosen();
    /// Runs the event loop until the comparison (and its map layout) is shown; false on timeout.
    bool waitForComparison(int ms);
    bool isComparing() const { return m_running; }
    /// The last comparison's problem (plain text), or empty.
    QString errorText() const { return m_error; }
    DiffSide side(int index) const;

    /// The table of differences, with its kind and text filters.
    DiffTable* differences() const { return m_table; }
    /// 0: before, 1: after.
    MatrixView* matrix(int side) const;
    DiffMap* map() const { return m_map; }

    bool exportCsv(const QString& path, QString& error) const;
    bool exportJson(const QString& path, QString& error) const;
    /// Saves the shared time filter as a named period of the open survey; false with `error`.
    bool definePeriodFromFilter(const QString& name, QString& error);

private:
    void refreshPeriods();
    void start(const DiffSide& before, const DiffSide& after);
    void showResult(DiffResult result, const DiffSide& before, const DiffSide& after);
    void showError(const QString& error);
    void exportClicked(bool json);
    void defineClicked();

    WorkspaceDataPtr m_data;
    std::array<DiffSideChooser*, 2> m_choosers{};
    QPushButton* m_compare = nullptr;
    QPushButton* m_define = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportJson = nullptr;
    DiffTable* m_table = nullptr;
    DiffMatrices* m_matrices = nullptr;
    DiffMap* m_map = nullptr;

    survey::SurveyDiff m_diff;
    std::array<DiffSide, 2> m_sides;
    std::shared_ptr<QTemporaryDir> m_scratch; ///< the periods read again, while they are shown
    QString m_error;
    int m_generation = 0;
    bool m_running = false;
    BackgroundWorkers m_workers;
};

} // namespace mieruka::gui
