// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol_class.h"

#include <algorithm>
#include <array>

namespace mieruka::gui {

namespace {

// Labels of core/analysis/protocol_labels.cpp and the decoders, plus the aliases other tools
// use (cip_io, omron_fins, mms), so a survey imported from elsewhere still stacks correctly.
constexpr std::array<std::string_view, 35> kOt{
    "modbus",      "s7comm",     "s7comm-plus", "enip",      "enip-io",      "cip",         "cip_io",
    "dnp3",        "iec104",     "bacnet",      "fins",      "omron_fins",   "slmp",        "cclink",
    "cclink-ie",   "cclink-ief-basic", "opcua", "mms",       "profinet",     "profinet-rt", "profinet-cm",
    "goose",       "gse",        "sv",          "ethercat",  "powerlink",    "hart-ip",     "ge-srtp",
    "ads",         "niagara-fox", "roc",        "ff-annunc", "ff-fms",       "ff-sm",
    "melsec"};

// Link-local discovery and name/address resolution: sent to everyone by design.
constexpr std::array<std::string_view, 17> kBroadcast{
    "arp",         "rarp",        "lldp",        "stp",       "llc",          "ssdp",        "mdns",
    "llmnr",       "nbns",        "netbios-ns",  "netbios-dgm", "browser",    "dhcp",        "dhcpv6",
    "igmp",        "cdp",         "wake-on-lan"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& labels, std::string_view label)
{
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

} // namespace

ProtocolClass classifyProtocol(std::string_view label)
{
    if (contains(kOt, label))
        return ProtocolClass::Ot;
    if (contains(kBroadcast, label))
        return ProtocolClass::Broadcast;
    return ProtocolClass::It;
}

} // namespace mieruka::gui
