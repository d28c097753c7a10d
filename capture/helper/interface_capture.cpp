// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/interface_capture.h"

#include "capture/helper/capture_sink.h"
#include "capture/helper/interface_list.h"
#include "capture/helper/stop_request.h"

#include <pcap/pcap.h>

#include <cstdio>

#ifndef _WIN32
#include <poll.h>
#endif

namespace mieruka::capture::helper {
namespace {

constexpr int kReadTimeoutMs = 100;

bool mentionsPermission(const std::string& text)
{
    return text.find("ermission") != std::string::npos || text.find("not permitted") != std::string::npos;
}

protocol::Error makeError(protocol::ErrorCode code, const std::string& name, std::string message, std::string fix = {})
{
    return protocol::Error{code, name, std::move(message), std::move(fix)};
}

} // namespace

InterfaceCapture::InterfaceCapture(Settings settings)
    : m_settings(std::move(settings)), m_classifier(m_settings.mac)
{
    m_published.name = m_settings.name;
}

InterfaceCapture::~InterfaceCapture()
{
    breakLoop();
    join();
    if (m_handle != nullptr)
        pcap_close(m_handle);
}

std::optional<protocol::Error> InterfaceCapture::open(const std::string& permissionFix)
{
    const std::string& name = m_settings.name;
    char message[PCAP_ERRBUF_SIZE] = {};
    m_handle = pcap_create(name.c_str(), message);
    if (m_handle == nullptr) {
        const bool denied = mentionsPermission(message);
        return makeError(denied ? protocol::ErrorCode::PermissionDenied : protocol::ErrorCode::InterfaceFailed, name,
                         name + ": " + message, denied ? permissionFix : std::string());
    }
    pcap_set_snaplen(m_handle, static_cast<int>(m_settings.snapLength));
    pcap_set_promisc(m_handle, m_settings.promiscuous ? 1 : 0);
    pcap_set_timeout(m_handle, kReadTimeoutMs);
    pcap_set_buffer_size(m_handle, m_settings.bufferBytes);
    m_nanoseconds = pcap_set_tstamp_precision(m_handle, PCAP_TSTAMP_PRECISION_NANO) == 0;

    const int status = pcap_activate(m_handle);
    const std::string detail = pcap_geterr(m_handle);
    if (status == PCAP_ERROR_PERM_DENIED || status == PCAP_ERROR_PROMISC_PERM_DENIED
        || (status < 0 && mentionsPermission(detail))) {
        return makeError(protocol::ErrorCode::PermissionDenied, name,
                         "no permission to capture on " + name + (detail.empty() ? "" : ": " + detail), permissionFix);
    }
    if (status == PCAP_ERROR_NO_SUCH_DEVICE)
        return makeError(protocol::ErrorCode::NoSuchInterface, name, "no such interface: " + name);
    if (status == PCAP_ERROR_IFACE_NOT_UP)
        return makeError(protocol::ErrorCode::InterfaceFailed, name, "interface " + name + " is down",
                         "bring the interface up");
    if (status < 0) {
        return makeError(protocol::ErrorCode::InterfaceFailed, name,
                         "cannot capture on " + name + ": " + (detail.empty() ? pcap_statustostr(status) : detail));
    }
    if (status > 0)
        std::fprintf(stderr, "mieruka-capture: %s: %s\n", name.c_str(), pcap_statustostr(status));
    m_nanoseconds = pcap_get_tstamp_precision(m_handle) == PCAP_TSTAMP_PRECISION_NANO;
    m_ethernet = pcap_datalink(m_handle) == DLT_EN10MB;
#ifndef _WIN32
    // Linux TPACKET_V3 only returns from a blocking read once a block of frames is full or timed
    // out — never on a quiet link — so the loop waits in poll() itself and reads without blocking.
    m_selectable = pcap_get_selectable_fd(m_handle);
    if (m_selectable >= 0 && pcap_setnonblock(m_handle, 1, message) != 0)
        m_selectable = -1;
#endif

    if (!m_settings.filter.empty()) {
        bpf_program program{};
        if (pcap_compile(m_handle, &program, m_settings.filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
            return makeError(protocol::ErrorCode::BadFilter, name,
                             std::string(pcap_geterr(m_handle)) + " in filter '" + m_settings.filter + "'",
                             "correct the capture filter (BPF syntax)");
        }
        const int set = pcap_setfilter(m_handle, &program);
        pcap_freecode(&program);
        if (set != 0) {
            return makeError(protocol::ErrorCode::BadFilter, name,
                             std::string(pcap_geterr(m_handle)) + " in filter '" + m_settings.filter + "'");
        }
    }
    return std::nullopt;
}

protocol::InterfaceOpened InterfaceCapture::description() const
{
    protocol::InterfaceOpened opened;
    opened.name = m_settings.name;
    opened.linkType = static_cast<std::uint32_t>(pcap_datalink(m_handle));
    opened.snapLength = static_cast<std::uint32_t>(pcap_snapshot(m_handle));
    if (m_settings.mac)
        opened.macAddress = InterfaceList::macText(*m_settings.mac);
    return opened;
}

void InterfaceCapture::start(std::size_t index, CaptureSink& sink, StopRequest& stop,
                             std::chrono::milliseconds statsInterval)
{
    m_index = index;
    m_sink = &sink;
    m_thread = std::thread([this, &sink, &stop, statsInterval] { run(sink, stop, statsInterval); });
}

void InterfaceCapture::breakLoop()
{
    if (m_handle != nullptr && m_thread.joinable())
        pcap_breakloop(m_handle);
}

void InterfaceCapture::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void InterfaceCapture::run(CaptureSink&, StopRequest& stop, std::chrono::milliseconds statsInterval)
{
    auto nextStats = std::chrono::steady_clock::now();
    while (!stop.requested()) {
        waitForFrames();
        const int result = pcap_dispatch(m_handle, -1, &InterfaceCapture::onPacket, reinterpret_cast<unsigned char*>(this));
        if (result == PCAP_ERROR_BREAK)
            break;
        if (result == PCAP_ERROR) {
            const std::lock_guard lock(m_mutex);
            m_failure = makeError(protocol::ErrorCode::InterfaceFailed, m_settings.name,
                                  "capture on " + m_settings.name + " failed: " + pcap_geterr(m_handle));
            stop.request(protocol::StopReason::Error);
            break;
        }
        if (std::chrono::steady_clock::now() >= nextStats) {
            publish();
            nextStats = std::chrono::steady_clock::now() + statsInterval;
        }
    }
    publish();
}

void InterfaceCapture::waitForFrames()
{
#ifndef _WIN32
    if (m_selectable < 0)
        return;
    pollfd readable{m_selectable, POLLIN, 0};
    poll(&readable, 1, kReadTimeoutMs); // a timeout or EINTR just means: look again
#endif
}

void InterfaceCapture::onPacket(unsigned char* user, const pcap_pkthdr* header, const unsigned char* data)
{
    auto* self = reinterpret_cast<InterfaceCapture*>(user);
    const std::span<const std::uint8_t> frame(data, header->caplen);
    ++self->m_packets;
    self->m_bytes += header->caplen;
    if (self->m_ethernet)
        self->m_classifier.classify(frame);
    self->m_sink->accept(self->m_index, header->ts.tv_sec, header->ts.tv_usec, header->len, frame);
}

void InterfaceCapture::publish()
{
    protocol::InterfaceStats stats;
    stats.name = m_settings.name;
    stats.packets = m_packets;
    stats.bytes = m_bytes;
    pcap_stat kernel{};
    // libpcap's counters are 32-bit and wrap; adding the difference since the last call (at most
    // one status interval ago) keeps ours cumulative.
    if (pcap_stats(m_handle, &kernel) == 0) {
        const std::array<std::uint32_t, 3> now = {kernel.ps_recv, kernel.ps_drop, kernel.ps_ifdrop};
        for (std::size_t i = 0; i < now.size(); ++i) {
            m_kernelTotals[i] += static_cast<std::uint32_t>(now[i] - m_kernelLast[i]);
            m_kernelLast[i] = now[i];
        }
    }
    stats.received = m_kernelTotals[0];
    stats.kernelDrops = m_kernelTotals[1];
    stats.interfaceDrops = m_kernelTotals[2];
    const std::lock_guard lock(m_mutex);
    if (m_ethernet)
        m_classifier.fill(stats);
    m_published = stats;
}

protocol::InterfaceStats InterfaceCapture::snapshot() const
{
    const std::lock_guard lock(m_mutex);
    return m_published;
}

} // namespace mieruka::capture::helper
