// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/live/interface_list.h"
#include "app/live/interface_probe.h"
#include "app/live/live_capture_settings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace mieruka::gui {

/// Starting a live capture: which interface is the mirror port (packets/s per interface and a
/// mirror check while the dialog is open), a capture filter checked as it is typed, auto-stop.
class CaptureDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaptureDialog(QWidget* parent = nullptr);
    ~CaptureDialog() override;

    /// Interfaces, filter and limits as chosen (the survey path is the caller's).
    live::LiveCaptureSettings settings() const;
    /// The mirror check's words for an interface's row, as shown (for tests and screenshots).
    QString mirrorText(const QString& interface) const;
    QStringList interfaceNames() const;

private:
    void loadInterfaces();
    void refreshReadings();
    void validate();
    int rowOf(const QString& interface) const;

    QList<live::CaptureInterface> m_interfaces;
    live::InterfaceProbe m_probe;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_filterStatus = nullptr;
    QSpinBox* m_minutes = nullptr;
    QSpinBox* m_megabytes = nullptr;
    QCheckBox* m_promiscuous = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_userChoseInterface = false;
};

} // namespace mieruka::gui
