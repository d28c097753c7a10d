// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_document.h"

#include "core/survey/report_model.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace mieruka::render {

/// Draws the assessment report of a survey::ReportModel on A4 pages: a PDF file (vector text,
/// embedded Noto Sans CJK) or images for a preview, with the same drawing code. The words come
/// from tr(); install the translator of the report language before calling. Needs a
/// QGuiApplication (fonts); call from one thread at a time (Graphviz and the font database).
class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(mieruka::render::ReportRenderer)
public:
    using Settings = ReportDocument::Settings;

    /// Writes the PDF atomically (temporary file, then rename): on failure no file is left
    /// behind at `path` and `error` names the path and the cause. Same model and settings give
    /// the same bytes except the /CreationDate.
    static bool writePdf(const survey::ReportModel& model, const QString& path, const Settings& settings,
                         QString& error);

    /// English-format dates and today's date on the cover (the caller's translator still decides the words).
    static bool writePdf(const survey::ReportModel& model, const QString& path, QString& error);

    /// The same pages as images at `dpi` (e.g. 50–100 for a preview); empty with `error` set on failure.
    static QList<QImage> renderPages(const survey::ReportModel& model, const Settings& settings, int dpi,
                                     QString* error = nullptr);

    /// The family of the embedded font, loading Noto Sans CJK on first use; empty with `error`
    /// set when it is missing (a report of tofu boxes would be worse than no report).
    static QString fontFamily(QString& error);
};

} // namespace mieruka::render
