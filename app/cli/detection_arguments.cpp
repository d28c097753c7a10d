// SPDX-License-Identifier: GPL-3.0-or-later
#include "detection_arguments.h"

#include "core/detect/alert_type.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace mieruka::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

DetectionArguments::DetectionArguments()
    : m_rules(QStringLiteral("rules"), tr("Also load this Suricata/Snort rules file (repeatable); rules it cannot "
                                          "support are listed, the rest are used."), QStringLiteral("FILE")),
      m_otRules(QStringLiteral("ot-rules"), tr("OT command rule table to use instead of the bundled one "
                                               "(format: resources/detect/ot_command_rules.tsv)."), QStringLiteral("FILE")),
      m_baseline(QStringLiteral("baseline"), tr("Another survey that is all learning period: everything in this "
                                                "survey is judged against it."), QStringLiteral("SURVEY")),
      m_learningUntil(QStringLiteral("learning-until"), tr("End of the learning period (ISO 8601 time, UTC unless "
                                                           "it names a zone)."), QStringLiteral("TIME")),
      m_learningFraction(QStringLiteral("learning-fraction"), tr("Learning period as a share of the survey's time "
                                                                 "span (default 0.2)."), QStringLiteral("SHARE")),
      m_disable(QStringLiteral("disable"), tr("Switch detectors off, by alert type, comma separated "
                                              "(e.g. volume_band,new_communication)."), QStringLiteral("TYPES")),
      m_noDetect(QStringLiteral("no-detect"), tr("Import without running the detectors."))
{
}

void DetectionArguments::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_rules, m_otRules, m_baseline, m_learningUntil, m_learningFraction, m_disable, m_noDetect});
}

bool DetectionArguments::changesSurveyDetection(const QCommandLineParser& parser) const
{
    return parser.isSet(m_otRules) || parser.isSet(m_baseline) || parser.isSet(m_learningUntil)
           || parser.isSet(m_learningFraction) || parser.isSet(m_disable);
}

bool DetectionArguments::apply(const QCommandLineParser& parser, ingest::ImportOptions& options, QString& error) const
{
    options.detect = !parser.isSet(m_noDetect);
    for (const QString& path : parser.values(m_rules))
        options.signatureRuleFiles.push_back(QDir::toNativeSeparators(path).toStdString());
    if (parser.isSet(m_otRules)) {
        QFile file(parser.value(m_otRules));
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        options.detection.otCommandRules = file.readAll().toStdString();
    }
    if (parser.isSet(m_baseline)) {
        const QString path = parser.value(m_baseline);
        if (!QFile::exists(path)) {
            error = QStringLiteral("%1: no such survey file").arg(path);
            return false;
        }
        options.baselineSurvey = QDir::toNativeSeparators(path).toStdString();
    }
    if (parser.isSet(m_learningUntil)) {
        QDateTime time = QDateTime::fromString(parser.value(m_learningUntil), Qt::ISODateWithMs);
        if (!time.isValid()) {
            error = QStringLiteral("--learning-until: expected an ISO 8601 time such as 2024-03-01T08:00:00Z");
            return false;
        }
        if (time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        options.detection.learningUntilNs = time.toMSecsSinceEpoch() * 1'000'000LL;
    }
    if (parser.isSet(m_learningFraction)) {
        bool valid = false;
        const double share = parser.value(m_learningFraction).toDouble(&valid);
        if (!valid || share < 0 || share >= 1) {
            error = QStringLiteral("--learning-fraction: expected a number from 0 to below 1");
            return false;
        }
        options.detection.learningFraction = share;
    }
    for (const QString& name : parser.value(m_disable).split(u',', Qt::SkipEmptyParts)) {
        const auto type = detect::alertTypeFromName(name.trimmed().toStdString());
        if (!type) {
            error = QStringLiteral("--disable: unknown alert type '%1'").arg(name);
            return false;
        }
        options.detection.enabled.reset(static_cast<std::size_t>(*type));
    }
    return true;
}

} // namespace mieruka::cli
