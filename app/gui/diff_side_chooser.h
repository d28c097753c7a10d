// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff_loader.h"

#include "core/store/survey_store.h"

#include <QComboBox>

#include <vector>

namespace mieruka::gui {

/// One side of a comparison: a period of the open survey, or "Another survey file…" (then its
/// whole survey or one of its periods). Surveys chosen that way stay in the list.
class DiffSideChooser : public QComboBox {
    Q_OBJECT
public:
    explicit DiffSideChooser(QWidget* parent = nullptr);

    /// Lists the open survey's periods (import-N first, then named ranges), keeping other files.
    void setOpenSurvey(const QString& surveyPath, const std::vector<store::PeriodRecord>& periods);
    /// The chosen side; empty while nothing is chosen.
    DiffSide side() const;
    /// Chooses a side, listing its survey first when it is another file; false when unknown.
    bool setSide(const DiffSide& side);
    /// Lists another survey's whole survey and periods; false with `error` when it cannot be read.
    bool addSurveyFile(const QString& surveyPath, QString& error);

    /// The periods of a survey file, read on the caller's thread (a short query).
    static std::vector<store::PeriodRecord> periodsOf(const QString& surveyPath, QString& error);
    /// "import-1 — description — start … end", plain text.
    static QString periodText(const store::PeriodRecord& period);

signals:
    void sideChanged();

private:
    void activatedItem(int index);
    void addSide(const QString& text, const DiffSide& side, bool other);
    int otherItem() const;

    QString m_openSurvey;
    int m_previous = -1;
};

} // namespace mieruka::gui
