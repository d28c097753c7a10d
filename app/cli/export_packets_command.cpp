// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_packets_command.h"

#include "capture/source/capture_source_factory.h"
#include "capture/source/pcap_file_writer.h"
#include "core/decode/packet_decoder.h"
#include "core/ingest/file_hasher.h"
#include "core/ingest/link_type_names.h"
#include "core/store/survey_store.h"
#include "core/survey/time_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <system_error>

#ifdef _WIN32
#include <io.h>
#define MIERUKA_ISATTY _isatty
#define MIERUKA_FILENO _fileno
#else
#include <unistd.h>
#define MIERUKA_ISATTY isatty
#define MIERUKA_FILENO fileno
#endif

namespace mieruka::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kNsPerSecond = 1'000'000'000;
constexpr std::int64_t kMinNs = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMaxNs = std::numeric_limits<std::int64_t>::max();

void printLine(const QString& line)
{
    std::fprintf(stderr, "mieruka-cli: %s\n", line.toLocal8Bit().constData());
}

void printLine(const std::string& line)
{
    printLine(QString::fromStdString(line));
}

QString isoTime(std::int64_t ns)
{
    return QString::fromStdString(survey::isoTimeNs(ns));
}

struct Settings {
    QString survey;
    std::int64_t alertId = 0;
    QString output;
    std::int64_t windowNs = 0;
    bool allHosts = false;
    std::uint64_t limit = 100000;
    bool verify = false;
    QString captureDir;
    bool quiet = false;
};

/// One end of an alert. Its text is an IP address (matched in any IP header and in ARP), a MAC
/// address (matched as Ethernet source or destination), or empty (matches everything).
struct HostAddress {
    enum class Kind { Any, Ip, Mac };
    Kind kind = Kind::Any;
    net::IpAddress ip;
    net::MacAddress mac;

    static std::optional<HostAddress> parse(const std::string& text)
    {
        HostAddress host;
        if (text.empty())
            return host;
        if (const auto ip = net::IpAddress::parse(text)) {
            host.kind = Kind::Ip;
            host.ip = *ip;
            return host;
        }
        if (const auto mac = net::MacAddress::parse(text)) {
            host.kind = Kind::Mac;
            host.mac = *mac;
            return host;
        }
        return std::nullopt;
    }
};

bool hasIp(const decode::DecodedPacket& frame, const net::IpAddress& ip)
{
    for (std::size_t i = 0; i < frame.ipLayerCount; ++i)
        if (frame.ipLayers[i].src == ip || frame.ipLayers[i].dst == ip)
            return true;
    return frame.network == decode::NetworkKind::Arp && (frame.arp.senderIp == ip || frame.arp.targetIp == ip);
}

bool hasMac(const decode::DecodedPacket& frame, const net::MacAddress& mac)
{
    return (frame.hasLinkSource && frame.linkSource == mac) || (frame.hasEthernet && frame.linkDestination == mac);
}

bool involves(const decode::DecodedPacket& frame, const HostAddress& host)
{
    switch (host.kind) {
    case HostAddress::Kind::Ip: return hasIp(frame, host.ip);
    case HostAddress::Kind::Mac: return hasMac(frame, host.mac);
    case HostAddress::Kind::Any: break;
    }
    return true;
}

template <typename Address>
bool isPair(const Address& from, const Address& to, const Address& a, const Address& b)
{
    return (from == a && to == b) || (from == b && to == a);
}

/// True when the frame goes between `a` and `b` in either direction. Two IP addresses must be
/// the two ends of one IP header (or ARP's sender and target), so a third host's traffic to
/// each of them does not count; mixed kinds only need both hosts somewhere in the frame.
bool between(const decode::DecodedPacket& frame, const HostAddress& a, const HostAddress& b)
{
    using Kind = HostAddress::Kind;
    if (a.kind == Kind::Ip && b.kind == Kind::Ip) {
        for (std::size_t i = 0; i < frame.ipLayerCount; ++i)
            if (isPair(frame.ipLayers[i].src, frame.ipLayers[i].dst, a.ip, b.ip))
                return true;
        return frame.network == decode::NetworkKind::Arp && isPair(frame.arp.senderIp, frame.arp.targetIp, a.ip, b.ip);
    }
    if (a.kind == Kind::Mac && b.kind == Kind::Mac)
        return frame.hasEthernet && isPair(frame.linkSource, frame.linkDestination, a.mac, b.mac);
    return involves(frame, a) && involves(frame, b);
}

/// A capture file of the survey to read again, with the frame it will hand out next.
struct Input {
    store::CaptureRecord record;
    std::string path;
    std::unique_ptr<ingest::PacketSource> source;
    ingest::RawPacket head;
    bool holdsEvidence = false;
};

/// Where the file of `record` is now: its recorded path, that path taken from the survey's
/// folder, or its name in `captureDir`. Empty when none exists.
std::string locate(const std::string& recorded, const fs::path& surveyDir, const QString& captureDir)
{
    std::vector<fs::path> candidates{fs::path(recorded)};
    if (fs::path(recorded).is_relative())
        candidates.push_back(surveyDir / recorded);
    if (!captureDir.isEmpty())
        candidates.push_back(fs::path(QDir::toNativeSeparators(captureDir).toStdString()) / fs::path(recorded).filename());
    for (const auto& candidate : candidates) {
        std::error_code error;
        if (fs::is_regular_file(candidate, error))
            return candidate.string();
    }
    return {};
}

/// Opens the file of `input.record` after checking it is the one the survey imported: same
/// size always, same SHA-256 with `verify`. False with `problem` set otherwise.
bool openInput(Input& input, const Settings& settings, const fs::path& surveyDir, std::string& problem)
{
    const auto& record = input.record;
    input.path = locate(record.path, surveyDir, settings.captureDir);
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
    if (settings.verify && !record.sha256.starts_with("unhashed:")) {
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
    input.source = capture::openCaptureFile(input.path, problem);
    if (!input.source)
        problem += notExported;
    return input.source != nullptr;
}

/// True when `output` would replace one of the capture files being read.
bool overwritesInput(const QString& output, const std::vector<Input>& inputs)
{
    if (output == QStringLiteral("-"))
        return false;
    std::error_code error;
    const fs::path target = fs::weakly_canonical(fs::path(QDir::toNativeSeparators(output).toStdString()), error);
    return std::any_of(inputs.begin(), inputs.end(), [&](const Input& input) {
        std::error_code inputError;
        return !error && fs::weakly_canonical(input.path, inputError) == target;
    });
}

std::optional<Settings> parseSettings(const QStringList& arguments, int& exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Write the frames behind an alert, read again from the survey's capture files, as a pcap file\n"
               "with nanosecond timestamps for Wireshark: every frame between the alert's hosts from its first\n"
               "to its last occurrence, and its evidence frame. 'mieruka-cli alerts SURVEY' lists the ids."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export-packets"), QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SURVEY"), QCoreApplication::translate("cli", "Survey file (*.mieruka)."));
    const QCommandLineOption alertOption(QStringLiteral("alert"), QCoreApplication::translate("cli", "The alert's id."),
                                         QStringLiteral("ID"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("cli", "The pcap file to write; - for stdout."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QCoreApplication::translate("cli", "Widen the alert's time span by this much "
                                                                             "on both sides (default 0)."),
                                          QStringLiteral("SECONDS"));
    const QCommandLineOption allHostsOption(QStringLiteral("all-hosts"),
                                            QCoreApplication::translate("cli", "Every frame in the time span, "
                                                                               "not only the alert's hosts'."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QCoreApplication::translate("cli", "Write at most N frames (default 100000)."),
                                         QStringLiteral("N"));
    const QCommandLineOption verifyOption(QStringLiteral("verify"),
                                          QCoreApplication::translate("cli", "Check each capture file's SHA-256 against "
                                                                             "the survey (slow), not only its size."));
    const QCommandLineOption captureDirOption(QStringLiteral("capture-dir"),
                                              QCoreApplication::translate("cli", "Look here, by file name, for capture files "
                                                                                 "no longer where they were imported from."),
                                              QStringLiteral("DIR"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         QCoreApplication::translate("cli", "No summary line."));
    parser.addOptions({alertOption, outputOption, windowOption, allHostsOption, limitOption, verifyOption,
                       captureDirOption, quietOption});
    exitCode = 2;
    if (!parser.parse(arguments)) {
        printLine(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        exitCode = 0;
        return std::nullopt;
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // "export-packets"
    auto usage = [](const QString& text) {
        printLine(QStringLiteral("export-packets: ") + text);
        return std::nullopt;
    };
    if (positional.size() != 1)
        return usage(QStringLiteral("give exactly one survey file"));
    Settings settings;
    settings.survey = positional.front();
    bool valid = false;
    settings.alertId = parser.value(alertOption).toLongLong(&valid);
    if (!parser.isSet(alertOption) || !valid)
        return usage(QStringLiteral("--alert ID is required (a number; 'mieruka-cli alerts SURVEY' lists them)"));
    settings.output = parser.value(outputOption);
    if (settings.output.isEmpty())
        return usage(QStringLiteral("-o FILE is required (- for standard output)"));
    if (settings.output == QStringLiteral("-") && MIERUKA_ISATTY(MIERUKA_FILENO(stdout)))
        return usage(QStringLiteral("standard output is a terminal; give -o FILE or pipe it (-o - | wireshark -k -i -)"));
    if (parser.isSet(windowOption)) {
        const double seconds = parser.value(windowOption).toDouble(&valid);
        // A billion seconds (31 years) is more than any capture spans and keeps the sum in range.
        if (!valid || !std::isfinite(seconds) || seconds < 0 || seconds > 1e9)
            return usage(QStringLiteral("--window: expected seconds, 0 or more"));
        settings.windowNs = std::llround(seconds * double(kNsPerSecond));
    }
    if (parser.isSet(limitOption)) {
        settings.limit = parser.value(limitOption).toULongLong(&valid);
        if (!valid || settings.limit == 0)
            return usage(QStringLiteral("--limit: expected a positive number"));
    }
    settings.allHosts = parser.isSet(allHostsOption);
    settings.verify = parser.isSet(verifyOption);
    settings.captureDir = parser.value(captureDirOption);
    settings.quiet = parser.isSet(quietOption);
    exitCode = 0;
    return settings;
}

/// Which frames in the time span belong to the alert; inactive means all of them.
struct HostFilter {
    bool active = false;
    HostAddress src, dst;
    QString text; ///< "between A and B", "to or from A" or "of all hosts", for messages

    bool matches(const decode::DecodedPacket& frame) const
    {
        if (src.kind != HostAddress::Kind::Any && dst.kind != HostAddress::Kind::Any)
            return between(frame, src, dst);
        return involves(frame, src) && involves(frame, dst);
    }
};

HostFilter makeFilter(const analysis::AlertRecord& alert, bool allHosts)
{
    HostFilter filter;
    filter.text = QStringLiteral("of all hosts");
    if (allHosts || (alert.src.empty() && alert.dst.empty()))
        return filter;
    const auto src = HostAddress::parse(alert.src);
    const auto dst = HostAddress::parse(alert.dst);
    if (!src || !dst) {
        printLine(QStringLiteral("alert %1: '%2' is neither an IP nor a MAC address; exporting the frames of all hosts")
                      .arg(alert.id)
                      .arg(QString::fromStdString(src ? alert.dst : alert.src)));
        return filter;
    }
    filter.active = true;
    filter.src = *src;
    filter.dst = *dst;
    const QString a = QString::fromStdString(alert.src.empty() ? alert.dst : alert.src);
    filter.text = alert.src.empty() || alert.dst.empty()
                      ? QStringLiteral("to or from %1").arg(a)
                      : QStringLiteral("between %1 and %2").arg(a, QString::fromStdString(alert.dst));
    return filter;
}

/// What an export did, for the closing lines.
struct Tally {
    std::map<int, std::uint64_t> otherLinkTypes; ///< frames not written: link type → count
    bool limitReached = false;
    std::int64_t limitAtNs = 0;    ///< time of the first matching frame left out by --limit
    bool evidenceExpected = false; ///< the evidence frame's capture file was opened
    bool evidenceFound = false;
    bool evidenceWritten = false;
    bool failed = false;           ///< the output could not be written (see the writer's error())
};

/// Reads `inputs` merged in timestamp order (ties go to the earlier input) and writes the
/// frames of the alert: those in [from, to] the filter accepts, and its evidence frame. An input
/// failing mid-file is reported and dropped while the others go on, which MergedSource does not do.
Tally writeFrames(std::vector<Input>& inputs, const analysis::AlertRecord& alert, const Settings& settings,
                  const HostFilter& filter, std::int64_t from, std::int64_t to, capture::PcapFileWriter& writer,
                  bool& problems)
{
    Tally tally;
    tally.evidenceExpected = alert.packetNumber != 0 && std::any_of(inputs.begin(), inputs.end(), [](const Input& input) {
                                 return input.holdsEvidence;
                             });
    bool evidencePending = tally.evidenceExpected;
    decode::PacketDecoder decoder;
    decode::DecodedPacket decoded;
    std::vector<std::size_t> heap;
    const auto later = [&](std::size_t a, std::size_t b) {
        const std::int64_t ta = inputs[a].head.timestampNs, tb = inputs[b].head.timestampNs;
        return ta != tb ? ta > tb : a > b; // std heaps keep the greatest on top
    };
    const auto advance = [&](std::size_t index) {
        Input& input = inputs[index];
        const auto status = input.source->next(input.head);
        if (status == ingest::PacketSource::Status::Packet) {
            heap.push_back(index);
            std::push_heap(heap.begin(), heap.end(), later);
            return;
        }
        if (status == ingest::PacketSource::Status::Error) {
            printLine(input.source->errorMessage() + "; the frames after it are not exported");
            problems = true;
        }
        input.source.reset();
    };
    for (std::size_t i = 0; i < inputs.size(); ++i)
        advance(i);

    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const std::size_t index = heap.back();
        heap.pop_back();
        Input& input = inputs[index];
        const ingest::RawPacket& frame = input.head;
        const bool isEvidence = evidencePending && input.holdsEvidence && frame.packetNumber == alert.packetNumber;
        bool take = isEvidence;
        if (isEvidence) {
            evidencePending = false;
            tally.evidenceFound = true;
        } else if (frame.timestampNs >= from && frame.timestampNs <= to && !tally.limitReached) {
            take = !filter.active
                   || (decoder.decode(frame.linkType, frame.data, frame.originalLength, decoded) && filter.matches(decoded));
            // A place stays free for the evidence frame while it is still to come.
            if (take && writer.framesWritten() + (evidencePending ? 1 : 0) >= settings.limit) {
                tally.limitReached = true;
                tally.limitAtNs = frame.timestampNs;
                take = false;
            }
        }
        if (take) {
            if (!writer.isOpen() && !writer.open(frame.linkType)) {
                tally.failed = true;
                return tally;
            }
            if (frame.linkType != writer.linkType()) {
                ++tally.otherLinkTypes[frame.linkType];
            } else if (!writer.write(frame)) {
                tally.failed = true;
                return tally;
            } else if (isEvidence) {
                tally.evidenceWritten = true;
            }
        }
        if (tally.limitReached && !evidencePending)
            break;
        // Past the limit only the evidence frame is still wanted, so the other files can close.
        if (!tally.limitReached || input.holdsEvidence)
            advance(index);
        else
            input.source.reset();
    }
    return tally;
}

QString linkTypeText(int linkType)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(ingest::linkTypeName(linkType).data(),
                                                           qsizetype(ingest::linkTypeName(linkType).size())))
        .arg(linkType);
}

/// The lines after a successful write: what was left out and why, then the summary.
void reportTally(const Tally& tally, const analysis::AlertRecord& alert, const Settings& settings,
                 const capture::PcapFileWriter& writer)
{
    for (const auto& [linkType, count] : tally.otherLinkTypes)
        printLine(QStringLiteral("%1 frame(s) of link type %2 not written: a pcap file holds one link type, this one %3")
                      .arg(count)
                      .arg(linkTypeText(linkType), linkTypeText(writer.linkType())));
    if (tally.limitReached)
        printLine(QStringLiteral("--limit %1 reached: more frames matched from %2 on; raise --limit to get them")
                      .arg(settings.limit)
                      .arg(isoTime(tally.limitAtNs)));
    if (tally.evidenceExpected && !tally.evidenceFound)
        printLine(QStringLiteral("alert %1: its evidence frame %2 of capture %3 is not in the file")
                      .arg(alert.id)
                      .arg(alert.packetNumber)
                      .arg(alert.captureId));
}

std::int64_t saturatingAdd(std::int64_t value, std::int64_t delta)
{
    return value > kMaxNs - delta ? kMaxNs : value + delta;
}

std::int64_t saturatingSub(std::int64_t value, std::int64_t delta)
{
    return value < kMinNs + delta ? kMinNs : value - delta;
}

std::string native(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdString();
}

int exportAlert(store::SurveyStore& store, const analysis::AlertRecord& alert, const Settings& settings)
{
    const std::int64_t from = saturatingSub(std::min(alert.firstNs, alert.lastNs), settings.windowNs);
    const std::int64_t to = saturatingAdd(std::max(alert.firstNs, alert.lastNs), settings.windowNs);
    const QString span = QStringLiteral("%1 to %2").arg(isoTime(from), isoTime(to));
    const HostFilter filter = makeFilter(alert, settings.allHosts);

    bool problems = false;
    std::vector<Input> inputs;
    const fs::path surveyDir = fs::absolute(fs::path(native(settings.survey))).parent_path();
    for (const auto& record : store.captures()) {
        const bool evidence = alert.packetNumber != 0 && record.id == alert.captureId;
        // An interrupted import knows only part of the file's time span, so such a file is read.
        const bool overlaps = !record.complete || (record.packets > 0 && record.startNs <= to && record.endNs >= from);
        if (!evidence && !overlaps)
            continue;
        Input input;
        input.record = record;
        input.holdsEvidence = evidence;
        std::string problem;
        if (!openInput(input, settings, surveyDir, problem)) {
            printLine(problem);
            problems = true;
            continue;
        }
        inputs.push_back(std::move(input));
    }
    if (inputs.empty()) {
        if (!problems)
            printLine(QStringLiteral("alert %1: no capture file of the survey covers %2").arg(alert.id).arg(span));
        return 1;
    }
    if (overwritesInput(settings.output, inputs)) {
        printLine(QStringLiteral("export-packets: %1 is a capture file being read; choose another output").arg(settings.output));
        return 2;
    }

    capture::PcapFileWriter writer(native(settings.output));
    const Tally tally = writeFrames(inputs, alert, settings, filter, from, to, writer, problems);
    if (tally.failed) {
        printLine(writer.error());
        return 1;
    }
    if (!writer.isOpen()) {
        printLine(QStringLiteral("alert %1: no frames %2 from %3 in %4 capture file(s); nothing written "
                                 "(--window SECONDS widens the span, --all-hosts drops the host filter)")
                      .arg(alert.id)
                      .arg(filter.text, span)
                      .arg(inputs.size()));
        return 1;
    }
    const std::uint64_t written = writer.framesWritten();
    if (!writer.commit()) {
        printLine(writer.error());
        return 1;
    }
    reportTally(tally, alert, settings, writer);
    if (!settings.quiet)
        printLine(QStringLiteral("%1: %2 frame(s) of alert %3 (%4, %5, %6 capture file(s) read)")
                      .arg(settings.output == QStringLiteral("-") ? QStringLiteral("standard output") : settings.output)
                      .arg(written)
                      .arg(alert.id)
                      .arg(filter.text, span)
                      .arg(inputs.size()));
    return problems ? 1 : 0;
}

} // namespace

int runExportPackets(const QStringList& arguments)
{
    int exitCode = 0;
    const auto settings = parseSettings(arguments, exitCode);
    if (!settings)
        return exitCode;
    if (!QFile::exists(settings->survey)) {
        printLine(QStringLiteral("%1: no such survey file").arg(settings->survey));
        return 1;
    }
    try {
        store::SurveyStore store(native(settings->survey), false);
        const auto alert = store.alert(settings->alertId);
        if (!alert) {
            printLine(QStringLiteral("export-packets: %1 has no alert %2 ('mieruka-cli alerts %1' lists them)")
                          .arg(settings->survey)
                          .arg(settings->alertId));
            return 2;
        }
        return exportAlert(store, *alert, *settings);
    } catch (const store::StoreError& error) {
        printLine(std::string(error.what()));
        return 1;
    }
}

} // namespace mieruka::cli
