// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_packet_export.h"

#include "alert_frame_selector.h"
#include "capture/source/capture_source_factory.h"
#include "capture/source/pcap_file_writer.h"
#include "core/ingest/file_hasher.h"
#include "core/ingest/link_type_names.h"
#include "core/store/survey_store.h"
#include "core/survey/time_text.h"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <system_error>

namespace mieruka::capture {

namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kMinNs = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMaxNs = std::numeric_limits<std::int64_t>::max();

std::int64_t saturatingAdd(std::int64_t value, std::int64_t delta)
{
    return value > kMaxNs - delta ? kMaxNs : value + delta;
}

std::int64_t saturatingSub(std::int64_t value, std::int64_t delta)
{
    return value < kMinNs + delta ? kMinNs : value - delta;
}

std::string linkTypeText(int linkType)
{
    return std::string(ingest::linkTypeName(linkType)) + " (" + std::to_string(linkType) + ")";
}

/// Where the file of a capture record is now: its recorded path, that path taken from the
/// survey's folder, or its name in `captureDir`. Empty when none exists.
std::string locate(const std::string& recorded, const fs::path& surveyDir, const std::string& captureDir)
{
    std::vector<fs::path> candidates{fs::path(recorded)};
    if (fs::path(recorded).is_relative())
        candidates.push_back(surveyDir / recorded);
    if (!captureDir.empty())
        candidates.push_back(fs::path(captureDir) / fs::path(recorded).filename());
    for (const auto& candidate : candidates) {
        std::error_code error;
        if (fs::is_regular_file(candidate, error))
            return candidate.string();
    }
    return {};
}

/// Opens the file of `input.record` after checking it is the one the survey imported: same
/// size always, same SHA-256 with `verify`. False with `problem` set otherwise.
bool openInput(AlertExportInput& input, const AlertPacketExport::Options& options, const fs::path& surveyDir,
               std::string& problem)
{
    const auto& record = input.record;
    input.path = locate(record.path, surveyDir, options.captureDir);
    const std::string notExported = "; its frames are not exported";
    if (input.path.empty()) {
        problem = record.path + ": no such file (capture " + std::to_string(record.id)
                  + " of the survey; --capture-dir DIR finds moved files by name)" + notExported;
        return false;
    }
    std::error_code error;
    const auto size = fs::file_size(input.path, error);
    if (!error && record.sizeBytes && size != record.sizeBytes) {
        problem = input.path + ": changed since it was imported (" + std::to_string(size) + " bytes, the survey has "
                  + std::to_string(record.sizeBytes) + ")" + notExported;
        return false;
    }
    if (options.verify && !record.sha256.starts_with("unhashed:")) {
        std::string hashError;
        const std::string sha = ingest::hashFile(input.path, hashError);
        if (sha.empty()) {
            problem = hashError + notExported;
            return false;
        }
        if (sha != record.sha256) {
            problem = input.path + ": changed since it was imported (SHA-256 differs)" + notExported;
            return false;
        }
    }
    input.source = openCaptureFile(input.path, problem);
    if (!input.source)
        problem += notExported;
    return input.source != nullptr;
}

/// True when `output` would replace one of the capture files being read.
bool overwritesInput(const std::string& output, const std::vector<AlertExportInput>& inputs)
{
    if (output == "-")
        return false;
    std::error_code error;
    const fs::path target = fs::weakly_canonical(fs::path(output), error);
    return std::any_of(inputs.begin(), inputs.end(), [&](const AlertExportInput& input) {
        std::error_code inputError;
        return !error && fs::weakly_canonical(input.path, inputError) == target;
    });
}

/// One export: the state the steps share, and the messages in the order they arise.
class Run {
public:
    Run(const AlertPacketExport::Options& options, AlertPacketExport::Result& result)
        : m_options(options), m_result(result)
    {
    }

    void note(std::string text) { m_result.messages.push_back({false, std::move(text)}); }
    void error(std::string text)
    {
        m_problems = true;
        m_result.messages.push_back({true, std::move(text)});
    }

    void exportAlert(store::SurveyStore& store, const analysis::AlertRecord& alert, const std::string& surveyPath)
    {
        const std::int64_t from = saturatingSub(std::min(alert.firstNs, alert.lastNs), m_options.windowNs);
        const std::int64_t to = saturatingAdd(std::max(alert.firstNs, alert.lastNs), m_options.windowNs);
        m_result.spanText = survey::isoTimeNs(from) + " to " + survey::isoTimeNs(to);
        std::string filterNote;
        const AlertHostFilter filter = AlertHostFilter::forAlert(alert, m_options.allHosts, filterNote);
        m_result.hostsText = filter.text;
        if (!filterNote.empty())
            note(filterNote);

        std::vector<AlertExportInput> inputs;
        const fs::path surveyDir = fs::absolute(fs::path(surveyPath)).parent_path();
        for (const auto& record : store.captures()) {
            const bool evidence = alert.packetNumber != 0 && record.id == alert.captureId;
            // An interrupted import knows only part of the file's time span, so such a file is read.
            const bool overlaps = !record.complete || (record.packets > 0 && record.startNs <= to && record.endNs >= from);
            if (!evidence && !overlaps)
                continue;
            AlertExportInput input;
            input.record = record;
            input.holdsEvidence = evidence;
            std::string problem;
            if (!openInput(input, m_options, surveyDir, problem)) {
                error(problem);
                continue;
            }
            inputs.push_back(std::move(input));
        }
        m_result.filesRead = inputs.size();
        if (inputs.empty()) {
            if (!m_problems)
                error("alert " + std::to_string(alert.id) + ": no capture file of the survey covers " + m_result.spanText);
            return;
        }
        if (overwritesInput(m_options.output, inputs)) {
            m_result.badRequest = true;
            error("export-packets: " + m_options.output + " is a capture file being read; choose another output");
            return;
        }

        PcapFileWriter writer(m_options.output);
        const AlertFrameTally tally = AlertFrameSelector(alert, filter, from, to, m_options.limit).run(inputs, writer);
        for (const auto& line : tally.readErrors)
            error(line);
        if (tally.failed)
            return error(writer.error());
        if (!writer.isOpen())
            return error("alert " + std::to_string(alert.id) + ": no frames " + filter.text + " from " + m_result.spanText
                         + " in " + std::to_string(inputs.size())
                         + " capture file(s); nothing written (--window SECONDS widens the span, --all-hosts drops the "
                           "host filter)");
        const std::uint64_t written = writer.framesWritten();
        if (!writer.commit())
            return error(writer.error());
        m_result.written = true;
        m_result.framesWritten = written;
        reportTally(tally, alert, writer);
        m_result.ok = !m_problems;
    }

private:
    /// The notes after a successful write: what was left out and why.
    void reportTally(const AlertFrameTally& tally, const analysis::AlertRecord& alert, const PcapFileWriter& writer)
    {
        for (const auto& [linkType, count] : tally.otherLinkTypes)
            note(std::to_string(count) + " frame(s) of link type " + linkTypeText(linkType)
                 + " not written: a pcap file holds one link type, this one " + linkTypeText(writer.linkType()));
        if (tally.limitReached)
            note("--limit " + std::to_string(m_options.limit) + " reached: more frames matched from "
                 + survey::isoTimeNs(tally.limitAtNs) + " on; raise --limit to get them");
        if (tally.evidenceExpected && !tally.evidenceFound)
            note("alert " + std::to_string(alert.id) + ": its evidence frame " + std::to_string(alert.packetNumber)
                 + " of capture " + std::to_string(alert.captureId) + " is not in the file");
    }

    const AlertPacketExport::Options& m_options;
    AlertPacketExport::Result& m_result;
    bool m_problems = false;
};

} // namespace

std::vector<std::string> AlertPacketExport::Result::lines(bool error) const
{
    std::vector<std::string> out;
    for (const auto& message : messages)
        if (message.error == error)
            out.push_back(message.text);
    return out;
}

AlertPacketExport::AlertPacketExport(std::string surveyPath, std::int64_t alertId, Options options)
    : m_surveyPath(std::move(surveyPath)), m_alertId(alertId), m_options(std::move(options))
{
}

AlertPacketExport::Result AlertPacketExport::run() const
{
    Result result;
    Run exportRun(m_options, result);
    std::error_code error;
    if (!fs::exists(fs::path(m_surveyPath), error)) {
        exportRun.error(m_surveyPath + ": no such survey file");
        return result;
    }
    try {
        store::SurveyStore store(m_surveyPath, false);
        const auto alert = store.alert(m_alertId);
        if (!alert) {
            result.badRequest = true;
            exportRun.error("export-packets: " + m_surveyPath + " has no alert " + std::to_string(m_alertId) + " ('mieruka-cli alerts "
                      + m_surveyPath + "' lists them)");
            return result;
        }
        exportRun.exportAlert(store, *alert, m_surveyPath);
    } catch (const store::StoreError& storeError) {
        result.ok = false;
        exportRun.error(storeError.what());
    } catch (const std::exception& exception) {
        result.ok = false;
        exportRun.error(exception.what());
    }
    return result;
}

} // namespace mieruka::capture
