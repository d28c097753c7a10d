// SPDX-License-Identifier: GPL-3.0-or-later
// mieruka-capture: the only Mieruka program with capture rights (see ARCHITECTURE.md, least
// privilege). It lists interfaces, or captures into pcapng ring files while reporting status
// frames (capture/protocol) on stdout; diagnostics for people go to stderr.
#include "capture/helper/capture_arguments.h"
#include "capture/helper/capture_session.h"
#include "capture/helper/helper_version.h"
#include "capture/helper/interface_list.h"
#include "capture/helper/privileges.h"
#include "capture/helper/status_channel.h"
#include "capture/helper/stop_request.h"

#include <pcap/pcap.h>

#include <cstdio>
#include <string>
#include <unistd.h>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace helper = mieruka::capture::helper;
namespace protocol = mieruka::capture::protocol;

namespace {

constexpr const char* kUsage =
    "usage: mieruka-capture --version | interfaces | capture -i IF [-i IF ...] [-f FILTER] [-s SNAPLEN] "
    "[--no-promisc] (--survey FILE | --probe) [--prefix NAME] [--ring-size MB] [--ring-seconds S] "
    "[--ring-files N] [--duration S] [--max-size MB] [--max-packets N] [--buffer MB] [--status-interval MS]";

int listInterfaces()
{
    helper::InterfaceList list;
    std::string error;
    if (!list.load(error)) {
        std::fprintf(stderr, "mieruka-capture: cannot list interfaces: %s\n", error.c_str());
        return 1;
    }
    std::printf("%s\n", list.toJson().c_str());
    return std::fflush(stdout) == 0 ? 0 : 1;
}

int capture(const std::vector<std::string>& words, bool privilegesOk, const std::string& privilegeError)
{
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    helper::StopRequest stop;
    stop.installSignalHandlers();
    helper::StatusChannel channel(STDOUT_FILENO);
    // The app is gone: stop and close the ring file rather than lose what is already captured.
    channel.setOnBroken([&stop] { stop.request(protocol::StopReason::Requested); });
    channel.send(protocol::Hello{protocol::kProtocolVersion, helper::kHelperVersion, static_cast<std::uint64_t>(getpid())});

    if (!privilegesOk) {
        std::fprintf(stderr, "mieruka-capture: %s\n", privilegeError.c_str());
        channel.send(protocol::Error{protocol::ErrorCode::Other, {}, privilegeError, {}});
        channel.send(protocol::Stopped{protocol::StopReason::Error, 0, 0});
        return 1;
    }
    std::string error;
    auto arguments = helper::CaptureArguments::parse(std::span(words).subspan(1), error);
    if (!arguments) {
        std::fprintf(stderr, "mieruka-capture: %s\n", error.c_str());
        channel.send(protocol::Error{protocol::ErrorCode::BadArguments, {}, error, {}});
        channel.send(protocol::Stopped{protocol::StopReason::Error, 0, 0});
        return 2;
    }
    helper::CaptureSession session(std::move(*arguments), channel, stop);
    return session.run();
}

} // namespace

int main(int argc, char** argv)
{
    // Before anything looks at a path or a file: shed every right but the capture ones.
    std::string privilegeError;
    const bool privilegesOk = helper::Privileges::restrictToCapture(privilegeError);

    const std::vector<std::string> words(argv + std::min(argc, 1), argv + argc);
    if (words.size() == 1 && words[0] == "--version") {
        std::printf("mieruka-capture %s (%s)\n", helper::kHelperVersion, pcap_lib_version());
        return 0;
    }
    if (!words.empty() && words[0] == "capture")
        return capture(words, privilegesOk, privilegeError);
    if (!privilegesOk) {
        std::fprintf(stderr, "mieruka-capture: %s\n", privilegeError.c_str());
        return 1;
    }
    if (words.size() == 1 && words[0] == "interfaces")
        return listInterfaces();
    std::fprintf(stderr, "mieruka-capture: %s\n", words.empty() ? kUsage : ("unknown command; " + std::string(kUsage)).c_str());
    return 2;
}
