// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/helper/capture_arguments.h"
#include "capture/protocol/status_message.h"

#include <memory>
#include <vector>

namespace mieruka::capture::helper {

class InterfaceCapture;
class StatusChannel;
class StopRequest;

/// One run of `mieruka-capture capture` after its arguments parsed: checks the interfaces and the
/// survey path, opens every handle, drops capture rights, then captures until a stop is requested,
/// reporting Started, the ring files, Stats and finally Stopped. Hello was already sent.
class CaptureSession {
public:
    CaptureSession(CaptureArguments arguments, StatusChannel& channel, StopRequest& stop);
    ~CaptureSession();

    /// The process exit code: 0 after a requested or limit stop, 1 after a fatal error,
    /// 2 when the survey path was refused.
    int run();

private:
    int fail(const protocol::Error& error, int exitCode = 1);
    int captureLoop(class CaptureSink& sink);
    protocol::Stats stats(const CaptureSink& sink) const;

    CaptureArguments m_args;
    StatusChannel& m_channel;
    StopRequest& m_stop;
    std::vector<std::unique_ptr<InterfaceCapture>> m_captures;
    int m_folderFd = -1;
};

} // namespace mieruka::capture::helper
