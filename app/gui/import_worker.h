// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_data.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <stop_token>

namespace mieruka::gui {

/// Imports captures into a survey and loads the result for the workspace, on whatever thread it
/// lives on (the owner moves it to a QThread). Talks only through queued signals; the
/// survey connection it opens is its own.
class ImportWorker : public QObject {
    Q_OBJECT
public:
    explicit ImportWorker(QObject* parent = nullptr);

    /// Thread-safe: asks the import to stop after its current frame; committed data stays.
    /// One worker serves one import.
    void requestStop() { m_stop.request_stop(); }

public slots:
    /// Imports `captures` (may be empty: then only loads) into `surveyPath`.
    void run(const QString& surveyPath, const QStringList& captures);

signals:
    void progress(int permille, const QString& text);
    void dataReady(mieruka::gui::WorkspaceDataPtr data);
    /// `problems` are one line each, naming the file; `cancelled` when stopped by the user.
    void finished(const QStringList& problems, bool cancelled);

private:
    std::stop_source m_stop;
};

} // namespace mieruka::gui
