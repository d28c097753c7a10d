// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite_db.h"
#include "survey_limits.h"

#include "core/analysis/analysis_records.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mieruka::store {

class RowBudget;

/// One capture file known to the survey (keyed by the SHA-256 of its content).
struct CaptureRecord {
    std::int64_t id = 0;
    std::string sha256;
    std::string path;
    std::string format;
    std::uint64_t sizeBytes = 0;
    bool complete = false;          ///< false while (or if interrupted while) importing
    std::uint64_t packets = 0;      ///< frames committed so far
    std::uint64_t bytes = 0;        ///< sum of on-the-wire lengths committed so far
    std::int64_t startNs = 0, endNs = 0;
    std::vector<int> linkTypes;
    std::uint64_t unsupportedPackets = 0; ///< frames of link types Mieruka cannot decode
    bool truncated = false;
    std::string warning;
    std::int64_t importId = 0;
};

/// A part of a survey that can be compared with another: by default one per import (a capture
/// session), or a named time range the user defined.
struct PeriodRecord {
    std::string name;             ///< "import-3" for an import, the user's name otherwise
    std::string description;      ///< the import's description; empty for a user's range
    std::int64_t startNs = 0, endNs = 0;
    std::int64_t importId = 0;    ///< 0 for a user's range
};

/// A survey: one SQLite file (*.mieruka) holding metadata, never payloads.
/// Writes go through commitChunk(), one transaction each, so a crash or kill leaves every
/// earlier commit intact. All methods throw StoreError with a one-line message naming the file.
class SurveyStore {
public:
    static constexpr int kSchemaVersion = 5;
    static constexpr std::int64_t kApplicationId = 0x4d49524b; // "MIRK"

    /// Opens (or, with create, creates) a survey and migrates it to kSchemaVersion.
    explicit SurveyStore(const std::string& path, bool create = true);
    ~SurveyStore();

    const std::string& path() const { return m_db.path(); }
    int schemaVersion();

    std::int64_t beginImport(const std::string& description);
    void finishImport(std::int64_t importId, bool completed);

    std::optional<CaptureRecord> findCapture(const std::string& sha256);
    /// True when any capture (complete or not) of exactly this many bytes is in the survey.
    bool hasCaptureOfSize(std::uint64_t sizeBytes);
    /// Gives a capture row its content key and file size (a live ring file, once it is complete).
    void rekeyCapture(std::int64_t captureId, const std::string& sha256, std::uint64_t sizeBytes);
    /// Inserts a new capture row (complete = false) and returns its id.
    std::int64_t addCapture(const CaptureRecord& capture);

    /// Adds one chunk of analysis and the captures' progress in a single transaction.
    void commitChunk(const analysis::AnalysisDelta& delta, const std::vector<CaptureRecord>& progress);
    /// Marks captures complete (with their final counters) in one transaction.
    void finishCaptures(const std::vector<CaptureRecord>& captures);

    std::vector<CaptureRecord> captures();
    /// The default periods (imports that hold frames, oldest first), then the user's ranges by start.
    std::vector<PeriodRecord> periods();
    /// Adds or replaces a named time range; throws StoreError for a name of an import period.
    void definePeriod(const std::string& name, std::int64_t startNs, std::int64_t endNs);
    void removePeriod(const std::string& name);
    std::vector<analysis::ConversationRecord> conversations();
    std::vector<analysis::EndpointRecord> endpoints();
    std::vector<analysis::BindingRecord> bindings();
    std::vector<std::pair<std::string, std::uint64_t>> anomalies();
    /// Per-minute rows of one kind; with a key, only that host, "a b" pair or protocol.
    std::vector<analysis::SeriesRecord> series(analysis::SeriesRecord::Kind kind, const std::string& key = {});
    std::vector<analysis::EvidenceRecord> evidence();
    std::vector<analysis::OperationRecord> operations();

    /// Incidents, oldest first. Streaming alerts arrive through commitChunk() and add up across
    /// imports; survey-wide detections are replaced as a whole after each import.
    std::vector<analysis::AlertRecord> alerts();
    std::optional<analysis::AlertRecord> alert(std::int64_t id);
    void replaceSurveyAlerts(const std::vector<analysis::AlertRecord>& alerts);
    /// Small facts about the survey ("detection.learning_until_ns", …) kept beside its data.
    void setMeta(const std::string& key, const std::string& value);
    std::optional<std::string> meta(const std::string& key);

    /// Limits for rows added from now on by this store object (see SurveyLimits).
    void setLimits(const SurveyLimits& limits);
    /// What the survey refused or closed early because of its limits, over all imports.
    TruncationInfo truncation();

    /// "ok" when SQLite's integrity check passes.
    std::string integrityCheck();

    SqliteDb& db() { return m_db; }

private:
    void migrate();
    void updateCapture(SqliteStatement& statement, const CaptureRecord& capture);
    void upsertAlerts(const std::vector<analysis::AlertRecord>& alerts, std::string_view origin);

    void addTruncation(const TruncationInfo& chunk);

    SqliteDb m_db;
    SurveyLimits m_limits;
    std::unique_ptr<RowBudget> m_budget; ///< made at the first commit, so reads never load keys
};

} // namespace mieruka::store
