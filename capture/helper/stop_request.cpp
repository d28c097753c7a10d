// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/stop_request.h"

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace mieruka::capture::helper {
namespace {

StopRequest* g_instance = nullptr; // a signal handler has no other way to find us

} // namespace

StopRequest::StopRequest()
{
    if (pipe(m_pipe) == 0) {
        for (const int fd : m_pipe) {
            fcntl(fd, F_SETFD, FD_CLOEXEC);
            fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
    }
    g_instance = this;
}

StopRequest::~StopRequest()
{
    g_instance = nullptr;
    for (const int fd : m_pipe)
        if (fd >= 0)
            close(fd);
}

void StopRequest::installSignalHandlers()
{
    struct sigaction action {};
    action.sa_handler = &StopRequest::onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    action.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &action, nullptr);
}

void StopRequest::onSignal(int)
{
    if (g_instance != nullptr)
        g_instance->request(protocol::StopReason::Requested);
}

void StopRequest::request(protocol::StopReason reason)
{
    std::uint32_t none = 0;
    m_reason.compare_exchange_strong(none, static_cast<std::uint32_t>(reason));
    const char byte = 1;
    if (m_pipe[1] >= 0) {
        [[maybe_unused]] const ssize_t ignored = write(m_pipe[1], &byte, 1); // full pipe: already awake
    }
}

std::optional<protocol::StopReason> StopRequest::reason() const
{
    const std::uint32_t value = m_reason.load();
    if (value == 0)
        return std::nullopt;
    return static_cast<protocol::StopReason>(value);
}

} // namespace mieruka::capture::helper
