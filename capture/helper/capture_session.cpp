// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/capture_session.h"

#include "capture/helper/capture_sink.h"
#include "capture/helper/interface_capture.h"
#include "capture/helper/interface_list.h"
#include "capture/helper/privileges.h"
#include "capture/helper/status_channel.h"
#include "capture/helper/stop_request.h"
#include "capture/helper/survey_paths.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <poll.h>
#include <unistd.h>

namespace mieruka::capture::helper {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kFlushInterval = std::chrono::milliseconds(250);
constexpr std::size_t kMaxCommandLine = 256;
constexpr std::uint64_t kMiB = 1024 * 1024;

std::string permissionFix()
{
#ifdef _WIN32
    return "install Npcap without \"Restrict Npcap driver's access to Administrators only\"";
#else
#ifdef MIERUKA_HELPER_NET_ADMIN
    const char* caps = "cap_net_raw,cap_net_admin+ep";
#else
    const char* caps = "cap_net_raw+ep";
#endif
    std::string path = Privileges::executablePath();
    if (path.empty())
        path = "mieruka-capture";
    return std::string("sudo setcap ") + caps + " " + path + " (or install the Mieruka package, which grants it)";
#endif
}

/// Reads commands from stdin: a line "stop" or end of input ends the capture.
class StdinCommands {
public:
    /// False once stdin says stop (EOF, error, or the "stop" line).
    bool readAvailable()
    {
        char chunk[512];
        const ssize_t n = read(STDIN_FILENO, chunk, sizeof chunk);
        if (n < 0)
            return errno == EINTR || errno == EAGAIN;
        if (n == 0)
            return false;
        for (ssize_t i = 0; i < n; ++i) {
            if (chunk[i] != '\n') {
                // An overlong line is no command; keep only its start so memory stays bounded.
                if (m_line.size() < kMaxCommandLine)
                    m_line += chunk[i];
                continue;
            }
            if (!m_line.empty() && m_line.back() == '\r')
                m_line.pop_back();
            if (m_line == "stop")
                return false;
            m_line.clear();
        }
        return true;
    }

private:
    std::string m_line;
};

} // namespace

CaptureSession::CaptureSession(CaptureArguments arguments, StatusChannel& channel, StopRequest& stop)
    : m_args(std::move(arguments)), m_channel(channel), m_stop(stop)
{
}

CaptureSession::~CaptureSession()
{
    m_captures.clear();
    if (m_folderFd >= 0)
        close(m_folderFd);
}

int CaptureSession::fail(const protocol::Error& error, int exitCode)
{
    std::fprintf(stderr, "mieruka-capture: %s\n", error.message.c_str());
    if (!error.fix.empty())
        std::fprintf(stderr, "mieruka-capture: fix: %s\n", error.fix.c_str());
    m_channel.send(error);
    m_channel.send(protocol::Stopped{protocol::StopReason::Error, 0, 0});
    return exitCode;
}

int CaptureSession::run()
{
    using protocol::ErrorCode;
    InterfaceList list;
    std::string problem;
    if (!list.load(problem)) {
        const bool denied = problem.find("ermission") != std::string::npos;
        return fail({denied ? ErrorCode::PermissionDenied : ErrorCode::Other, {},
                     "cannot list interfaces: " + problem, denied ? permissionFix() : std::string()});
    }
    for (const std::string& name : m_args.interfaces) {
        if (list.find(name) == nullptr)
            return fail({ErrorCode::NoSuchInterface, name, "no such interface: " + name, {}});
    }
    SurveyPaths paths;
    if (!m_args.probe && !paths.setSurveyFile(m_args.surveyFile, problem))
        return fail({ErrorCode::BadArguments, {}, problem, {}}, 2);

    for (const std::string& name : m_args.interfaces) {
        InterfaceCapture::Settings settings;
        settings.name = name;
        settings.snapLength = m_args.snapLength;
        settings.promiscuous = m_args.promiscuous;
        settings.bufferBytes = static_cast<int>(std::min<std::uint64_t>(m_args.bufferMb * kMiB, INT_MAX));
        settings.filter = m_args.filter;
        settings.mac = list.find(name)->mac;
        auto capture = std::make_unique<InterfaceCapture>(std::move(settings));
        if (const auto error = capture->open(permissionFix()))
            return fail(*error);
        m_captures.push_back(std::move(capture));
    }

    // Every handle is open: from here on the helper has only the invoking user's rights.
    if (!Privileges::dropAll(problem))
        return fail({ErrorCode::Other, {}, "cannot drop capture rights: " + problem, {}});

    std::unique_ptr<PcapngRingWriter> writer;
    if (!m_args.probe) {
        m_folderFd = paths.openFolder(problem);
        if (m_folderFd < 0)
            return fail({ErrorCode::OutputFolder, {}, problem, {}});
    }

    protocol::Started started;
    started.folder = m_args.probe ? std::string() : paths.folder();
    std::vector<PcapngRingWriter::Interface> ringInterfaces;
    for (const auto& capture : m_captures) {
        started.interfaces.push_back(capture->description());
        const auto& opened = started.interfaces.back();
        ringInterfaces.push_back({opened.name, opened.linkType, opened.snapLength, capture->nanoseconds()});
    }
    m_channel.send(started);

    if (!m_args.probe) {
        PcapngRingWriter::Options options;
        options.folderFd = m_folderFd;
        options.folder = paths.folder();
        options.prefix = m_args.prefix;
        options.ringBytes = m_args.ringSizeMb * kMiB;
        options.ringSeconds = m_args.ringSeconds;
        options.ringFiles = m_args.ringFiles;
        writer = std::make_unique<PcapngRingWriter>(options, std::move(ringInterfaces),
                                                    [this](const protocol::Message& m) { m_channel.send(m); });
        if (!writer->start())
            return fail(*writer->error());
    }

    CaptureSink sink({m_args.maxPackets, m_args.maxSizeMb * kMiB}, std::move(writer), m_channel, m_stop);
    return captureLoop(sink);
}

int CaptureSession::captureLoop(CaptureSink& sink)
{
    const auto statsInterval = std::chrono::milliseconds(m_args.statusIntervalMs);
    for (std::size_t i = 0; i < m_captures.size(); ++i)
        m_captures[i]->start(i, sink, m_stop, statsInterval);

    const auto begin = Clock::now();
    const auto end = m_args.durationSeconds > 0 ? begin + std::chrono::seconds(m_args.durationSeconds)
                                                : Clock::time_point::max();
    auto nextStats = begin + statsInterval;
    auto nextFlush = begin + kFlushInterval;
    StdinCommands commands;
    bool stdinOpen = true;
    while (!m_stop.requested()) {
        const auto now = Clock::now();
        if (now >= end) {
            m_stop.request(protocol::StopReason::Duration);
            break;
        }
        if (now >= nextFlush) {
            sink.flush();
            nextFlush = now + kFlushInterval;
        }
        if (now >= nextStats) {
            m_channel.send(stats(sink));
            nextStats = now + statsInterval;
        }
        const auto wake = std::min({nextFlush, nextStats, end});
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now()).count();
        pollfd fds[2] = {{m_stop.wakeFd(), POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
        const int ready = poll(fds, stdinOpen ? 2 : 1, static_cast<int>(std::clamp<long long>(wait + 1, 0, 1000)));
        if (ready > 0 && stdinOpen && fds[1].revents != 0) {
            if ((fds[1].revents & POLLNVAL) != 0 || !commands.readAvailable()) {
                stdinOpen = false;
                m_stop.request(protocol::StopReason::Requested);
            }
        }
    }

    for (const auto& capture : m_captures)
        capture->breakLoop();
    for (const auto& capture : m_captures)
        capture->join();
    m_channel.send(stats(sink));
    sink.finish();

    auto reason = m_stop.reason().value_or(protocol::StopReason::Requested);
    for (const auto& capture : m_captures) {
        if (capture->failure()) {
            std::fprintf(stderr, "mieruka-capture: %s\n", capture->failure()->message.c_str());
            m_channel.send(*capture->failure());
            reason = protocol::StopReason::Error;
        }
    }
    m_channel.send(protocol::Stopped{reason, sink.packets(), sink.bytes()});
    return reason == protocol::StopReason::Error ? 1 : 0;
}

protocol::Stats CaptureSession::stats(const CaptureSink& sink) const
{
    protocol::Stats stats;
    stats.timeNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
    for (const auto& capture : m_captures)
        stats.interfaces.push_back(capture->snapshot());
    stats.fileBytes = sink.fileBytes();
    return stats;
}

} // namespace mieruka::capture::helper
