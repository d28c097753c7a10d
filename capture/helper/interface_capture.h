// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/helper/frame_classifier.h"
#include "capture/protocol/status_message.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

struct pcap;
struct pcap_pkthdr;

namespace mieruka::capture::helper {

class CaptureSink;
class StopRequest;

/// One live interface: its pcap handle and the thread that reads it. The thread alone calls
/// pcap_dispatch and pcap_stats and publishes counters now and then; other threads read the last
/// published snapshot and may only call breakLoop().
class InterfaceCapture {
public:
    struct Settings {
        std::string name;
        std::uint32_t snapLength = 262144;
        bool promiscuous = true;
        int bufferBytes = 64 * 1024 * 1024;
        std::string filter;
        std::optional<std::array<std::uint8_t, 6>> mac;
    };

    explicit InterfaceCapture(Settings settings);
    ~InterfaceCapture();
    InterfaceCapture(const InterfaceCapture&) = delete;
    InterfaceCapture& operator=(const InterfaceCapture&) = delete;

    /// Creates, activates and filters the handle. On failure returns the Error to report.
    std::optional<protocol::Error> open(const std::string& permissionFix);

    protocol::InterfaceOpened description() const;
    bool nanoseconds() const { return m_nanoseconds; }

    void start(std::size_t index, CaptureSink& sink, StopRequest& stop, std::chrono::milliseconds statsInterval);
    void breakLoop();
    void join();

    protocol::InterfaceStats snapshot() const;
    /// Why the thread stopped early, if it did; read after join().
    const std::optional<protocol::Error>& failure() const { return m_failure; }

private:
    static void onPacket(unsigned char* user, const pcap_pkthdr* header, const unsigned char* data);
    void run(CaptureSink& sink, StopRequest& stop, std::chrono::milliseconds statsInterval);
    void publish();
    /// Sleeps until frames are readable or the read timeout passes.
    void waitForFrames();

    Settings m_settings;
    pcap* m_handle = nullptr;
    int m_selectable = -1; ///< pollable descriptor of the non-blocking handle; -1: reads block with the timeout
    bool m_nanoseconds = true;
    bool m_ethernet = false;
    std::size_t m_index = 0;
    CaptureSink* m_sink = nullptr;
    std::thread m_thread;

    // Owned by the capture thread.
    FrameClassifier m_classifier;
    std::uint64_t m_packets = 0, m_bytes = 0;
    std::array<std::uint32_t, 3> m_kernelLast{};  ///< pcap_stats recv, drop, ifdrop as last read
    std::array<std::uint64_t, 3> m_kernelTotals{};

    mutable std::mutex m_mutex;
    protocol::InterfaceStats m_published;
    std::optional<protocol::Error> m_failure;
};

} // namespace mieruka::capture::helper
