// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture_filter_check.h"

#include <pcap/pcap.h>

namespace mieruka::capture {

namespace {
constexpr int kSnapLength = 262144;
}

std::string captureFilterError(const std::string& filter, int linkType)
{
    pcap_t* handle = pcap_open_dead(linkType, kSnapLength);
    if (!handle)
        return "libpcap cannot check filters for link type " + std::to_string(linkType);
    bpf_program program{};
    std::string error;
    if (pcap_compile(handle, &program, filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0)
        error = pcap_geterr(handle);
    else
        pcap_freecode(&program);
    pcap_close(handle);
    return error;
}

} // namespace mieruka::capture
