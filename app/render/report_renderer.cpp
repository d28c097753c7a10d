// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_renderer.h"

#include "report_map.h"
#include "report_page_painter.h"
#include "report_text.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QHashFunctions>
#include <QPdfWriter>
#include <QSaveFile>
#include <QUuid>

#include <memory>
#include <mutex>

namespace mieruka::render {

namespace {

class DeterministicHashing {
public:
    DeterministicHashing() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashing() { QHashSeed::resetRandomGlobalSeed(); }
    DeterministicHashing(const DeterministicHashing&) = delete;
    DeterministicHashing& operator=(const DeterministicHashing&) = delete;
};


constexpr const char* kFamily = "Noto Sans CJK JP";

/// Runs the two passes: the first (on a scratch image) finds the page of each section and the
/// page count, the second draws the real pages with the table of contents and "n / N" filled in.
bool drawReport(const survey::ReportModel& model, const ReportDocument::Settings& settings, const QString& family,
                const ReportPagePainter::PageFactory& factory)
{
    const ReportMap map(model.snapshot);
    const ReportDocument document(model, settings, &map);
    QImage scratch(4, 4, QImage::Format_RGB32);
    QPainter scratchPainter(&scratch);
    ReportPagePainter first([&](int) { return &scratchPainter; }, document.headerText(), family, 0);
    document.draw(first, {});
    scratchPainter.end();
    ReportPagePainter second(factory, document.headerText(), family, first.page());
    document.draw(second, first.sectionPages());
    return !second.failed();
}

QByteArray xmpMetadata(const QString& title, const QUuid& id)
{
    // Our own XMP packet: Qt's default one carries a fresh random document id on every export.
    const QString xmp = QStringLiteral(
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<xmp:CreatorTool>Mieruka</xmp:CreatorTool>\n"
        "<xmpMM:DocumentID>%2</xmpMM:DocumentID>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>");
    return xmp.arg(title.toHtmlEscaped(), id.toString(QUuid::WithoutBraces)).toUtf8();
}

} // namespace

QString ReportRenderer::fontFamily(QString& error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        error = tr("The report needs a QGuiApplication to load its fonts.");
        return {};
    }
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        // Debian's fonts-noto-cjk; the collections hold the JP face used for both languages.
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"));
    });
    const QString family = QString::fromLatin1(kFamily);
    if (!QFontDatabase::families().contains(family)) {
        error = tr("The font \"%1\" is not installed (Debian package fonts-noto-cjk); the report cannot embed "
                   "Japanese text without it.")
                    .arg(family);
        return {};
    }
    return family;
}

bool ReportRenderer::writePdf(const survey::ReportModel& model, const QString& path, const Settings& settings,
                              QString& error)
{
    const QString family = fontFamily(error);
    if (family.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("Cannot write the report to %1: %2").arg(path, file.errorString());
        return false;
    }
    const ReportDocument words(model, settings, nullptr);
    const QString title = tr("%1 — %2").arg(words.title(), ReportText::plain(model.parties.site, 80));
    {
        // QPdfEngine writes its fonts in QHash order; hashes made while this lives use a fixed
        // seed, so the same report gives the same bytes. The rest of the app keeps random seeds
        // (hashes of strings from packets must not be predictable).
        const DeterministicHashing sameOrder;
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Mieruka"));
        const QByteArray seed = title.toUtf8() + QByteArray::number(qint64(model.startNs));
        writer.setDocumentXmpMetadata(xmpMetadata(title, QUuid::createUuidV5(QUuid(), seed)));
        QPainter painter;
        const auto factory = [&](int index) -> QPainter* {
            if (index == 0) {
                if (!painter.begin(&writer))
                    return nullptr;
            } else if (!writer.newPage()) {
                return nullptr;
            }
            painter.resetTransform();
            painter.scale(writer.resolution() / 72.0, writer.resolution() / 72.0);
            painter.setRenderHint(QPainter::Antialiasing);
            return &painter;
        };
        const bool drawn = drawReport(model, settings, family, factory);
        const bool ended = !painter.isActive() || painter.end();
        if (!drawn || !ended) {
            file.cancelWriting();
            error = tr("Cannot write the report to %1: drawing the pages failed.").arg(path);
            return false;
        }
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        error = tr("Cannot write the report to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportRenderer::writePdf(const survey::ReportModel& model, const QString& path, QString& error)
{
    return writePdf(model, path, Settings{}, error);
}

QList<QImage> ReportRenderer::renderPages(const survey::ReportModel& model, const Settings& settings, int dpi,
                                          QString* error)
{
    QString why;
    const QString family = fontFamily(why);
    if (family.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    QList<QImage> pages;
    std::unique_ptr<QImage> current;
    QPainter painter;
    const QSize size(qRound(ReportPagePainter::kWidth * dpi / 72.0), qRound(ReportPagePainter::kHeight * dpi / 72.0));
    const auto flush = [&] {
        if (painter.isActive())
            painter.end();
        if (current)
            pages.append(*current);
    };
    const auto factory = [&](int) -> QPainter* {
        flush();
        // A page of its own: the painter must never point into a list that reallocates.
        current = std::make_unique<QImage>(size, QImage::Format_RGB32);
        current->fill(Qt::white);
        if (!painter.begin(current.get()))
            return nullptr;
        painter.scale(dpi / 72.0, dpi / 72.0);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        return &painter;
    };
    const bool drawn = drawReport(model, settings, family, factory);
    flush();
    if (!drawn) {
        if (error)
            *error = tr("Drawing the report pages failed.");
        return {};
    }
    return pages;
}

} // namespace mieruka::render
