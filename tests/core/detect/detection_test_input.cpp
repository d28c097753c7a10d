// SPDX-License-Identifier: GPL-3.0-or-later
#include "detection_test_input.h"

namespace mieruka::tests {

DetectionTestInput::DetectionTestInput(double durationMinutes)
{
    input.startNs = kStartNs;
    input.endNs = at(durationMinutes);
    input.spans.push_back({input.startNs, input.endNs});
}

detect::DetectHost& DetectionTestInput::addHost(const std::string& mac, const std::string& ip, double firstMinute,
                                                double lastMinute, const std::string& role)
{
    detect::DetectHost host;
    host.mac = mac;
    if (!ip.empty())
        host.ips.push_back(ip);
    host.firstSeenNs = at(firstMinute);
    host.lastSeenNs = at(lastMinute);
    host.role = role;
    input.hosts.push_back(host);
    return input.hosts.back();
}

void DetectionTestInput::addConversation(const std::string& client, int clientPort, const std::string& server,
                                         int serverPort, int ipProtocol, const std::string& label, double firstMinute,
                                         double lastMinute)
{
    analysis::ConversationRecord row;
    row.ipProtocol = ipProtocol;
    row.hasPorts = ipProtocol == 6 || ipProtocol == 17;
    const bool clientIsLo = client < server;
    row.lo = clientIsLo ? client : server;
    row.hi = clientIsLo ? server : client;
    row.loPort = clientIsLo ? clientPort : serverPort;
    row.hiPort = clientIsLo ? serverPort : clientPort;
    row.initiatorIsLo = clientIsLo;
    row.protocol = label;
    row.packetsLoToHi = row.packetsHiToLo = 10;
    row.bytesLoToHi = row.bytesHiToLo = 1000;
    row.firstNs = at(firstMinute);
    row.lastNs = at(lastMinute);
    input.conversations.push_back(row);
}

void DetectionTestInput::addHostMinute(const std::string& address, double minute, std::uint64_t packets)
{
    analysis::SeriesRecord row;
    row.kind = analysis::SeriesRecord::Kind::Host;
    row.minute = minuteIndex(minute);
    row.key = address;
    row.txPackets = packets;
    row.txBytes = packets * 100;
    input.hostSeries.push_back(row);
}

void DetectionTestInput::addPairMinute(const std::string& a, const std::string& b, double minute, std::uint64_t bytes)
{
    analysis::SeriesRecord row;
    row.kind = analysis::SeriesRecord::Kind::Pair;
    row.minute = minuteIndex(minute);
    row.key = a < b ? a + ' ' + b : b + ' ' + a;
    row.txPackets = bytes / 100 + 1;
    row.txBytes = bytes;
    input.pairSeries.push_back(row);
}

} // namespace mieruka::tests
