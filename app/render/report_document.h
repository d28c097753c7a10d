// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/report_model.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace mieruka::render {

class ReportMap;
class ReportPagePainter;

/// The report's words and pages from the cover to the rankings; the findings and everything
/// after them are ReportDetailSections. Drawing is a pure function of the model and settings.
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(mieruka::render::ReportDocument)
public:
    struct Settings {
        QString language = QStringLiteral("en"); ///< "en" or "ja": date format; the words come from the installed translator
        QDate date;                              ///< printed on the cover; invalid: today
    };

    ReportDocument(const survey::ReportModel& model, const Settings& settings, const ReportMap* map);

    /// Draws every page. `toc` is the section → page map of a previous pass (empty on the first).
    void draw(ReportPagePainter& page, const QHash<QString, int>& toc) const;

    QString title() const;
    QString headerText() const;
    static QString sectionTitle(const QString& id);
    static QString roleName(const QString& role);

private:
    void drawCover(ReportPagePainter& page) const;
    void drawToc(ReportPagePainter& page, const QHash<QString, int>& toc) const;
    void drawSummary(ReportPagePainter& page) const;
    void drawScope(ReportPagePainter& page) const;
    void drawInventory(ReportPagePainter& page) const;
    void drawMatrices(ReportPagePainter& page) const;
    void drawMap(ReportPagePainter& page) const;
    void drawTraffic(ReportPagePainter& page) const;
    void drawRankings(ReportPagePainter& page) const;
    QString period() const;

    const survey::ReportModel& m_model;
    Settings m_settings;
    const ReportMap* m_map;
};

} // namespace mieruka::render
