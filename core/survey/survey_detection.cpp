// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey_detection.h"

namespace mieruka::survey {

detect::DetectionInput detectionInput(store::SurveyStore& store, const SurveySnapshot& snapshot)
{
    detect::DetectionInput input;
    input.startNs = snapshot.totals.startNs;
    input.endNs = snapshot.totals.endNs;
    for (const auto& capture : snapshot.captures)
        if (capture.endNs > capture.startNs)
            input.spans.push_back({capture.startNs, capture.endNs});
    for (const auto& ledger : snapshot.hosts) {
        detect::DetectHost host;
        host.mac = ledger.host.mac;
        host.ips = ledger.host.ips;
        host.isRouter = ledger.host.isRouter;
        host.vendor = ledger.vendor;
        host.role = ledger.role;
        host.otServer = ledger.otServer;
        host.otClient = ledger.otClient;
        host.osName = ledger.os.name;
        host.eol = ledger.os.eol;
        host.eolDate = ledger.os.eolDate;
        host.firstSeenNs = ledger.host.firstSeenNs;
        host.lastSeenNs = ledger.host.lastSeenNs;
        input.hosts.push_back(std::move(host));
    }
    input.conversations = snapshot.conversations;
    input.hostSeries = store.series(analysis::SeriesRecord::Kind::Host);
    input.pairSeries = store.series(analysis::SeriesRecord::Kind::Pair);
    input.operations = snapshot.operations;
    input.bindings = store.bindings();
    input.evidence = store.evidence();
    return input;
}

detect::SurveyDetection detectAndStore(store::SurveyStore& store, const detect::DetectionOptions& options,
                                       const std::string& baselineSurvey)
{
    const SurveySnapshot snapshot = SurveySnapshot::load(store);
    const detect::DetectionInput current = detectionInput(store, snapshot);
    detect::SurveyDetection detection;
    if (baselineSurvey.empty()) {
        detection = detect::SurveyDetector::run(current, nullptr, options);
    } else {
        store::SurveyStore baselineStore(baselineSurvey, false);
        const SurveySnapshot baselineSnapshot = SurveySnapshot::load(baselineStore);
        const detect::DetectionInput baseline = detectionInput(baselineStore, baselineSnapshot);
        detection = detect::SurveyDetector::run(current, &baseline, options);
    }
    store.replaceSurveyAlerts(detection.alerts);
    // What the alerts were judged against, for the report and the JSON export.
    store.setMeta("detection.baseline", baselineSurvey);
    store.setMeta("detection.learning_until_ns", baselineSurvey.empty() ? std::to_string(detection.window.baselineUntilNs) : "");
    store.setMeta("detection.learning_too_short", detection.learningTooShort ? "1" : "0");
    return detection;
}

} // namespace mieruka::survey
