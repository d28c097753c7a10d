// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey_diff.h"

#include "device_matcher.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace mieruka::survey {

namespace {

constexpr int kFirstEphemeralPort = 49152;
constexpr double kNsPerHour = 3.6e12;
constexpr const char* kBroadcastMac = "ff:ff:ff:ff:ff:ff";

DeviceRef refOf(const LedgerHost& host)
{
    return {host.host.mac, host.host.ips, host.hostname, host.vendor, host.role};
}

std::string joined(const std::vector<std::string>& values)
{
    std::string text;
    for (const auto& value : values)
        text += (text.empty() ? "" : ", ") + value;
    return text;
}

std::string joinedPorts(std::vector<int> ports)
{
    std::sort(ports.begin(), ports.end());
    std::string text;
    for (const int port : ports)
        text += (text.empty() ? "" : ", ") + std::to_string(port);
    return text;
}

std::string osText(const LedgerHost& host)
{
    if (host.os.name.empty())
        return {};
    return host.os.version.empty() ? host.os.name : host.os.name + " " + host.os.version;
}

/// The attributes a diff compares, as text; empty means "not known in this period".
std::vector<std::pair<std::string, std::string>> attributesOf(const LedgerHost& host)
{
    std::vector<std::string> ips = host.host.ips;
    std::sort(ips.begin(), ips.end());
    std::set<std::string> ot(host.otServer.begin(), host.otServer.end());
    ot.insert(host.otClient.begin(), host.otClient.end());
    const std::string os = osText(host);
    return {{"ips", joined(ips)},
            {"hostname", host.hostname},
            {"vendor", host.vendor},
            {"os", os},
            {"eol", os.empty() ? std::string() : (host.os.eol ? "yes" : "no")},
            {"role", host.role == "unknown" ? std::string() : host.role},
            {"model", host.model},
            {"firmware", host.firmware},
            {"serial", host.serial},
            {"ot_protocols", joined({ot.begin(), ot.end()})},
            {"server_ports", joinedPorts(host.serverPorts)},
            {"client_ports", joinedPorts(host.clientPorts)}};
}

std::vector<AttributeChange> changesBetween(const LedgerHost& before, const LedgerHost& after, const std::string& matchedBy)
{
    std::vector<AttributeChange> changes;
    if (matchedBy == "ip+identity")
        changes.push_back({"mac", before.host.mac, after.host.mac});
    const auto old = attributesOf(before), now = attributesOf(after);
    for (std::size_t i = 0; i < old.size(); ++i)
        if (!old[i].second.empty() && !now[i].second.empty() && old[i].second != now[i].second)
            changes.push_back({old[i].first, old[i].second, now[i].second});
    return changes;
}

/// A communication independent of ephemeral ports and of which device number it got.
struct CommunicationKey {
    std::string client, server, protocol;
    int port = 0;
    auto operator<=>(const CommunicationKey&) const = default;
};

struct CommunicationTotals {
    CommunicationRef ref;
    std::uint64_t largestConversation = 0;
};

/// Device keys shared by both periods: a matched device has the same key on both sides.
class DeviceKeys {
public:
    DeviceKeys(const SurveySnapshot& snapshot, const std::vector<std::string>& hostKeys) : m_snapshot(snapshot)
    {
        for (std::size_t i = 0; i < snapshot.hosts.size(); ++i) {
            const auto& host = snapshot.hosts[i].host;
            if (!host.mac.empty())
                m_byAddress.emplace(host.mac, i);
            for (const auto& ip : host.ips)
                m_byAddress.emplace(ip, i);
        }
        m_hostKeys = hostKeys;
    }
    std::string key(const std::string& address) const
    {
        const auto found = m_byAddress.find(address);
        return found == m_byAddress.end() ? "addr:" + address : m_hostKeys[found->second];
    }
    DeviceRef ref(const std::string& address) const
    {
        const auto found = m_byAddress.find(address);
        if (found == m_byAddress.end())
            return DeviceRef{{}, {address}, {}, {}, {}};
        return refOf(m_snapshot.hosts[found->second]);
    }

private:
    const SurveySnapshot& m_snapshot;
    std::map<std::string, std::size_t> m_byAddress;
    std::vector<std::string> m_hostKeys;
};

std::map<CommunicationKey, CommunicationTotals> communicationsOf(const SurveySnapshot& snapshot, const DeviceKeys& keys)
{
    std::map<CommunicationKey, CommunicationTotals> out;
    for (const auto& conversation : snapshot.conversations) {
        // Which host happened to ask which for its MAC depends on cache timing, not on the
        // plant: unicast ARP would fill a diff with noise. ARP broadcast stays (sweeps, storms).
        if (conversation.protocol == "arp" && conversation.lo != kBroadcastMac && conversation.hi != kBroadcastMac)
            continue;
        bool loIsClient = conversation.initiatorIsLo;
        int clientPort = loIsClient ? conversation.loPort : conversation.hiPort;
        int serverPort = loIsClient ? conversation.hiPort : conversation.loPort;
        // A capture that starts mid-conversation can make the server look like the initiator.
        if (conversation.hasPorts && clientPort < 1024 && serverPort >= 1024) {
            loIsClient = !loIsClient;
            std::swap(clientPort, serverPort);
        }
        const std::string& client = loIsClient ? conversation.lo : conversation.hi;
        const std::string& server = loIsClient ? conversation.hi : conversation.lo;
        const int port = !conversation.hasPorts || serverPort >= kFirstEphemeralPort ? 0 : serverPort;
        CommunicationKey key{keys.key(client), keys.key(server), conversation.protocol, port};
        auto& totals = out[key];
        const std::uint64_t bytes = conversation.bytesLoToHi + conversation.bytesHiToLo;
        if (totals.ref.protocol.empty() || bytes > totals.largestConversation) {
            totals.largestConversation = bytes;
            totals.ref.client = keys.ref(client);
            totals.ref.server = keys.ref(server);
            totals.ref.clientAddress = client;
            totals.ref.serverAddress = server;
            totals.ref.protocol = conversation.protocol;
            totals.ref.port = port;
        }
        totals.ref.packets += conversation.packetsLoToHi + conversation.packetsHiToLo;
        totals.ref.bytes += bytes;
    }
    return out;
}

double hoursOf(const SurveySnapshot& snapshot)
{
    const double span = double(snapshot.totals.endNs - snapshot.totals.startNs) / kNsPerHour;
    return std::max(span, 1.0 / 60); // a period shorter than a minute counts as one
}

SurveyDiff::Period periodOf(const SurveySnapshot& snapshot)
{
    return {{}, snapshot.totals.startNs, snapshot.totals.endNs, snapshot.totals.packets, snapshot.hosts.size()};
}

std::tuple<std::string, std::string, std::string, std::string> alertKey(const analysis::AlertRecord& alert)
{
    return {alert.type, alert.rule, alert.src, alert.dst};
}

} // namespace

bool SurveyDiff::empty() const
{
    return devicesAdded.empty() && devicesRemoved.empty() && devicesChanged.empty() && communicationsAdded.empty()
        && communicationsRemoved.empty() && communicationsChanged.empty() && alertsNew.empty();
}

SurveyDiff diffSurveys(const SurveySnapshot& before, const SurveySnapshot& after, const DiffOptions& options)
{
    SurveyDiff diff;
    diff.before = periodOf(before);
    diff.after = periodOf(after);
    const DeviceMatch match = matchDevices(before.hosts, after.hosts);

    std::vector<std::string> beforeKeys, afterKeys;
    for (std::size_t i = 0; i < before.hosts.size(); ++i)
        beforeKeys.push_back("dev:" + std::to_string(i));
    for (std::size_t j = 0; j < after.hosts.size(); ++j) {
        const int partner = match.beforeOfAfter[j];
        afterKeys.push_back(partner >= 0 ? "dev:" + std::to_string(partner) : "new:" + std::to_string(j));
        if (partner < 0) {
            diff.devicesAdded.push_back(refOf(after.hosts[j]));
            continue;
        }
        const auto& old = before.hosts[std::size_t(partner)];
        auto changes = changesBetween(old, after.hosts[j], match.how[j]);
        if (!changes.empty())
            diff.devicesChanged.push_back({refOf(old), refOf(after.hosts[j]), match.how[j], std::move(changes)});
    }
    for (std::size_t i = 0; i < before.hosts.size(); ++i)
        if (match.afterOfBefore[i] < 0)
            diff.devicesRemoved.push_back(refOf(before.hosts[i]));

    const auto was = communicationsOf(before, DeviceKeys(before, beforeKeys));
    const auto now = communicationsOf(after, DeviceKeys(after, afterKeys));
    const double hoursBefore = hoursOf(before), hoursAfter = hoursOf(after);
    for (const auto& [key, totals] : now) {
        const auto old = was.find(key);
        if (old == was.end()) {
            diff.communicationsAdded.push_back(totals.ref);
            continue;
        }
        const double rateBefore = double(old->second.ref.bytes) / hoursBefore;
        const double rateAfter = double(totals.ref.bytes) / hoursAfter;
        if (std::max(rateBefore, rateAfter) < double(options.volumeFloorBytesPerHour) || rateBefore <= 0 || rateAfter <= 0)
            continue;
        const double factor = rateAfter / rateBefore;
        if (factor >= options.volumeFactor || factor <= 1 / options.volumeFactor)
            diff.communicationsChanged.push_back({old->second.ref, totals.ref, factor});
    }
    for (const auto& [key, totals] : was)
        if (!now.count(key))
            diff.communicationsRemoved.push_back(totals.ref);

    std::set<std::tuple<std::string, std::string, std::string, std::string>> known;
    for (const auto& alert : before.alerts)
        known.insert(alertKey(alert));
    for (const auto& alert : after.alerts)
        if (!known.count(alertKey(alert)))
            diff.alertsNew.push_back(alert);
    return diff;
}

} // namespace mieruka::survey
