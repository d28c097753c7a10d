// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <QByteArray>
#include <QJsonObject>

namespace mieruka::render {

/// The versioned analysis export described in docs/json-schema.md.
class JsonExport {
public:
    static constexpr const char* kSchema = "mieruka-analysis/1";
    static QJsonObject build(const survey::SurveySnapshot& snapshot);
    static QByteArray toBytes(const survey::SurveySnapshot& snapshot);
};

} // namespace mieruka::render
