// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/report_model.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mieruka::gui {

/// The choices of the Report page: who the report is for, its language, its sections, redaction
/// and an optional earlier survey to compare with. Holds no survey; the page fills and reads it.
class ReportOptionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReportOptionsPanel(QWidget* parent = nullptr);

    survey::ReportParties parties() const;
    void setParties(const survey::ReportParties& parties);
    /// The chosen sections (empty when all are chosen: the report then adds the diff by itself) and redaction.
    survey::ReportOptions options() const;
    /// True when at least one section is chosen.
    bool hasSections() const;
    void setSectionChecked(const QString& id, bool checked);
    void setRedact(bool redact);

    /// "en" or "ja".
    QString language() const;
    void setLanguage(const QString& language);
    /// The language of the user interface, as the application chose its translator: "en" or "ja".
    static QString uiLanguage();

    /// An earlier survey file to compare with, or empty.
    QString compareWith() const { return m_compareWith; }
    void setCompareWith(const QString& path);

signals:
    /// Any choice changed (the preview is then out of date).
    void changed();

private:
    void chooseCompare();

    QLineEdit* m_site = nullptr;
    QLineEdit* m_customer = nullptr;
    QLineEdit* m_consultant = nullptr;
    QComboBox* m_language = nullptr;
    QListWidget* m_sections = nullptr;
    QCheckBox* m_redact = nullptr;
    QLineEdit* m_compareLabel = nullptr;
    QPushButton* m_clearCompare = nullptr;
    QString m_compareWith;
};

} // namespace mieruka::gui
