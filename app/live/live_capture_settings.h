// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/importer.h"

#include <QString>
#include <QStringList>

namespace mieruka::live {

/// What a live capture runs with; zero means the helper's default or "no limit".
struct LiveCaptureSettings {
    QStringList interfaces;
    QString filter;             ///< BPF, validated before start
    int snapLength = 0;
    bool promiscuous = true;
    int durationSeconds = 0;    ///< auto-stop
    int maxSizeMegabytes = 0;   ///< auto-stop after this much written
    int ringFileMegabytes = 0;  ///< size of one ring file
    QString surveyPath;         ///< the ring files go to the survey's ".captures" folder
    ingest::ImportOptions importOptions;

    /// The helper's arguments after "capture".
    QStringList helperArguments() const;
};

} // namespace mieruka::live
